// readv/writev in sync, callback and FileHandle forms.
const { fs, join, show } = require('./tmp.helper.cjs');

const f = join('v.txt');
const fd = fs.openSync(f, 'w+');
console.log(fs.writevSync(fd, [Buffer.from('ab'), Buffer.from('cd'), new Uint8Array([101])]));
console.log(fs.writevSync(fd, [Buffer.from('ZZ')], 1));
const a = Buffer.alloc(2);
const b = Buffer.alloc(10);
console.log(fs.readvSync(fd, [a, b], 0), a.toString(), JSON.stringify(b.toString()));
try { fs.readvSync(fd, 'x'); } catch (e) { show('bad buffers', e); }
try { fs.writevSync(fd, [1, 2]); } catch (e) { show('bad items', e); }
fs.writev(fd, [Buffer.from('12'), Buffer.from('34')], 0, (err, n, bufs) => {
  console.log('writev cb', err, n, bufs.length);
  const c = Buffer.alloc(3);
  fs.readv(fd, [c], 1, (err, n, bufs) => {
    console.log('readv cb', err, n, bufs[0] === c, c.toString());
    fs.closeSync(fd);
    (async () => {
      const fh = await fs.promises.open(f, 'r+');
      const r = await fh.writev([Buffer.from('q'), Buffer.from('r')], 0);
      console.log('fh writev', r.bytesWritten, r.buffers.length);
      const d = Buffer.alloc(4);
      const rr = await fh.readv([d], 0);
      console.log('fh readv', rr.bytesRead, d.toString());
      await fh.close();
    })();
  });
});
