// Destroying streams mid-way: what was acknowledged is on disk, the fd is
// closed, and 'close' comes once.
const { fs, join, show } = require('./tmp.helper.cjs');

(async () => {
  const f = join('d.txt');
  const ws = fs.createWriteStream(f);
  const acked = [];
  let closes = 0;
  ws.on('close', () => closes++);
  ws.on('error', (e) => console.log('error event', e.code));
  // Two chunks are acknowledged before the destroy; later ones may not be.
  await new Promise((r) => ws.write('chunk0;', () => { acked.push(0); r(); }));
  await new Promise((r) => ws.write('chunk1;', () => { acked.push(1); r(); }));
  for (let i = 2; i < 5; i++) ws.write(`chunk${i};`, (err) => { if (!err) acked.push(i); });
  ws.destroy();
  ws.write('after', (err) => show('write after destroy', err));
  await new Promise((r) => ws.on('close', r));
  const content = fs.readFileSync(f, 'utf8');
  console.log('acked all present', acked.every((i) => content.includes(`chunk${i};`)), acked.length >= 2);
  console.log('closes', closes, ws.destroyed, ws.closed);
  const err = new Error('boom');
  const ws2 = fs.createWriteStream(join('e.txt'));
  ws2.on('error', (e) => console.log('error event', e === err));
  ws2.on('close', () => console.log('close after error'));
  ws2.write('x');
  ws2.destroy(err);
  await new Promise((r) => ws2.on('close', r));
  fs.writeFileSync(join('r.txt'), 'x'.repeat(100000));
  const rs = fs.createReadStream(join('r.txt'), { highWaterMark: 1000 });
  let got = 0;
  rs.on('data', (c) => {
    got += c.length;
    if (got >= 3000) rs.destroy();
  });
  await new Promise((r) => rs.on('close', r));
  console.log('read destroyed', got, rs.destroyed, rs.bytesRead >= got);
  const rs2 = fs.createReadStream(join('r.txt'));
  rs2.destroy();
  rs2.on('open', () => console.log('opened anyway'));
  await new Promise((r) => rs2.on('close', r));
  console.log('destroyed before open', rs2.destroyed);
  const rs3 = fs.createReadStream(join('r.txt'));
  rs3.close((e) => console.log('close cb', e?.code));
})();
