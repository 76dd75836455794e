// fetch decodes a response body by its Content-Encoding (gzip, x-gzip,
// deflate, br, and lists of them), keeps the header, leaves unknown codings
// alone, and fails a body that does not decode.
const http = require('http');
const zlib = require('zlib');

const text = 'compressed body ✓ '.repeat(200);
const bodies = {
  gzip: () => zlib.gzipSync(text),
  'x-gzip': () => zlib.gzipSync(text),
  deflate: () => zlib.deflateSync(text),
  br: () => zlib.brotliCompressSync(text),
  'gzip, br': () => zlib.brotliCompressSync(zlib.gzipSync(text)),
  'GZIP': () => zlib.gzipSync(text),
  identity: () => Buffer.from(text),
  'x-unknown': () => Buffer.from('left as is'),
  'gzip, x-unknown': () => Buffer.from('not decoded either'),
  'bad-gzip': () => Buffer.from('this is not gzip data at all'),
  'bad-br': () => Buffer.from('not brotli'),
  'truncated-gzip': () => zlib.gzipSync(text).subarray(0, 40),
};

const server = http.createServer((req, res) => {
  const key = decodeURIComponent(req.url.slice(1));
  if (key === 'big') {
    res.writeHead(200, { 'Content-Encoding': 'gzip' });
    res.end(zlib.gzipSync('big body '.repeat(300000)));
    return;
  }
  const encoding = key === 'bad-br' ? 'br' : key.startsWith('bad-') || key.startsWith('truncated-') ? 'gzip' : key;
  const body = bodies[key]();
  res.writeHead(200, { 'Content-Encoding': encoding, 'Content-Type': 'text/plain', 'Content-Length': body.length });
  // A HEAD response has no body to decode.
  res.end(req.method === 'HEAD' ? undefined : body);
});

server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}/`;
  for (const key of Object.keys(bodies)) {
    const res = await fetch(base + encodeURIComponent(key));
    try {
      const got = await res.text();
      // How much of a cut-off stream decodes depends on the inflater; that
      // it is a prefix and no error does not.
      const shown = key.startsWith('truncated-') ? `prefix ${got.length > 0 && text.startsWith(got)}` : got.length;
      console.log(JSON.stringify(key), res.headers.get('content-encoding'), shown, got === text ? 'original' : JSON.stringify(key.startsWith('truncated-') ? '' : got));
    } catch (err) {
      console.log(JSON.stringify(key), 'error', err.name, err.message, err.cause && err.cause.code);
    }
  }
  const head = await fetch(base + 'gzip', { method: 'HEAD' });
  console.log('HEAD', head.status, head.headers.get('content-encoding'), JSON.stringify(await head.text()));
  const res = await fetch(base + 'gzip');
  let chunks = 0;
  let total = 0;
  for await (const chunk of res.body) {
    chunks++;
    total += chunk.byteLength;
  }
  console.log('streamed', chunks > 0, total, Buffer.byteLength(text));
  // A large body decodes through backpressure, chunk by chunk.
  const big = await fetch(base + 'big');
  const bigText = await big.text();
  console.log('big', bigText.length, bigText === 'big body '.repeat(300000));
  server.close();
});
