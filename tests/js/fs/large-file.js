// Several MiB through writeFileSync/readFileSync, read in chunks, and a
// sparse write far past the end.
const { fs, join } = require('./tmp.helper.cjs');
const crypto = require('crypto');

const size = 5 * 1024 * 1024 + 3;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i += 4096) data[i] = (i / 4096) & 255;
fs.writeFileSync(join('big'), data);
const back = fs.readFileSync(join('big'));
console.log(back.length, back.equals(data));
console.log(crypto.createHash('sha256').update(back).digest('hex'));
const fd = fs.openSync(join('big'), 'r');
const chunk = Buffer.alloc(65536);
let total = 0;
let n;
const h = crypto.createHash('sha256');
while ((n = fs.readSync(fd, chunk, 0, chunk.length, null)) > 0) {
  total += n;
  h.update(chunk.subarray(0, n));
}
fs.closeSync(fd);
console.log(total, h.digest('hex'));
const w = fs.openSync(join('sparse'), 'w');
fs.writeSync(w, 'end', 1000000);
fs.closeSync(w);
const sp = fs.readFileSync(join('sparse'));
console.log(sp.length, sp[0], sp.subarray(-3).toString());
console.log(fs.readFileSync(join('big'), 'latin1').length, fs.readFileSync(join('big'), 'base64').length);
