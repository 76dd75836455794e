// koa 3: the middleware cascade (onion order), ctx.body as string, JSON,
// Buffer and stream, ctx.throw and ctx.assert, an error-handling middleware,
// app 'error' events, headers, redirects and 404/405, over loopback HTTP.
const http = require('http');
const { Readable } = require('stream');
const Koa = require('koa');

const SHOWN = ['allow', 'content-length', 'content-type', 'location', 'set-cookie', 'transfer-encoding', 'x-inner', 'x-order', 'x-response-time-set', 'vary'];

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

const app = new Koa();
app.keys = ['first key', 'second key'];
const order = [];
const appErrors = [];
app.on('error', (err, ctx) => appErrors.push(`${err.status || 500} ${err.message} ${ctx ? ctx.path : '-'}`));

// Error handler: outermost, turns thrown errors into JSON unless exposed text is wanted.
app.use(async (ctx, next) => {
  try {
    await next();
  } catch (err) {
    if (ctx.path === '/rethrow') throw err;
    ctx.status = err.status || 500;
    ctx.body = { error: err.message, expose: err.expose, code: err.code || null };
    ctx.app.emit('error', err, ctx);
  }
});

// Onion: each layer records before and after.
app.use(async (ctx, next) => {
  order.push(`1> ${ctx.path}`);
  await next();
  order.push(`1< ${ctx.path}`);
  ctx.set('X-Order', order.splice(0).join(','));
});
app.use(async (ctx, next) => {
  order.push('2>');
  await next();
  order.push('2<');
  if (ctx.body !== undefined) ctx.set('X-Response-Time-Set', 'yes');
});

app.use(async (ctx, next) => {
  switch (ctx.path) {
    case '/':
      ctx.body = 'hello koa';
      return;
    case '/json':
      ctx.body = { method: ctx.method, query: ctx.query, path: ctx.path, qs: ctx.querystring };
      return;
    case '/buffer':
      ctx.type = 'application/octet-stream';
      ctx.body = Buffer.from([0x61, 0x62, 0x63]);
      return;
    case '/stream':
      ctx.type = 'text/plain';
      ctx.body = Readable.from(['chunk1 ', 'chunk2 ', 'chunk3']);
      return;
    case '/html':
      ctx.body = '<h1>html</h1>';
      return;
    case '/headers':
      ctx.set({ 'X-Inner': 'set-by-object' });
      ctx.append('Vary', 'Accept');
      ctx.append('Vary', 'Origin');
      ctx.body = {
        ua: ctx.get('x-custom'),
        accepts: ctx.accepts('json', 'html'),
        is: ctx.is('json'),
        host: ctx.hostname === '127.0.0.1',
        fresh: ctx.fresh,
        ip: typeof ctx.ip,
      };
      return;
    case '/echo': {
      const chunks = [];
      for await (const c of ctx.req) chunks.push(c);
      const text = Buffer.concat(chunks).toString();
      ctx.status = 201;
      ctx.body = { got: JSON.parse(text), length: ctx.request.length, type: ctx.request.type };
      return;
    }
    case '/throw':
      ctx.throw(403, 'forbidden zone', { code: 'E_FORBIDDEN' });
      return;
    case '/assert':
      ctx.assert(ctx.query.ok === 'yes', 422, 'ok must be yes');
      ctx.body = 'asserted';
      return;
    case '/crash':
      throw new Error('plain crash');
    case '/rethrow':
      ctx.throw(418, 'short and stout');
      return;
    case '/redirect':
      ctx.redirect('/json?from=redirect');
      return;
    case '/status':
      ctx.status = 204;
      return;
    case '/cookies': {
      const seen = { plain: ctx.cookies.get('plain') ?? null, signed: ctx.cookies.get('sig', { signed: true }) ?? null };
      ctx.cookies.set('plain', 'p1', { httpOnly: false, path: '/' });
      ctx.cookies.set('sig', 'signed value', { signed: true, sameSite: 'lax' });
      ctx.body = seen;
      return;
    }
    case '/later':
      await new Promise((r) => setTimeout(r, 5));
      ctx.body = 'after a timer';
      return;
    default:
      await next();
  }
});

const server = app.listen(0, '127.0.0.1', async () => {
  const { port } = server.address();
  try {
    show('GET /', await request(port, 'GET', '/'));
    show('GET /json', await request(port, 'GET', '/json?a=1&b=two&b=three'));
    show('GET /buffer', await request(port, 'GET', '/buffer'));
    show('GET /stream', await request(port, 'GET', '/stream'));
    show('GET /html', await request(port, 'GET', '/html'));
    show('HEAD /', await request(port, 'HEAD', '/'));
    show('GET /headers', await request(port, 'GET', '/headers', { headers: { 'x-custom': 'abc', accept: 'application/json', 'content-type': 'application/json' } }));
    show('POST /echo', await request(port, 'POST', '/echo', { headers: { 'content-type': 'application/json' }, body: '{"x":[1,2,3]}' }));
    show('GET /throw', await request(port, 'GET', '/throw'));
    show('GET /assert?ok=no', await request(port, 'GET', '/assert?ok=no'));
    show('GET /assert?ok=yes', await request(port, 'GET', '/assert?ok=yes'));
    show('GET /crash', await request(port, 'GET', '/crash'));
    show('GET /rethrow', await request(port, 'GET', '/rethrow'));
    show('GET /redirect', await request(port, 'GET', '/redirect'));
    show('GET /status', await request(port, 'GET', '/status'));
    const jar = await request(port, 'GET', '/cookies');
    show('GET /cookies', jar);
    const cookieHeader = jar.res.headers['set-cookie'].map((c) => c.split(';')[0]).join('; ');
    show('GET /cookies again', await request(port, 'GET', '/cookies', { headers: { cookie: cookieHeader } }));
    show('GET /cookies tampered', await request(port, 'GET', '/cookies', { headers: { cookie: cookieHeader.replace('sig=signed value', 'sig=forged') } }));
    show('GET /later', await request(port, 'GET', '/later'));
    show('GET /missing', await request(port, 'GET', '/missing'));
    const r = await fetch(`http://127.0.0.1:${port}/json?via=fetch`);
    console.log('fetch', r.status, r.headers.get('x-order'), JSON.stringify(await r.json()));
  } catch (err) {
    console.log('client error', err.code, err.name, err.message);
  }
  console.log('app errors', JSON.stringify(appErrors));
  server.close(() => console.log('closed'));
  server.closeAllConnections();
});
