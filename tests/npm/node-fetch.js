// node-fetch 3 (ESM only, loaded with import()) against an
// http.createServer in the same process: text/json/buffer bodies, POST,
// headers, redirects, stream bodies both ways, compression, abort, and the
// errors of a refused connection and bad input.
const http = require('http');
const net = require('net');
const zlib = require('zlib');
const { Readable } = require('stream');

const log = (...a) => console.log(...a);

function handler(req, res) {
  const url = new URL(req.url, 'http://x');
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks);
    switch (url.pathname) {
      case '/text':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Multi': ['a', 'b'] });
        return res.end('hello from server ✓');
      case '/json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({ ok: true, n: 42, nested: { list: ['x'] } }));
      case '/bad-json':
        res.writeHead(200, { 'Content-Type': 'application/json' });
        return res.end('{not json');
      case '/bytes':
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        return res.end(Buffer.from([0, 1, 127, 128, 255]));
      case '/echo':
        res.writeHead(201, 'Created Here', { 'Content-Type': 'application/json' });
        return res.end(JSON.stringify({
          method: req.method,
          query: url.search,
          contentType: req.headers['content-type'] || null,
          contentLength: req.headers['content-length'] || null,
          chunked: req.headers['transfer-encoding'] || null,
          custom: req.headers['x-custom'] || null,
          body: body.toString(),
        }));
      case '/redirect':
        res.writeHead(301, { Location: '/text' });
        return res.end();
      case '/redirect-post':
        res.writeHead(303, { Location: '/echo' });
        return res.end();
      case '/loop':
        res.writeHead(302, { Location: '/loop' });
        return res.end();
      case '/gzip':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'gzip' });
        return res.end(zlib.gzipSync('compressed with gzip'));
      case '/deflate':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'deflate' });
        return res.end(zlib.deflateSync('compressed with deflate'));
      case '/br':
        res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'br' });
        return res.end(zlib.brotliCompressSync('compressed with brotli'));
      case '/chunks': {
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        let i = 0;
        const tick = () => {
          if (i === 5) return res.end();
          res.write(`part${i++};`);
          setTimeout(tick, 5);
        };
        return tick();
      }
      case '/status':
        res.writeHead(Number(url.searchParams.get('code')), { 'Content-Type': 'text/plain' });
        return res.end(`status ${url.searchParams.get('code')}`);
      case '/slow':
        setTimeout(() => res.end('late'), 2000).unref();
        return;
      case '/hangup':
        // Promise a body, send part of it, then drop the connection.
        res.writeHead(200, { 'Content-Length': '100' });
        res.write('only some');
        setTimeout(() => res.socket.destroy(), 20);
        return;
      default:
        res.writeHead(404);
        return res.end();
    }
  });
}

async function closedPort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

const hidePort = (s) => String(s).replace(/127\.0\.0\.1:\d+/g, '127.0.0.1:<port>');

// node-fetch's own FormData and Blob, an agent, the size limit, and a
// body piped into a Node stream.
async function extras(base) {
  const nf = await import('node-fetch');
  const fetch = nf.default;
  const form = new nf.FormData();
  form.append('name', 'value ✓');
  form.append('upload', new nf.Blob(['blob data'], { type: 'text/plain' }), 'b.txt');
  let res = await fetch(`${base}/echo`, { method: 'POST', body: form });
  let data = await res.json();
  const boundary = /boundary=(.*)$/.exec(data.contentType)[1];
  log('formdata type', data.contentType.replace(boundary, '<boundary>'), data.contentLength !== null);
  log('formdata body', JSON.stringify(data.body.split(boundary).join('<boundary>')));

  const blob = new nf.Blob(['part1-', Buffer.from('part2')], { type: 'application/x-test' });
  res = await fetch(`${base}/echo`, { method: 'POST', body: blob });
  data = await res.json();
  log('blob body', data.contentType, data.contentLength, data.body);

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const ports = new Set();
  for (let i = 0; i < 3; i++) {
    res = await fetch(`${base}/echo?i=${i}`, { agent });
    ports.add((await res.json()).query);
  }
  log('agent', ports.size, Object.keys(agent.freeSockets).length);
  agent.destroy();
  res = await fetch(`${base}/text`, { agent: (url) => (url.protocol === 'http:' ? undefined : null) });
  log('agent function', res.status);

  res = await fetch(`${base}/text`, { size: 5 });
  try {
    await res.text();
  } catch (err) {
    log('size limit', err.name, err.type, hidePort(err.message));
  }

  res = await fetch(`${base}/chunks`);
  const { Writable } = require('stream');
  const { pipeline } = require('stream/promises');
  let piped = '';
  await pipeline(res.body, new Writable({
    write(chunk, enc, cb) {
      piped += chunk;
      cb();
    },
  }));
  log('piped', piped);
  res = await fetch(`${base}/json`, { highWaterMark: 1024 });
  log('highWaterMark', JSON.stringify(await res.json()));
}

async function main() {
  const { default: fetch, Headers, Request, Response, FetchError, AbortError, isRedirect } =
    await import('node-fetch');
  const server = http.createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  let res = await fetch(`${base}/text`);
  log('text', res.status, res.statusText, res.ok, await res.text());
  log('headers', res.headers.get('content-type'), res.headers.get('x-multi'), res.headers.has('date'));
  log('raw x-multi', JSON.stringify(res.headers.raw()['x-multi']));
  log('url', hidePort(res.url), 'redirected', res.redirected, 'bodyUsed', res.bodyUsed);
  try {
    await res.text();
  } catch (err) {
    log('body twice', err.name, err.message.replace(base, '<base>'));
  }

  res = await fetch(`${base}/json`);
  log('json', JSON.stringify(await res.json()));
  res = await fetch(`${base}/bad-json`);
  try {
    await res.json();
  } catch (err) {
    log('bad json', err.name, err.type);
  }
  res = await fetch(`${base}/bytes`);
  const ab = await res.arrayBuffer();
  log('arrayBuffer', ab instanceof ArrayBuffer, Buffer.from(ab).toString('hex'));
  res = await fetch(`${base}/bytes`);
  const blob = await res.blob();
  log('blob', blob.size, blob.type, Buffer.from(await blob.arrayBuffer()).toString('hex'));

  res = await fetch(`${base}/echo?x=1`, {
    method: 'POST',
    body: JSON.stringify({ a: 1 }),
    headers: { 'Content-Type': 'application/json', 'X-Custom': 'custom-value' },
  });
  log('POST', res.status, res.statusText, JSON.stringify(await res.json()));
  res = await fetch(`${base}/echo`, { method: 'PUT', body: new URLSearchParams({ a: 'b c', d: 'é' }) });
  log('form', JSON.stringify(await res.json()));
  res = await fetch(`${base}/echo`, { method: 'POST', body: Buffer.from('buffer body') });
  log('buffer body', JSON.stringify(await res.json()));
  res = await fetch(`${base}/echo`, { method: 'POST', body: Readable.from(['stream ', 'body ', 'chunks']) });
  log('stream body', JSON.stringify(await res.json()));

  const headers = new Headers({ 'X-Custom': 'from-headers' });
  headers.append('Accept', 'text/plain');
  const request = new Request(`${base}/echo`, { method: 'DELETE', headers });
  log('request', request.method, request.headers.get('accept'), hidePort(request.url));
  res = await fetch(request);
  log('Request object', JSON.stringify(await res.json()));

  res = await fetch(`${base}/redirect`);
  log('redirect follow', res.status, res.redirected, hidePort(res.url), await res.text());
  res = await fetch(`${base}/redirect`, { redirect: 'manual' });
  log('redirect manual', res.status, isRedirect(res.status), hidePort(res.headers.get('location')));
  try {
    await fetch(`${base}/redirect`, { redirect: 'error' });
  } catch (err) {
    log('redirect error', err.name, err.type, hidePort(err.message));
  }
  try {
    await fetch(`${base}/loop`, { follow: 3 });
  } catch (err) {
    log('redirect loop', err.name, err.type, hidePort(err.message));
  }
  res = await fetch(`${base}/redirect-post`, { method: 'POST', body: 'gone after 303' });
  log('303 becomes GET', JSON.stringify(await res.json()));

  for (const enc of ['gzip', 'deflate', 'br']) {
    res = await fetch(`${base}/${enc}`);
    log(enc, await res.text());
  }
  res = await fetch(`${base}/gzip`, { compress: false });
  log('compress false', Buffer.from(await res.arrayBuffer()).subarray(0, 2).toString('hex'));

  res = await fetch(`${base}/chunks`);
  const parts = [];
  for await (const chunk of res.body) parts.push(chunk.toString());
  log('streamed', parts.join(''));

  for (const code of [204, 404, 500]) {
    res = await fetch(`${base}/status?code=${code}`);
    log('status', res.status, res.ok, res.statusText, JSON.stringify(await res.text()));
  }

  const controller = new AbortController();
  setTimeout(() => controller.abort(), 20);
  try {
    await fetch(`${base}/slow`, { signal: controller.signal });
  } catch (err) {
    log('abort', err.name, err.type, err.message, err instanceof AbortError);
  }
  const already = new AbortController();
  already.abort();
  try {
    await fetch(`${base}/text`, { signal: already.signal });
  } catch (err) {
    log('pre-aborted', err.name, err.type);
  }

  res = await fetch(`${base}/hangup`);
  try {
    await res.text();
  } catch (err) {
    log('hangup', err.name, err.type, err.code);
  }

  const port = await closedPort();
  try {
    await fetch(`http://127.0.0.1:${port}/`);
  } catch (err) {
    log('refused', err.name, err.type, err.code, err.errno, err instanceof FetchError);
    log('  message', hidePort(err.message));
  }
  for (const bad of ['/relative', 'ftp://example.com/']) {
    try {
      await fetch(bad);
    } catch (err) {
      log('bad url', err.name, err.code, hidePort(err.message));
    }
  }
  try {
    await fetch(`${base}/text`, { method: 'GET', body: 'not allowed' });
  } catch (err) {
    log('GET with body', err.name, err.message);
  }

  const made = new Response('made locally', { status: 299, headers: { 'X-A': '1' } });
  log('Response', made.status, made.headers.get('x-a'), await made.text());
  const cloned = await fetch(`${base}/text`);
  const copy = cloned.clone();
  log('clone', await cloned.text(), await copy.text());

  await extras(base);

  await new Promise((resolve) => server.close(resolve));
  log('done');
}

main().catch((err) => {
  console.log('FAILED', err);
  process.exitCode = 1;
});
