// Decompression streams fed zlib's own output (recorded from node) split
// at every possible point, byte by byte, and in odd sizes: the headers,
// trailers and bodies may be cut anywhere. With the same input chunks the
// output comes in the same pieces as node's.
'use strict';
const zlib = require('zlib');

let text = '';
for (let i = 0; i < 60; i++) text += `chunk boundary line ${i}: ${'pack my box with five dozen liquor jugs '.slice(0, 10 + i % 30)}\n`;

const fixtures = {
  Gunzip: 'H4sIAAAAAAAAA6WUSXbCQAwF9zlFHwG3JEJyG7CZiUkAM52enV6wv+xWe1+1aH+5yk1T78Pi2NTV/PQIh229DJPv8Dsv9+HnERbHjxIQxX/iDpH4hgTI0DtzgxC3oC2kpE1dIDbtYBvIfXY5/IQZAFeQ/EIkfkwxgewVwwWGl5iOBo2fV7QnUrzCfGct5Y1L6g6nwhMbYEM1jEejOVWpsQOXVcf4XHhklQ74VzHmVgtfSbSGV+0Pe+YJqNdg0T4GFfHKsecs1Dxhte9AVMVzxN5TUXeH5f6jUdn4VgPno/Ya60OHpPoZl3W44ZQQcUqqeFLGKa3jlBhySi05Jaec0ltOjpizJ+bsijn7Ys7OmLM35uyOOftjzhkx55yYc1bMJS/mkhlzyY25ZMdc8mMuI2IuY2Iuo2Iu42Iujpi/AJyuFROQCwAA',
  Inflate: 'eJyllEl2wkAMBfc5RR8BtyRCchuwmYlJADOdnp1esL/sVntftWh/ucpNU+/D4tjU1fz0CIdtvQyT7/A7L/fh5xEWx48SEMV/4g6R+IYEyNA7c4MQt6AtpKRNXSA27WAbyH12OfyEGQBXkPxCJH5MMYHsFcMFhpeYjgaNn1e0J1K8wnxnLeWNS+oOp8ITG2BDNYxHozlVqbEDl1XH+Fx4ZJUO+Fcx5lYLX0m0hlftD3vmCajXYNE+BhXxyrHnLNQ8YbXvQFTFc8TeU1F3h+X+o1HZ+FYD56P2GutDh6T6GZd1uOGUEHFKqnhSximt45QYckotOSWnnNJbTo6Ysyfm7Io5+2LOzpizN+bsjjn7Y84ZMeecmHNWzCUv5pIZc8mNuWTHXPJjLiNiLmNiLqNiLuNiLo6YvwBd1Aof',
  InflateRaw: 'pZRJdsJADAX3OUUfAbckQnIbsJmJSQAznZ6dXrC/7FZ7X7Vof7nKTVPvw+LY1NX89AiHbb0Mk+/wOy/34ecRFsePEhDFf+IOkfiGBMjQO3ODELegLaSkTV0gNu1gG8h9djn8hBkAV5D8QiR+TDGB7BXDBYaXmI4GjZ9XtCdSvMJ8Zy3ljUvqDqfCExtgQzWMR6M5VamxA5dVx/hceGSVDvhXMeZWC19JtIZX7Q975gmo12DRPgYV8cqx5yzUPGG170BUxXPE3lNRd4fl/qNR2fhWA+ej9hrrQ4ek+hmXdbjhlBBxSqp4UsYpreOUGHJKLTklp5zSW06OmLMn5uyKOftizs6Yszfm7I45+2POGTHnnJhzVswlL+aSGXPJjblkx1zyYy4jYi5jYi6jYi7jYi6OmL8A',
  BrotliDecompress: 'G48LgI2UqtsjKHWTtu3fd9ucBIIgoAHZ5t9z7X8kJVCqjAzSnMhxE1tCxaSwjA/pYzJEdjdixtETFHej/Tg1ffBR/CkKL7GPnT+/4oiWXDI/18pYKP9WZLN0Ptad1WZk7Ga+bVc23zOAq5BAVAqgJHCpAULR4Ks2EOUBXH0CNFZ+3akAppVg6hVITYHQBSxtA/QbPAQDJMUEnWTl7VDbfSrn8rkBmZARmZEhmRIZOoQokaJFjBo5egx22GKPTXbZZp+NVhk=',
};
// A gzip member with FHCRC, FEXTRA, FNAME and FCOMMENT set.
const fullHeader = Buffer.from('H4sIHgAAAAAAAwYAQUICAGhpbmFtZS50eHQAYSBjb21tZW50ADTiy0hNTEktUkguSlZIzEtRSK0oKUpUSMtMzUnhAgCeS7nAGwAAAA==', 'base64');

function decode(cls, chunks, opts) {
  return new Promise((resolve) => {
    const s = new zlib[cls](opts);
    const out = [];
    s.on('data', (c) => out.push(c));
    s.on('error', (err) => resolve({ error: `${err.code} ${err.message}` }));
    s.on('end', () => resolve({ text: Buffer.concat(out).toString(), sizes: out.map((c) => c.length) }));
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
  console.log('text', text.length);
  for (const cls of Object.keys(fixtures)) {
    const packed = Buffer.from(fixtures[cls], 'base64');
    let good = 0;
    let bad = '';
    for (let i = 0; i <= packed.length; i++) {
      // eslint-disable-next-line no-await-in-loop
      const r = await decode(cls, [packed.subarray(0, i), packed.subarray(i)]);
      if (r.text === text) good++;
      else if (!bad) bad = `at ${i}: ${r.error || r.text.length}`;
    }
    console.log(`${cls}: every split point ${good}/${packed.length + 1}`, bad);
    for (const size of [1, 2, 5, 64, 300]) {
      // eslint-disable-next-line no-await-in-loop
      const r = await decode(cls, split(packed, size), { chunkSize: 512 });
      console.log(`  writes of ${size}: ${r.text === text} pieces ${r.sizes.join(',')}`);
    }
  }
  const unzipped = await decode('Unzip', split(Buffer.from(fixtures.Gunzip, 'base64'), 1));
  console.log('unzip gzip bytewise:', unzipped.text === text);
  const unzipped2 = await decode('Unzip', split(Buffer.from(fixtures.Inflate, 'base64'), 1));
  console.log('unzip zlib bytewise:', unzipped2.text === text);
  // The full gzip header, cut at every point.
  let same = 0;
  for (let i = 0; i <= fullHeader.length; i++) {
    // eslint-disable-next-line no-await-in-loop
    const r = await decode('Gunzip', [fullHeader.subarray(0, i), fullHeader.subarray(i)]);
    if (r.text === 'header crc and extra field\n') same++;
    if (i === 0) console.log('full header text:', JSON.stringify(r.text));
  }
  console.log('full header, every split point:', same === fullHeader.length + 1);
  const bytewise = await decode('Gunzip', split(fullHeader, 1));
  console.log('full header bytewise:', JSON.stringify(bytewise.text));
  // A corrupt header CRC is found whatever the chunking.
  const bad = Buffer.from(fullHeader);
  bad[37] ^= 1;
  console.log('bad header crc, bytewise:', (await decode('Gunzip', split(bad, 1))).error);
  console.log('bad header crc, split at 36:', (await decode('Gunzip', [bad.subarray(0, 36), bad.subarray(36)])).error);
})();
