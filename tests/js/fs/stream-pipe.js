// Copying through streams: pipe, stream.pipeline, FileHandle streams and
// readLines.
const { fs, join } = require('./tmp.helper.cjs');
const { pipeline } = require('stream/promises');
const crypto = require('crypto');

(async () => {
  const src = join('src.bin');
  const data = Buffer.alloc(300000);
  for (let i = 0; i < data.length; i++) data[i] = (i * 31 + 7) & 255;
  fs.writeFileSync(src, data);
  const hash = (b) => crypto.createHash('sha1').update(b).digest('hex');
  console.log(hash(data));
  await new Promise((resolve) => {
    const w = fs.createWriteStream(join('piped'));
    w.on('close', resolve);
    fs.createReadStream(src, { highWaterMark: 4096 }).pipe(w);
  });
  console.log('pipe', hash(fs.readFileSync(join('piped'))));
  await pipeline(fs.createReadStream(src), fs.createWriteStream(join('pipeline')));
  console.log('pipeline', hash(fs.readFileSync(join('pipeline'))));
  const { Transform } = require('stream');
  const upper = new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } });
  fs.writeFileSync(join('text'), 'one\ntwo\r\nthree\n\nfive');
  await pipeline(fs.createReadStream(join('text')), upper, fs.createWriteStream(join('upper')));
  console.log(JSON.stringify(fs.readFileSync(join('upper'), 'utf8')));
  const fh = await fs.promises.open(join('text'));
  const lines = [];
  for await (const line of fh.readLines()) lines.push(line);
  console.log(lines);
  console.log('fh closed', fh.fd);
  const rh = await fs.promises.open(src);
  const wh = await fs.promises.open(join('fhcopy'), 'w');
  await pipeline(rh.createReadStream({ start: 10, end: 1009 }), wh.createWriteStream());
  console.log('fh streams', fs.statSync(join('fhcopy')).size, hash(fs.readFileSync(join('fhcopy'))) === hash(data.subarray(10, 1010)));
  console.log('handles', rh.fd, wh.fd);
  try {
    await pipeline(fs.createReadStream(join('nope')), fs.createWriteStream(join('never')));
  } catch (e) {
    console.log('pipeline error', e.code, e.syscall);
  }
})();
