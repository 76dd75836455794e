// fsPromises.open and FileHandle: read/write forms, readFile/writeFile/
// appendFile, stat, truncate, sync, close and use after close.
const { fs, join, show } = require('./tmp.helper.cjs');
const fsp = require('fs/promises');

(async () => {
  const f = join('fh.txt');
  const fh = await fsp.open(f, 'w+');
  console.log(fh.constructor.name, typeof fh.fd, fh.fd > 2);
  let r = await fh.write('hello ');
  console.log(r.bytesWritten, r.buffer);
  r = await fh.write(Buffer.from('world!'), 0, 5);
  console.log(r.bytesWritten, r.buffer.toString());
  r = await fh.write(Buffer.from('W'), 0, 1, 6);
  console.log(r.bytesWritten);
  const buf = Buffer.alloc(11);
  r = await fh.read(buf, 0, 11, 0);
  console.log(r.bytesRead, r.buffer === buf, buf.toString());
  r = await fh.read({ buffer: Buffer.alloc(3), position: 2 });
  console.log(r.bytesRead, r.buffer.toString());
  r = await fh.read(Buffer.alloc(4), { position: 6 });
  console.log(r.bytesRead, r.buffer.toString());
  r = await fh.read();
  console.log(r.bytesRead, r.buffer.length);
  console.log(JSON.stringify(await fh.readFile('utf8')));
  const st = await fh.stat();
  console.log(st.size, st.isFile());
  await fh.truncate(5);
  await fh.sync();
  await fh.datasync();
  console.log((await fh.stat()).size);
  await fh.writeFile('replaced');
  await fh.appendFile(' + more');
  console.log(fs.readFileSync(f, 'utf8'));
  await fh.utimes(100, 200);
  console.log((await fh.stat()).mtimeMs);
  let closed = 0;
  fh.on('close', () => closed++);
  const fd = fh.fd;
  await fh.close();
  console.log('closed', fh.fd, closed);
  await fh.close();
  try { await fh.read(Buffer.alloc(1), 0, 1, 0); } catch (e) { show('read closed', e); }
  try { await fh.stat(); } catch (e) { show('stat closed', e); }
  try { await fh.writeFile('x'); } catch (e) { show('writeFile closed', e); }
  try { fs.closeSync(fd); } catch (e) { show('fd closed', e); }
  const ro = await fsp.open(f);
  try { await ro.write('x'); } catch (e) { show('write read-only', e); }
  try { await ro.read('nope'); } catch (e) { show('read bad buffer', e); }
  try { await ro.read(Buffer.alloc(2), 0, 5); } catch (e) { show('read bad length', e); }
  try { await ro.write(5); } catch (e) { show('write bad', e); }
  console.log(await fsp.readFile(ro, 'utf8'));
  console.log(typeof ro[Symbol.asyncDispose]);
  await ro.close();
  try { await fsp.open(join('nope')); } catch (e) { show('open missing', e); }
  try { await fsp.open(f, 'zz'); } catch (e) { show('open bad flags', e); }
  const app = await fsp.open(f, 'a');
  await fsp.writeFile(app, '!');
  await fsp.appendFile(app, '?');
  await app.close();
  console.log(fs.readFileSync(f, 'utf8'));
})();
