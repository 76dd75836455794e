// Gunzip reads concatenated gzip members as one stream, across any chunk
// boundary; what follows a member decides whether the stream goes on.
'use strict';
const zlib = require('zlib');

const members = ['first member. ', 'second member, a little longer. ', '', 'fourth after an empty one.']
  .map((t) => zlib.gzipSync(t));
const joined = Buffer.concat(members);

function run(label, make, chunks) {
  return new Promise((resolve) => {
    const s = make();
    let out = '';
    s.on('data', (c) => { out += c; });
    s.on('error', (err) => {
      console.log(`${label}: ${JSON.stringify(out)} error ${err.code} ${err.message}`);
      resolve();
    });
    s.on('end', () => {
      console.log(`${label}: ${JSON.stringify(out)} read ${s.bytesWritten}`);
      resolve();
    });
    for (const c of chunks) s.write(c);
    s.end();
  });
}

function split(buf, size) {
  const parts = [];
  for (let i = 0; i < buf.length; i += size) parts.push(buf.subarray(i, i + size));
  return parts;
}

(async () => {
  console.log('members', members.length, 'total bytes', joined.length);
  await run('one chunk', () => zlib.createGunzip(), [joined]);
  await run('per member', () => zlib.createGunzip(), members);
  for (const size of [1, 3, 7, 20]) await run(`chunks of ${size}`, () => zlib.createGunzip(), split(joined, size));
  await run('unzip', () => zlib.createUnzip(), [joined]);
  await run('unzip in 5s', () => zlib.createUnzip(), split(joined, 5));
  // Every split point of two members.
  const two = Buffer.concat(members.slice(0, 2));
  let ok = 0;
  for (let i = 0; i <= two.length; i++) {
    // eslint-disable-next-line no-await-in-loop
    const out = await new Promise((resolve, reject) => {
      const s = zlib.createGunzip();
      const chunks = [];
      s.on('data', (c) => chunks.push(c));
      s.on('end', () => resolve(Buffer.concat(chunks).toString()));
      s.on('error', reject);
      s.write(two.subarray(0, i));
      s.end(two.subarray(i));
    });
    if (out === 'first member. second member, a little longer. ') ok++;
  }
  console.log('every split point of two members:', ok === two.length + 1);

  // What follows the last member.
  await run('zero padding', () => zlib.createGunzip(), [joined, Buffer.alloc(10)]);
  await run('zero then member', () => zlib.createGunzip(), [members[0], Buffer.from([0]), members[1]]);
  await run('garbage', () => zlib.createGunzip(), [members[0], Buffer.from('garbage')]);
  await run('one garbage byte', () => zlib.createGunzip(), [members[0], Buffer.from([0x1f])]);
  await run('half a member', () => zlib.createGunzip(), [members[0], members[1].subarray(0, 15)]);
  await run('bad second member', () => zlib.createGunzip(), [members[0], Buffer.from([0x1f, 0x8b, 9, 0])]);

  // zlib and raw streams end at their end: trailing input is not read.
  const df = zlib.deflateSync('one zlib stream');
  await run('inflate + trailing', () => zlib.createInflate(), [Buffer.concat([df, Buffer.from('trailing')])]);
  await run('inflate + second stream', () => zlib.createInflate(), [df, df]);
  const raw = zlib.deflateRawSync('raw stream');
  await run('inflateRaw + trailing', () => zlib.createInflateRaw(), [Buffer.concat([raw, Buffer.from([1, 2, 3])])]);
  await run('unzip zlib + trailing', () => zlib.createUnzip(), [Buffer.concat([df, df])]);
  const br = zlib.brotliCompressSync('brotli stream');
  await run('brotli + trailing', () => zlib.createBrotliDecompress(), [Buffer.concat([br, Buffer.from('xyz')])]);

  // The one-shot functions agree.
  console.log('gunzipSync:', JSON.stringify(zlib.gunzipSync(joined).toString()));
  console.log('unzipSync:', JSON.stringify(zlib.unzipSync(joined).toString()));
})();
