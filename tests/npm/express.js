// express 5: routing with params and query, express.json (valid and malformed
// bodies), express.static from a fixture directory, a Router, error
// middleware (next(err) and a thrown error), res.json/send/redirect/status
// and the 404 fallthrough, served on 127.0.0.1 and queried over loopback with
// http.request and global fetch.
const http = require('http');
const path = require('path');
const express = require('express');

const SHOWN = ['allow', 'content-disposition', 'content-length', 'content-range', 'content-type', 'etag', 'link', 'location', 'set-cookie', 'x-powered-by', 'x-router', 'x-trace', 'vary'];

function request(port, method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers }, (res) => {
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

// File responses' ETags hash the file's mtime: not printed.
function show(label, { res, body }, hidden = /send-file|download/.test(label) ? ['etag'] : []) {
  const hs = SHOWN.filter((h) => res.headers[h] !== undefined && !hidden.includes(h)).map((h) => `${h}=${res.headers[h]}`);
  console.log(`${label}: ${res.statusCode} ${res.statusMessage} [${hs.join('; ')}]`);
  console.log(`  body: ${JSON.stringify(body)}`);
}

const app = express();
// Dynamic bodies get express's weak ETag (a hash of the body); static files
// do not (theirs would depend on file times).

// A logging middleware that records the order requests pass through it.
const trace = [];
app.use((req, res, next) => {
  trace.push(`${req.method} ${req.path}`);
  res.set('X-Trace', String(trace.length));
  next();
});

app.use('/static', express.static(path.join(__dirname, 'fixtures', 'static'), { etag: false, lastModified: false }));
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

app.get('/', (req, res) => res.send('home'));
app.get('/users/:id', (req, res) => {
  res.json({ id: req.params.id, q: req.query, type: typeof req.params.id });
});
app.get('/files/*rest', (req, res) => res.json({ rest: req.params.rest }));
app.get('/opt{/:maybe}', (req, res) => res.json({ maybe: req.params.maybe ?? null }));
app.post('/echo', (req, res) => {
  res.status(201).json({ got: req.body, ct: req.get('content-type'), is: req.is('json') });
});
app.post('/form', (req, res) => res.json(req.body));
app.get('/old', (req, res) => res.redirect('/new'));
app.get('/perm', (req, res) => res.redirect(301, '/elsewhere?x=1'));
app.get('/html', (req, res) => res.type('html').send('<p>hi</p>'));
app.get('/buf', (req, res) => res.send(Buffer.from('raw bytes')));
app.get('/status', (req, res) => res.sendStatus(418));
app.get('/nothing', (req, res) => res.status(204).end());
app.get('/fail-next', (req, res, next) => {
  const err = new Error('passed to next');
  err.status = 409;
  next(err);
});
app.get('/fail-throw', () => {
  throw new Error('thrown in handler');
});
app.get('/fail-async', async () => {
  await null;
  throw Object.assign(new Error('rejected promise'), { status: 422 });
});
app.get('/negotiate', (req, res) => {
  res.format({
    'text/plain': () => res.send('plain'),
    'application/json': () => res.json({ fmt: 'json' }),
  });
});
app.get('/send-file', (req, res) => res.sendFile(path.join(__dirname, 'fixtures', 'static', 'data.json'), { etag: false, lastModified: false }));
app.get('/send-file-missing', (req, res, next) => res.sendFile(path.join(__dirname, 'fixtures', 'static', 'nope.txt'), (err) => {
  if (err) res.status(err.status || 500).json({ sendFile: err.code, status: err.status });
}));
app.get('/download', (req, res) => res.download(path.join(__dirname, 'fixtures', 'static', 'hello.txt'), 'greeting file.txt', { etag: false, lastModified: false }));
app.get('/attach', (req, res) => res.attachment('report ü.pdf').send('pdf-bytes'));
app.get('/cookie', (req, res) => {
  req.secret = 'cookie secret'; // what cookie-parser would set
  res.cookie('plain', 'v1', { path: '/', httpOnly: true });
  res.cookie('obj', { a: 1 }, { sameSite: 'strict' });
  res.cookie('signed', 'secret-value', { signed: true });
  res.clearCookie('gone');
  res.send('cookies set');
});
app.get('/links', (req, res) => {
  res.links({ next: '/page/2', last: '/page/9' });
  res.location('/somewhere').status(202).jsonp({ cb: req.query.callback ?? null });
});
app.get('/req-info', (req, res) => {
  res.json({
    hostname: req.hostname, protocol: req.protocol, secure: req.secure, xhr: req.xhr,
    ipIsString: typeof req.ip, subdomains: req.subdomains, accepts: req.accepts(['html', 'json']),
    lang: req.acceptsLanguages('fr', 'en'), range: req.range(100),
  });
});
app.set('views', path.join(__dirname, 'fixtures', 'views'));
app.set('view engine', 'ejs');
app.locals.site = 'example site';
app.get('/render', (req, res) => res.render('page', { title: 'Items <&>', items: ['one', 'two'] }));
app.get('/render-missing', (req, res) => res.render('nope'));
app.get('/render-broken', (req, res) => res.render('broken'));
app.set('jsonp callback name', 'callback');
app.set('json spaces', 0);
app.route('/thing')
  .get((req, res) => res.send('get thing'))
  .put((req, res) => res.send('put thing'));

const api = express.Router();
api.use((req, res, next) => {
  res.set('X-Router', 'api');
  next();
});
api.get('/items', (req, res) => res.json([{ id: 1 }, { id: 2 }]));
api.get('/items/:n', (req, res, next) => {
  if (!/^\d+$/.test(req.params.n)) return next('route');
  res.json({ item: Number(req.params.n), base: req.baseUrl, orig: req.originalUrl });
});
api.get('/items/:n', (req, res) => res.status(400).json({ bad: req.params.n }));
api.param('n', (req, res, next, n) => {
  req.params.n = n.trim();
  next();
});
app.use('/api', api);

// Error middleware: four arguments.
app.use((err, req, res, next) => {
  const status = err.status || err.statusCode || 500;
  // View errors name absolute paths: only their first line is shown, made relative.
  const message = String(err.message).split('\n')[0].split(__dirname).join('<dir>');
  res.status(status).json({ error: message, type: err.type || null, status });
});

const server = app.listen(0, '127.0.0.1', async () => {
  const { port, family } = server.address();
  console.log('listening', family, typeof port);
  try {
    show('GET /', await request(port, 'GET', '/'));
    show('GET /users/42?a=1&b=x', await request(port, 'GET', '/users/42?a=1&b=x'));
    show('GET /files/a/b/c', await request(port, 'GET', '/files/a/b/c.txt'));
    show('GET /opt', await request(port, 'GET', '/opt'));
    show('GET /opt/yes', await request(port, 'GET', '/opt/yes'));
    show('POST /echo', await request(port, 'POST', '/echo', {
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ a: [1, 2], b: 'ü' }),
    }));
    show('POST /echo malformed', await request(port, 'POST', '/echo', {
      headers: { 'content-type': 'application/json' },
      body: '{"a": oops',
    }));
    show('POST /echo not json', await request(port, 'POST', '/echo', {
      headers: { 'content-type': 'text/plain' },
      body: 'plain text',
    }));
    show('POST /form', await request(port, 'POST', '/form', {
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x=1&y=two+words&z=%C3%A9',
    }));
    show('GET /static/hello.txt', await request(port, 'GET', '/static/hello.txt'));
    show('GET /static/data.json', await request(port, 'GET', '/static/data.json'));
    show('GET /static/docs/style.css', await request(port, 'GET', '/static/docs/style.css'));
    show('HEAD /static/hello.txt', await request(port, 'HEAD', '/static/hello.txt'));
    show('GET /static/sub', await request(port, 'GET', '/static/sub'));
    show('GET /static/sub/', await request(port, 'GET', '/static/sub/'));
    show('GET /static/missing.txt', await request(port, 'GET', '/static/missing.txt'));
    show('GET /static/../express.js', await request(port, 'GET', '/static/%2e%2e/express.js'));
    show('GET /static/hello.txt range', await request(port, 'GET', '/static/hello.txt', { headers: { range: 'bytes=0-4' } }));
    show('GET /old', await request(port, 'GET', '/old'));
    show('GET /perm', await request(port, 'GET', '/perm'));
    show('GET /html', await request(port, 'GET', '/html'));
    show('GET /buf', await request(port, 'GET', '/buf'));
    show('GET /status', await request(port, 'GET', '/status'));
    show('GET /nothing', await request(port, 'GET', '/nothing'));
    show('GET /fail-next', await request(port, 'GET', '/fail-next'));
    show('GET /fail-throw', await request(port, 'GET', '/fail-throw'));
    show('GET /fail-async', await request(port, 'GET', '/fail-async'));
    show('GET /negotiate json', await request(port, 'GET', '/negotiate', { headers: { accept: 'application/json' } }));
    show('GET /negotiate text', await request(port, 'GET', '/negotiate', { headers: { accept: 'text/plain' } }));
    show('GET /negotiate none', await request(port, 'GET', '/negotiate', { headers: { accept: 'image/png' } }));
    show('GET /thing', await request(port, 'GET', '/thing'));
    show('PUT /thing', await request(port, 'PUT', '/thing'));
    show('DELETE /thing', await request(port, 'DELETE', '/thing'));
    show('GET /api/items', await request(port, 'GET', '/api/items'));
    show('GET /api/items/7', await request(port, 'GET', '/api/items/7?z=1'));
    show('GET /api/items/x', await request(port, 'GET', '/api/items/x'));
    show('GET /nope', await request(port, 'GET', '/nope'));
    const first = await request(port, 'GET', '/users/1');
    show('GET /users/1 etag', first);
    show('GET /users/1 if-none-match', await request(port, 'GET', '/users/1', { headers: { 'if-none-match': first.res.headers.etag } }));
    show('GET /send-file', await request(port, 'GET', '/send-file'));
    show('GET /send-file-missing', await request(port, 'GET', '/send-file-missing'));
    show('GET /download', await request(port, 'GET', '/download'));
    show('GET /attach', await request(port, 'GET', '/attach'));
    show('GET /cookie', await request(port, 'GET', '/cookie'));
    show('GET /links', await request(port, 'GET', '/links?callback=cb'));
    show('GET /render', await request(port, 'GET', '/render'));
    show('GET /render-missing', await request(port, 'GET', '/render-missing'));
    show('GET /render-broken', await request(port, 'GET', '/render-broken'));
    show('GET /req-info', await request(port, 'GET', '/req-info', {
      headers: { host: 'api.shop.example.com:8080', 'x-requested-with': 'XMLHttpRequest', accept: 'application/json', 'accept-language': 'en;q=0.8, fr', range: 'bytes=0-9' },
    }));

    // The same server through global fetch.
    const r1 = await fetch(`http://127.0.0.1:${port}/users/9?tag=f`);
    console.log('fetch /users/9:', r1.status, r1.headers.get('content-type'), JSON.stringify(await r1.json()));
    const r2 = await fetch(`http://127.0.0.1:${port}/echo`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ via: 'fetch' }),
    });
    console.log('fetch POST /echo:', r2.status, r2.statusText, await r2.text());
    const r3 = await fetch(`http://127.0.0.1:${port}/old`, { redirect: 'manual' });
    console.log('fetch /old manual:', r3.status, r3.headers.get('location'));
    const r4 = await fetch(`http://127.0.0.1:${port}/perm`);
    console.log('fetch /perm followed:', r4.status, r4.redirected, new URL(r4.url).pathname + new URL(r4.url).search);
    console.log('trace', trace.length, trace.slice(0, 4).join(' | '));
  } catch (err) {
    console.log('client error', err.code, err.name, err.message);
  }
  server.close(() => console.log('closed'));
  // fetch keeps its own idle connections; drop them so close completes.
  server.closeAllConnections();
});
