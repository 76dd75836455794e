// fs.createWriteStream: events, flags, start, encodings, bytesWritten,
// errors.
const { fs, join, show, hide } = require('./tmp.helper.cjs');

function finish(label, ws) {
  return new Promise((resolve) => {
    const events = [];
    ws.on('open', (fd) => events.push(`open:${typeof fd}`));
    ws.on('ready', () => events.push('ready'));
    ws.on('finish', () => events.push('finish'));
    ws.on('error', (e) => { events.push(`error:${e.code}`); show(`${label} error`, e); });
    ws.on('close', () => {
      events.push('close');
      console.log(label, events.join(','), ws.bytesWritten, ws.destroyed);
      resolve();
    });
  });
}

(async () => {
  const f = join('w.txt');
  const ws = fs.createWriteStream(f);
  console.log(ws instanceof fs.WriteStream, ws.pending, hide(ws.path), ws.flags, ws.mode, ws.writableHighWaterMark);
  const done = finish('plain', ws);
  console.log(ws.write('hello '), ws.write(Buffer.from('world')), ws.write(new Uint8Array([33])));
  ws.end('\n');
  await done;
  console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
  const app = fs.createWriteStream(f, { flags: 'a' });
  const d2 = finish('append', app);
  app.end('more');
  await d2;
  console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
  const at = fs.createWriteStream(f, { flags: 'r+', start: 2 });
  const d3 = finish('start', at);
  at.write('XY');
  at.end('Z');
  await d3;
  console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
  const hex = fs.createWriteStream(join('h'), { encoding: 'hex' });
  const d4 = finish('hex', hex);
  hex.end('414243');
  await d4;
  console.log(fs.readFileSync(join('h'), 'utf8'));
  const bad = fs.createWriteStream(join('nodir', 'x'));
  await finish('missing dir', bad);
  const ex = fs.createWriteStream(f, { flags: 'wx' });
  await finish('exists', ex);
  const late = fs.createWriteStream(join('late'));
  const d5 = finish('write after end', late);
  late.end('a');
  late.write('b', (err) => show('write cb', err));
  await d5;
  const cl = fs.createWriteStream(join('cl'));
  cl.write('abc');
  await new Promise((r) => cl.close((err) => { console.log('close cb', err, cl.closed); r(); }));
  console.log(fs.readFileSync(join('cl'), 'utf8'));
  const fd = fs.openSync(join('byfd'), 'w');
  const byFd = fs.createWriteStream(null, { fd });
  const d6 = finish('fd', byFd);
  byFd.end('via fd');
  await d6;
  console.log(fs.readFileSync(join('byfd'), 'utf8'));
  try { fs.createWriteStream(f, { flush: 'yes' }); } catch (e) { show('bad flush', e); }
  try { fs.createWriteStream(f, { start: 'x' }); } catch (e) { show('bad start', e); }
  const fl = fs.createWriteStream(join('flush'), { flush: true });
  const d7 = finish('flush', fl);
  fl.end('flushed');
  await d7;
})();
