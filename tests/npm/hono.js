// hono 4 on @hono/node-server: routes with params and query, c.json/c.text/
// c.html/c.body, middleware order and headers, sub-apps with app.route,
// validation-style 400s, app.onError and app.notFound, POST bodies (JSON,
// form, text), redirects and streaming, served with serve({ port: 0 }) and
// queried with http.request and global fetch.
const http = require('http');
const { Hono } = require('hono');
const { HTTPException } = require('hono/http-exception');
const { stream } = require('hono/streaming');
const { serve } = require('@hono/node-server');
const { serveStatic } = require('@hono/node-server/serve-static');
const zlib = require('zlib');
const { cors } = require('hono/cors');
const { basicAuth } = require('hono/basic-auth');
const { etag } = require('hono/etag');
const { secureHeaders } = require('hono/secure-headers');
const { compress } = require('hono/compress');
const { jwt, sign } = require('hono/jwt');
const { getCookie, setCookie, getSignedCookie, setSignedCookie } = require('hono/cookie');

const SHOWN = ['accept-ranges', 'content-length', 'content-range', 'content-type', 'location', 'transfer-encoding', 'x-mw', 'x-sub', 'x-custom'];

function request(port, method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ res, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function show(label, { res, body }) {
  const hs = SHOWN.filter((h) => res.headers[h] !== undefined).map((h) => `${h}=${res.headers[h]}`);
  console.log(`${label}: ${res.statusCode} ${res.statusMessage} [${hs.join('; ')}]`);
  console.log(`  body: ${JSON.stringify(body)}`);
}

const app = new Hono();
const order = [];

app.use('*', async (c, next) => {
  order.push(`outer> ${c.req.method} ${c.req.path}`);
  await next();
  order.push(`outer< ${c.res.status}`);
  c.header('X-MW', 'outer');
});
app.use('/api/*', async (c, next) => {
  c.set('user', c.req.header('x-user') ?? 'guest');
  await next();
});

// Files from the fixture directory (the runner starts the script in its own directory).
app.use('/static/*', serveStatic({ root: './fixtures/static', rewriteRequestPath: (p) => p.replace(/^\/static/, '') }));
app.get('/', (c) => c.text('hello hono'));

// Hono's own middleware: CORS, basic auth and JWT (Web Crypto HMAC/SHA),
// ETag, secure headers, compression (CompressionStream), signed cookies.
app.use('/mw/cors/*', cors({ origin: 'http://a.example', allowMethods: ['GET', 'POST'], maxAge: 600 }));
app.use('/mw/auth/*', basicAuth({ username: 'user', password: 'pass' }));
app.use('/mw/etag/*', etag());
app.use('/mw/secure/*', secureHeaders());
app.use('/mw/gz/*', compress());
app.use('/mw/jwt/*', jwt({ secret: 'jwt secret', alg: 'HS256' }));
app.get('/mw/cors/x', (c) => c.json({ cors: true }));
app.get('/mw/auth/x', (c) => c.text('authed'));
app.get('/mw/etag/x', (c) => c.text('etag body'));
app.get('/mw/secure/x', (c) => c.text('secure'));
app.get('/mw/gz/x', (c) => c.text('compressible '.repeat(400)));
app.get('/mw/jwt/x', (c) => c.json(c.get('jwtPayload')));
app.get('/mw/cookie', async (c) => {
  const seen = { plain: getCookie(c, 'plain') ?? null, signed: (await getSignedCookie(c, 'cookie secret', 'sig')) ?? null };
  setCookie(c, 'plain', 'p1', { path: '/', httpOnly: true });
  await setSignedCookie(c, 'sig', 'signed value', 'cookie secret', { path: '/' });
  return c.json(seen);
});
app.get('/html', (c) => c.html('<b>bold</b>'));
app.get('/json', (c) => c.json({ ok: true, list: [1, 2, 3] }));
app.get('/users/:id', (c) => c.json({ id: c.req.param('id'), q: c.req.query('q') ?? null, all: c.req.queries('tag') ?? [] }));
app.get('/posts/:year{[0-9]{4}}/:slug', (c) => c.json(c.req.param()));
app.get('/wild/*', (c) => c.text(`wild ${c.req.path}`));
app.get('/api/me', (c) => c.json({ user: c.get('user') }));
app.get('/status', (c) => c.text('created', 201, { 'X-Custom': 'yes' }));
app.get('/body', (c) => c.body(new Uint8Array([104, 105]), 200, { 'Content-Type': 'application/octet-stream' }));
app.get('/redirect', (c) => c.redirect('/json'));
app.get('/redirect-301', (c) => c.redirect('/json', 301));
app.get('/empty', (c) => c.body(null, 204));
app.get('/stream', (c) => stream(c, async (s) => {
  for (const part of ['one ', 'two ', 'three']) {
    await s.write(part);
    await s.sleep(2);
  }
}));
app.get('/headers', (c) => c.json({ agent: c.req.header('x-agent'), accept: c.req.header('Accept') ?? null, url: new URL(c.req.url).pathname }));

app.post('/echo', async (c) => {
  const body = await c.req.json();
  return c.json({ received: body, type: c.req.header('content-type') }, 201);
});
app.post('/form', async (c) => {
  const body = await c.req.parseBody();
  return c.json(body);
});
app.post('/text', async (c) => c.text(`got ${(await c.req.text()).toUpperCase()}`));
app.post('/validate', async (c) => {
  let body;
  try {
    body = await c.req.json();
  } catch {
    return c.json({ error: 'invalid json' }, 400);
  }
  if (typeof body.name !== 'string') return c.json({ error: 'name required' }, 400);
  return c.json({ hello: body.name });
});

app.get('/error', () => {
  throw new Error('plain failure');
});
app.get('/http-error', () => {
  throw new HTTPException(401, { message: 'not allowed' });
});
app.get('/async-error', async () => {
  await new Promise((r) => setTimeout(r, 2));
  throw new HTTPException(409, { message: 'conflict later' });
});

const sub = new Hono();
sub.use('*', async (c, next) => {
  await next();
  c.header('X-Sub', 'yes');
});
sub.get('/', (c) => c.text('sub index'));
sub.get('/:name', (c) => c.text(`sub ${c.req.param('name')}`));
app.route('/sub', sub);

app.notFound((c) => c.json({ notFound: c.req.path }, 404));
app.onError((err, c) => {
  if (err instanceof HTTPException) return c.json({ error: err.message, status: err.status }, err.status);
  return c.json({ error: err.message }, 500);
});

async function middlewarePart(port) {
  const base = `http://127.0.0.1:${port}`;
  const brief = async (label, r) => {
    const hs = [...r.headers].filter(([k]) => !['date', 'content-length', 'connection', 'keep-alive', 'x-mw'].includes(k))
      .map(([k, v]) => `${k}=${v}`).sort();
    console.log(`${label}: ${r.status} [${hs.join('; ')}]`);
    console.log(`  body: ${JSON.stringify(await r.text())}`);
  };
  await brief('cors preflight', await fetch(`${base}/mw/cors/x`, { method: 'OPTIONS', headers: { origin: 'http://a.example', 'access-control-request-method': 'POST' } }));
  await brief('cors get', await fetch(`${base}/mw/cors/x`, { headers: { origin: 'http://a.example' } }));
  const basic = (u, p) => ({ authorization: 'Basic ' + Buffer.from(`${u}:${p}`).toString('base64') });
  await brief('auth none', await fetch(`${base}/mw/auth/x`));
  await brief('auth ok', await fetch(`${base}/mw/auth/x`, { headers: basic('user', 'pass') }));
  await brief('auth wrong', await fetch(`${base}/mw/auth/x`, { headers: basic('user', 'nope') }));
  const tagged = await fetch(`${base}/mw/etag/x`);
  const tag = tagged.headers.get('etag');
  await brief('etag', tagged);
  await brief('etag match', await fetch(`${base}/mw/etag/x`, { headers: { 'if-none-match': tag } }));
  await brief('secure headers', await fetch(`${base}/mw/secure/x`));
  // Compressed bytes depend on the deflate implementation; the text must not.
  for (const encoding of ['gzip', 'deflate']) {
    const { res, body } = await new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path: '/mw/gz/x', headers: { 'accept-encoding': encoding }, agent: false }, (r) => {
        const chunks = [];
        r.on('data', (ch) => chunks.push(ch));
        r.on('end', () => resolve({ res: r, body: Buffer.concat(chunks) }));
      }).on('error', reject);
    });
    const text = (encoding === 'gzip' ? zlib.gunzipSync(body) : zlib.inflateSync(body)).toString();
    console.log(`compress ${encoding}: ${res.statusCode} ${res.headers['content-encoding']} ${res.headers.vary} ${text.length} ${text.slice(0, 26)}`);
  }
  const token = await sign({ sub: 'me', role: 'admin' }, 'jwt secret');
  console.log('jwt token', token);
  await brief('jwt ok', await fetch(`${base}/mw/jwt/x`, { headers: { authorization: `Bearer ${token}` } }));
  await brief('jwt forged', await fetch(`${base}/mw/jwt/x`, { headers: { authorization: `Bearer ${token.slice(0, -2)}xx` } }));
  await brief('jwt missing', await fetch(`${base}/mw/jwt/x`));
  const jar = await fetch(`${base}/mw/cookie`);
  const cookies = jar.headers.getSetCookie();
  await brief('cookie first', jar);
  const header = cookies.map((c) => c.split(';')[0]).join('; ');
  await brief('cookie back', await fetch(`${base}/mw/cookie`, { headers: { cookie: header } }));
  await brief('cookie forged', await fetch(`${base}/mw/cookie`, { headers: { cookie: header.replace('signed%20value', 'forged') } }));
}

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
  console.log('listening', info.address, info.family, typeof info.port);
  const { port } = info;
  try {
    show('GET /', await request(port, 'GET', '/'));
    show('GET /html', await request(port, 'GET', '/html'));
    show('GET /json', await request(port, 'GET', '/json'));
    show('GET /users/42', await request(port, 'GET', '/users/42?q=x&tag=a&tag=b'));
    show('GET /posts/2024/hello', await request(port, 'GET', '/posts/2024/hello'));
    show('GET /posts/24/hello', await request(port, 'GET', '/posts/24/hello'));
    show('GET /wild/a/b', await request(port, 'GET', '/wild/a/b'));
    show('GET /api/me', await request(port, 'GET', '/api/me', { headers: { 'x-user': 'ada' } }));
    show('GET /api/me guest', await request(port, 'GET', '/api/me'));
    show('GET /status', await request(port, 'GET', '/status'));
    show('GET /body', await request(port, 'GET', '/body'));
    show('GET /redirect', await request(port, 'GET', '/redirect'));
    show('GET /redirect-301', await request(port, 'GET', '/redirect-301'));
    show('GET /empty', await request(port, 'GET', '/empty'));
    show('GET /stream', await request(port, 'GET', '/stream'));
    show('GET /headers', await request(port, 'GET', '/headers', { headers: { 'x-agent': 'test', accept: 'text/plain' } }));
    show('HEAD /json', await request(port, 'HEAD', '/json'));
    const json = { 'content-type': 'application/json' };
    show('POST /echo', await request(port, 'POST', '/echo', { headers: json, body: JSON.stringify({ a: 1, b: ['x'] }) }));
    show('POST /form', await request(port, 'POST', '/form', { headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1&b=hello+world' }));
    show('POST /text', await request(port, 'POST', '/text', { headers: { 'content-type': 'text/plain' }, body: 'shout' }));
    show('POST /validate ok', await request(port, 'POST', '/validate', { headers: json, body: '{"name":"bo"}' }));
    show('POST /validate missing', await request(port, 'POST', '/validate', { headers: json, body: '{}' }));
    show('POST /validate malformed', await request(port, 'POST', '/validate', { headers: json, body: '{"name":' }));
    show('GET /error', await request(port, 'GET', '/error'));
    show('GET /http-error', await request(port, 'GET', '/http-error'));
    show('GET /async-error', await request(port, 'GET', '/async-error'));
    show('GET /sub', await request(port, 'GET', '/sub'));
    show('GET /sub/zed', await request(port, 'GET', '/sub/zed'));
    show('GET /missing', await request(port, 'GET', '/missing'));
    show('GET /static/hello.txt', await request(port, 'GET', '/static/hello.txt'));
    show('GET /static/docs/style.css', await request(port, 'GET', '/static/docs/style.css'));
    show('GET /static/sub/', await request(port, 'GET', '/static/sub/'));
    show('GET /static/nope.txt', await request(port, 'GET', '/static/nope.txt'));
    show('GET /static/../hono.js', await request(port, 'GET', '/static/..%2fhono.js'));
    show('GET /static/hello.txt range', await request(port, 'GET', '/static/hello.txt', { headers: { range: 'bytes=6-' } }));
    show('PUT /json', await request(port, 'PUT', '/json'));

    await middlewarePart(port);
    const r1 = await fetch(`http://127.0.0.1:${port}/users/7?q=fetch`);
    console.log('fetch', r1.status, r1.headers.get('content-type'), JSON.stringify(await r1.json()));
    const r2 = await fetch(`http://127.0.0.1:${port}/echo`, { method: 'POST', headers: json, body: JSON.stringify({ via: 'fetch' }) });
    console.log('fetch POST', r2.status, await r2.text());
    const r3 = await fetch(`http://127.0.0.1:${port}/redirect`);
    console.log('fetch redirect', r3.status, r3.redirected, new URL(r3.url).pathname);
    // app.request runs the app without the network.
    const r4 = await app.request('/users/1?q=local');
    console.log('app.request', r4.status, await r4.text());
    console.log('order', order.length, order.slice(0, 6).join(' | '));
  } catch (err) {
    console.log('client error', err.code, err.name, err.message);
  }
  server.close(() => console.log('closed'));
  server.closeAllConnections?.();
});
