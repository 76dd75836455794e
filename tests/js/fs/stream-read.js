// fs.createReadStream: events, start/end, highWaterMark, encoding, fd,
// errors.
const { fs, join, show, hide } = require('./tmp.helper.cjs');

const f = join('r.txt');
fs.writeFileSync(f, 'abcdefghijklmnopqrstuvwxyz');

function collect(label, stream) {
  return new Promise((resolve) => {
    const events = [];
    const chunks = [];
    stream.on('open', (fd) => events.push(`open:${typeof fd}`));
    stream.on('ready', () => events.push('ready'));
    stream.on('data', (c) => chunks.push(typeof c === 'string' ? c : c.toString()));
    stream.on('end', () => events.push('end'));
    stream.on('error', (e) => { events.push(`error:${e.code}`); show(`${label} error`, e); });
    stream.on('close', () => {
      events.push('close');
      console.log(label, JSON.stringify(chunks), events.join(','), stream.bytesRead, stream.destroyed);
      resolve();
    });
  });
}

(async () => {
  const s = fs.createReadStream(f);
  console.log(s instanceof fs.ReadStream, s.pending, hide(s.path), s.flags, s.mode, s.start, s.end, s.readableHighWaterMark);
  await collect('plain', s);
  console.log('after', s.pending, s.fd);
  await collect('range', fs.createReadStream(f, { start: 2, end: 5 }));
  await collect('start only', fs.createReadStream(f, { start: 20 }));
  await collect('end 0', fs.createReadStream(f, { end: 0 }));
  await collect('hwm', fs.createReadStream(f, { highWaterMark: 10 }));
  await collect('encoding', fs.createReadStream(f, 'hex'));
  await collect('encoding opt', fs.createReadStream(f, { encoding: 'utf8', start: 24 }));
  await collect('missing', fs.createReadStream(join('nope')));
  await collect('dir', fs.createReadStream(join()));
  const fd = fs.openSync(f);
  const byFd = fs.createReadStream(null, { fd, start: 23 });
  console.log('fd pending', byFd.pending, byFd.path);
  await collect('fd', byFd);
  try { fs.fstatSync(fd); } catch (e) { show('fd closed', e); }
  const fd2 = fs.openSync(f);
  const keep = fs.createReadStream(null, { fd: fd2, autoClose: false, end: 2 });
  const kept = [];
  keep.on('data', (c) => kept.push(c.toString()));
  await new Promise((r) => keep.on('end', r));
  console.log('no autoClose', kept, keep.bytesRead);
  console.log('still open', fs.fstatSync(fd2).size);
  fs.closeSync(fd2);
  for (const [label, opts] of [
    ['start > end', { start: 5, end: 2 }],
    ['bad start', { start: -1 }],
    ['bad end', { end: 'x' }],
    ['bad encoding', { encoding: 'nope' }],
    ['bad fd', { fd: -2 }],
  ]) {
    try { fs.createReadStream(f, opts); console.log(label, 'ok'); } catch (e) { show(label, e); }
  }
  try { fs.createReadStream(42); } catch (e) { show('bad path', e); }
  // Flags are checked when the file is opened: an 'error' event.
  const bf = fs.createReadStream(f, { flags: 'zz' });
  bf.on('error', (e) => show('bad flags', e));
  await new Promise((r) => bf.on('close', r));
  const it = [];
  for await (const chunk of fs.createReadStream(f, { highWaterMark: 8 })) it.push(chunk.length);
  console.log('iterated', it);
})();
