// readFileSync and readFile across sizes around the first read's size
// (16 KiB) and beyond, on paths in every spelling, on fds, directories and
// bad paths; the Buffer returned is a plain, exactly sized Buffer.
const path = require('path');
const { fs, join, show, attempt } = require('./tmp.helper.cjs');

function checksum(buf) {
  let h = 0;
  for (let i = 0; i < buf.length; i += 7) h = (h * 31 + buf[i]) >>> 0;
  return h;
}
function fill(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = (i * 13 + (i >> 8)) & 0xff;
  return b;
}

const sizes = [0, 1, 100, 4096, 16383, 16384, 16385, 32768, 40000, 100000];
for (const n of sizes) {
  const file = join(`f${n}`);
  fs.writeFileSync(file, fill(n));
  const data = fs.readFileSync(file);
  console.log(n, data.length, checksum(data), Buffer.isBuffer(data), data.constructor === Buffer,
    data instanceof Buffer);
}

// Text, with characters across the 16 KiB boundary.
const text = 'é€😀x'.repeat(3000);
fs.writeFileSync(join('text'), text);
const back = fs.readFileSync(join('text'), 'utf8');
console.log('utf8', back.length, back === text);
console.log('latin1', fs.readFileSync(join('text'), { encoding: 'latin1' }).length);
console.log('hex', fs.readFileSync(join('f100'), 'hex').slice(0, 20));
console.log('base64', fs.readFileSync(join('f16385'), { encoding: 'base64', flag: 'r' }).length);

// The same file in other spellings of its path.
const dir = join('');
fs.mkdirSync(join('sub'));
for (const p of [`${dir}/./f100`, `${dir}//f100`, `${dir}/sub/../f100`,
  path.relative(process.cwd(), join('f100'))]) {
  attempt('spelling', () => fs.readFileSync(p).length);
}
attempt('file as dir', () => fs.readFileSync(`${join('f100')}/x`));
attempt('trailing slash', () => fs.readFileSync(`${join('f100')}/`));
attempt('directory', () => fs.readFileSync(join('sub')));
attempt('directory utf8', () => fs.readFileSync(join('sub'), 'utf8'));
attempt('missing', () => fs.readFileSync(join('nope')));
attempt('nul', () => fs.readFileSync(`${join('f100')}\u0000x`));
attempt('bad type', () => fs.readFileSync(42.5));
attempt('big number', () => fs.readFileSync(2 ** 31));
attempt('negative fd', () => fs.readFileSync(-1));
attempt('bigint', () => fs.readFileSync(3n));
attempt('write fractional', () => fs.writeFileSync(1.5, 'x'));
attempt('append big number', () => fs.appendFileSync(2 ** 32, 'x'));
attempt('bad options', () => fs.readFileSync(join('f100'), 12));
attempt('bad encoding', () => fs.readFileSync(join('f100'), 'nope'));
attempt('bad flag', () => fs.readFileSync(join('f100'), { flag: 'q' }));
attempt('url', () => fs.readFileSync(new URL(`file://${join('f100')}`)).length);
attempt('buffer path', () => fs.readFileSync(Buffer.from(join('f100'))).length);

// An fd reads from its position on, and moves it.
const fd = fs.openSync(join('f40000'), 'r');
const head = Buffer.alloc(1000);
fs.readSync(fd, head, 0, 1000, null);
const rest = fs.readFileSync(fd);
console.log('fd rest', rest.length, checksum(rest), fs.readFileSync(fd).length);
fs.closeSync(fd);
attempt('closed fd', () => fs.readFileSync(fd));

fs.readFile(join('f16385'), (err, data) => {
  console.log('cb', err, data.length, checksum(data));
  fs.readFile(join('sub'), (err2) => {
    show('cb dir', err2);
    fs.promises.readFile(join('f100000')).then((d) => {
      console.log('promise', d.length, checksum(d));
      return fs.promises.readFile(join('sub'));
    }).catch((e) => show('promise dir', e));
  });
});
