// fastify 5: routes with JSON-schema validation (400 on bad input) and
// response serialization, hooks (onRequest, preHandler, onSend, onResponse),
// reply.code/header/type, plugins with register and prefixes (encapsulated and shared), decorators,
// async handlers, a custom error handler, 404s, and fastify.inject, served on
// 127.0.0.1 and queried over loopback HTTP.
const http = require('http');
const Fastify = require('fastify');

const SHOWN = ['allow', 'content-length', 'content-type', 'location', 'x-hook', 'x-plugin', 'x-custom'];

function request(port, method, url, { headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path: url, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ statusCode: res.statusCode, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

function show(label, res) {
  const hs = SHOWN.filter((h) => res.headers[h] !== undefined).map((h) => `${h}=${res.headers[h]}`);
  console.log(`${label}: ${res.statusCode} [${hs.join('; ')}]`);
  console.log(`  body: ${JSON.stringify(res.body)}`);
}

const app = Fastify({ logger: false });
const hookLog = [];

app.decorate('greet', (name) => `hello ${name}`);
app.decorateRequest('user', null);

app.addHook('onRequest', async (request) => {
  hookLog.push(`onRequest ${request.method} ${request.url}`);
  request.user = request.headers['x-user'] || 'anonymous';
});
app.addHook('preHandler', async (request, reply) => {
  hookLog.push(`preHandler ${request.routeOptions.url || '-'}`);
  reply.header('X-Hook', 'pre');
});
app.addHook('onSend', async (request, reply, payload) => {
  hookLog.push(`onSend ${reply.statusCode}`);
  return payload;
});
app.addHook('onResponse', async (request, reply) => {
  hookLog.push(`onResponse ${reply.statusCode}`);
});

app.get('/', async () => ({ hello: 'world' }));
app.get('/text', (request, reply) => {
  reply.type('text/plain').send(app.greet(request.user));
});
app.get('/users/:id', {
  schema: {
    params: { type: 'object', properties: { id: { type: 'integer', minimum: 1 } }, required: ['id'] },
    querystring: { type: 'object', properties: { verbose: { type: 'boolean', default: false } } },
    response: {
      200: {
        type: 'object',
        properties: { id: { type: 'integer' }, verbose: { type: 'boolean' }, name: { type: 'string' } },
      },
    },
  },
}, async (request) => ({ id: request.params.id, verbose: request.query.verbose, name: 'user', secret: 'not serialized' }));

app.post('/items', {
  schema: {
    body: {
      type: 'object',
      required: ['name', 'qty'],
      properties: { name: { type: 'string', minLength: 2 }, qty: { type: 'integer', minimum: 0 }, tags: { type: 'array', items: { type: 'string' } } },
      additionalProperties: false,
    },
  },
}, async (request, reply) => {
  reply.code(201).header('X-Custom', 'created');
  return { created: request.body };
});

app.get('/boom', async () => {
  throw new Error('handler failed');
});
app.get('/teapot', async () => {
  const err = new Error('I am a teapot');
  err.statusCode = 418;
  throw err;
});
app.get('/redirect', (request, reply) => reply.redirect('/text', 301));
app.get('/later', async () => {
  await new Promise((r) => setTimeout(r, 5));
  return { waited: true };
});
app.put('/raw', async (request) => ({ type: typeof request.body, body: request.body }));
// A custom content-type parser (fastify runs it in an AsyncResource).
app.addContentTypeParser('application/x-csv', { parseAs: 'string' }, (request, body, done) => {
  done(null, body.split('\n').map((line) => line.split(',')));
});
app.post('/csv', async (request) => ({ rows: request.body }));
app.get('/stream', (request, reply) => {
  const { Readable } = require('stream');
  reply.type('text/plain').send(Readable.from(['streamed ', 'through ', 'reply']));
});

// A plugin with a prefix (encapsulated) and one wrapped with fastify-plugin (shared).
app.register(async function v1(instance) {
  instance.addHook('onRequest', async (request, reply) => {
    reply.header('X-Plugin', 'v1');
  });
  instance.get('/ping', async () => ({ pong: true, hasGreet: typeof instance.greet }));
  instance.get('/items/:name', async (request) => ({ item: request.params.name }));
}, { prefix: '/v1' });
// What fastify-plugin does (it is not installed here): skip encapsulation.
async function shared(instance) {
  instance.decorate('shared', 'visible outside');
}
shared[Symbol.for('skip-override')] = true;
app.register(shared);

app.setErrorHandler((err, request, reply) => {
  if (err.validation) {
    reply.code(400).send({ validation: true, context: err.validationContext, message: err.message, code: err.code });
    return;
  }
  reply.code(err.statusCode || 500).send({ error: err.message });
});
app.setNotFoundHandler((request, reply) => {
  reply.code(404).send({ notFound: request.url });
});

async function main() {
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  console.log('listening', address.startsWith('http://127.0.0.1:'), 'shared', app.shared);
  const { port } = app.server.address();
  show('GET /', await request(port, 'GET', '/'));
  show('GET /text', await request(port, 'GET', '/text', { headers: { 'x-user': 'ada' } }));
  show('GET /users/5', await request(port, 'GET', '/users/5?verbose=true'));
  show('GET /users/0', await request(port, 'GET', '/users/0'));
  show('GET /users/abc', await request(port, 'GET', '/users/abc'));
  const json = { 'content-type': 'application/json' };
  show('POST /items', await request(port, 'POST', '/items', { headers: json, body: JSON.stringify({ name: 'pen', qty: 3, tags: ['a'] }) }));
  show('POST /items missing', await request(port, 'POST', '/items', { headers: json, body: JSON.stringify({ name: 'pen' }) }));
  show('POST /items extra', await request(port, 'POST', '/items', { headers: json, body: JSON.stringify({ name: 'p', qty: -1 }) }));
  show('POST /items malformed', await request(port, 'POST', '/items', { headers: json, body: '{"name": ' }));
  show('POST /items empty', await request(port, 'POST', '/items', { headers: json, body: '' }));
  show('POST /items text', await request(port, 'POST', '/items', { headers: { 'content-type': 'application/xml' }, body: '<a/>' }));
  show('PUT /raw text', await request(port, 'PUT', '/raw', { headers: { 'content-type': 'text/plain' }, body: 'just text' }));
  show('POST /csv', await request(port, 'POST', '/csv', { headers: { 'content-type': 'application/x-csv' }, body: 'a,b\n1,2' }));
  show('GET /stream', await request(port, 'GET', '/stream'));
  show('GET /boom', await request(port, 'GET', '/boom'));
  show('GET /teapot', await request(port, 'GET', '/teapot'));
  show('GET /redirect', await request(port, 'GET', '/redirect'));
  show('GET /later', await request(port, 'GET', '/later'));
  show('GET /v1/ping', await request(port, 'GET', '/v1/ping'));
  show('GET /v1/items/x', await request(port, 'GET', '/v1/items/x'));
  show('GET /nowhere', await request(port, 'GET', '/nowhere'));
  show('DELETE /', await request(port, 'DELETE', '/'));
  show('HEAD /', await request(port, 'HEAD', '/'));
  // onResponse runs after the response is sent: its timing against the
  // client's next request is not fixed, so it is counted after close.
  const ordered = hookLog.filter((l) => !l.startsWith('onResponse'));
  console.log('hooks', ordered.length);
  for (const line of ordered.slice(0, 12)) console.log('  ' + line);

  const injected = await app.inject({ method: 'POST', url: '/items', payload: { name: 'ink', qty: 1 } });
  console.log('inject', injected.statusCode, injected.headers['content-type'], injected.body);
  const injected404 = await app.inject('/v1/nothing');
  console.log('inject 404', injected404.statusCode, injected404.json().notFound);
  const r = await fetch(`http://127.0.0.1:${port}/users/9`);
  console.log('fetch', r.status, JSON.stringify(await r.json()));
  await app.close();
  console.log('closed', app.server.listening, 'onResponse hooks', hookLog.filter((l) => l.startsWith('onResponse')).length);
  await withLogger();
}

// The pino logger fastify builds, writing to a stream; no time, pid or host.
async function withLogger() {
  const { Writable } = require('stream');
  const lines = [];
  const stream = new Writable({
    write(chunk, encoding, cb) {
      lines.push(JSON.parse(chunk.toString()));
      cb();
    },
  });
  let n = 0;
  const logged = Fastify({ logger: { level: 'info', stream, timestamp: false, base: null }, genReqId: () => `req-${++n}` });
  logged.get('/log', async (request) => {
    request.log.info({ extra: 1 }, 'in handler');
    request.log.debug('below the level');
    return { ok: 1 };
  });
  logged.get('/log-fail', async () => {
    throw Object.assign(new Error('logged failure'), { statusCode: 503 });
  });
  for (const url of ['/log', '/log-fail', '/log-missing']) {
    const r = await logged.inject(url);
    console.log('logged', url, r.statusCode, r.body);
  }
  await logged.close();
  for (const line of lines) {
    delete line.responseTime;
    if (line.err) line.err = { type: line.err.type, message: line.err.message, statusCode: line.err.statusCode };
    console.log('  log', JSON.stringify(line));
  }
}

main().catch((err) => {
  console.log('error', err.code, err.name, err.message);
  app.close();
});
