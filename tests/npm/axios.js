// axios (node http adapter) against an http.createServer in the same
// process: JSON both ways, headers, query params, errors (404, timeout,
// refused connection), interceptors, instances, streams and compression.
const http = require('http');
const net = require('net');
const zlib = require('zlib');
const axios = require('axios');

// Proxies from the environment (http_proxy, ...) would route node's
// requests elsewhere, while sandnode sees no environment: never use one.
axios.defaults.proxy = false;

const log = (...a) => console.log(...a);

function handler(req, res) {
  const url = new URL(req.url, 'http://x');
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (c) => (body += c));
  req.on('end', () => {
    const send = (status, obj, headers = {}) => {
      res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
      res.end(JSON.stringify(obj));
    };
    switch (url.pathname) {
      case '/json':
        return send(200, { hello: 'world', list: [1, 2, 3] }, { 'X-Custom': 'yes' });
      case '/echo':
        return send(200, {
          method: req.method,
          query: Object.fromEntries(url.searchParams),
          contentType: req.headers['content-type'] || null,
          auth: req.headers.authorization || null,
          custom: req.headers['x-req'] || null,
          fromInterceptor: req.headers['x-intercepted'] || null,
          body,
        });
      case '/text':
        res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8' });
        return res.end('just text ✓');
      case '/missing':
        return send(404, { error: 'not found' });
      case '/fail':
        return send(500, { error: 'boom' });
      case '/slow':
        // Never answers in time; the client's timeout fires first.
        setTimeout(() => send(200, { late: true }), 2000).unref();
        return;
      case '/redirect':
        res.writeHead(302, { Location: '/json' });
        return res.end();
      case '/gzip': {
        const data = zlib.gzipSync(JSON.stringify({ zipped: true }));
        res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
        return res.end(data);
      }
      case '/bytes':
        res.writeHead(200, { 'Content-Type': 'application/octet-stream' });
        return res.end(Buffer.from([0, 1, 2, 3, 250, 255]));
      case '/stream':
        res.writeHead(200, { 'Content-Type': 'text/plain' });
        res.write('chunk1,');
        setTimeout(() => res.end('chunk2'), 10);
        return;
      default:
        return send(400, { error: 'unknown' });
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

function showError(label, err) {
  log(label, err.name, err.code, err.message.replace(/:\d+$/, ':<port>'), axios.isAxiosError(err));
  if (err.response) log('  response', err.response.status, JSON.stringify(err.response.data));
  log('  has request', !!err.request, 'config method', err.config && err.config.method);
}

// Request bodies of other kinds: FormData (multipart, with a Blob file),
// a readable stream, a Buffer; a keep-alive agent; response transforms.
async function uploads(base) {
  const { Readable } = require('stream');
  const fd = new FormData();
  fd.append('field', 'value ✓');
  fd.append('file', new Blob(['file contents'], { type: 'text/plain' }), 'a.txt');
  let r = await axios.post(`${base}/echo`, fd);
  const boundary = /boundary=(.*)$/.exec(r.data.contentType)[1];
  log('multipart type', r.data.contentType.replace(boundary, '<boundary>'));
  log('multipart body', JSON.stringify(r.data.body.split(boundary).join('<boundary>')));

  r = await axios.post(`${base}/echo`, Readable.from(['stream', '-', 'upload']), {
    headers: { 'Content-Type': 'application/octet-stream' },
  });
  log('stream upload', r.data.contentType, r.data.body);
  r = await axios.post(`${base}/echo`, Buffer.from('buffer upload'));
  log('buffer upload', r.data.contentType, r.data.body);
  r = await axios.post(`${base}/echo`, { big: 'x'.repeat(100) }, { maxBodyLength: 1000 });
  log('within maxBodyLength', r.data.body.length);
  try {
    await axios.post(`${base}/echo`, 'y'.repeat(2000), { maxBodyLength: 1000, maxRedirects: 0 });
  } catch (err) {
    log('maxBodyLength', err.code, err.message);
  }

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const keep = axios.create({ baseURL: base, httpAgent: agent });
  const seq = [];
  for (let i = 0; i < 3; i++) seq.push((await keep.get('/echo', { params: { k: i } })).data.query.k);
  log('keep-alive agent', seq.join(','), Object.keys(agent.freeSockets).length);
  agent.destroy();

  r = await axios.get(`${base}/json`, { responseType: 'text' });
  log('responseType text', typeof r.data, r.data);
  r = await axios.get(`${base}/json`, {
    transformResponse: [(data) => JSON.parse(data).list.map((n) => n * 2)],
  });
  log('transformResponse', JSON.stringify(r.data));
  r = await axios.get(`${base}/gzip`, { decompress: false, responseType: 'arraybuffer' });
  log('decompress false', r.headers['content-encoding'], r.data.subarray(0, 2).toString('hex'));
  r = await axios.get(`${base}/echo`, {
    params: { a: [1, 2], b: { c: 'd' } },
    paramsSerializer: { indexes: true },
  });
  log('params serializer', JSON.stringify(r.data.query));
  let redirectSeen = null;
  r = await axios.get(`${base}/redirect`, {
    beforeRedirect: (options) => {
      redirectSeen = options.path;
    },
  });
  log('beforeRedirect', redirectSeen, r.status);
}

async function main() {
  const server = http.createServer(handler);
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const base = `http://127.0.0.1:${server.address().port}`;

  let r = await axios.get(`${base}/json`);
  log('GET json', r.status, r.statusText, JSON.stringify(r.data));
  log('headers', r.headers['content-type'], r.headers['x-custom'], typeof r.headers.get);
  log('config', r.config.method, r.config.url.replace(base, '<base>'));

  r = await axios.post(`${base}/echo`, { a: 1, b: [true, null] });
  log('POST json', JSON.stringify(r.data));

  r = await axios.get(`${base}/echo`, { params: { q: 'a b&c', n: 5, arr: 'x' } });
  log('params', JSON.stringify(r.data.query));

  r = await axios.put(`${base}/echo?z=1`, 'raw=string', {
    headers: { 'X-Req': 'custom-header', 'Content-Type': 'text/plain' },
    auth: { username: 'user', password: 'pa:ss' },
  });
  log('PUT', JSON.stringify(r.data));

  r = await axios.post(`${base}/echo`, new URLSearchParams({ form: 'yes', x: '1 2' }));
  log('form', r.data.contentType, r.data.body);

  r = await axios.delete(`${base}/echo`);
  log('DELETE', r.data.method, JSON.stringify(r.data.body));
  r = await axios.patch(`${base}/echo`, { p: 1 });
  log('PATCH', r.data.method, r.data.body);
  r = await axios.head(`${base}/json`);
  log('HEAD', r.status, JSON.stringify(r.data));

  r = await axios.get(`${base}/text`);
  log('text', typeof r.data, r.data);
  r = await axios.get(`${base}/bytes`, { responseType: 'arraybuffer' });
  log('arraybuffer', Buffer.isBuffer(r.data), r.data.toString('hex'));
  r = await axios.get(`${base}/gzip`);
  log('gzip', JSON.stringify(r.data), r.headers['content-encoding']);
  r = await axios.get(`${base}/redirect`);
  log('redirect', r.status, JSON.stringify(r.data), r.request.path);
  try {
    await axios.get(`${base}/redirect`, { maxRedirects: 0 });
  } catch (err) {
    showError('no redirects', err);
  }

  r = await axios.get(`${base}/stream`, { responseType: 'stream' });
  let streamed = '';
  for await (const chunk of r.data) streamed += chunk;
  log('stream', streamed);

  try {
    await axios.get(`${base}/missing`);
  } catch (err) {
    showError('404', err);
  }
  try {
    await axios.get(`${base}/fail`);
  } catch (err) {
    showError('500', err);
  }
  r = await axios.get(`${base}/missing`, { validateStatus: (s) => s < 500 });
  log('validateStatus', r.status);

  try {
    await axios.get(`${base}/slow`, { timeout: 100 });
  } catch (err) {
    showError('timeout', err);
  }
  try {
    await axios.get(`${base}/slow`, { timeout: 100, timeoutErrorMessage: 'too slow!' });
  } catch (err) {
    showError('timeout message', err);
  }

  const controller = new AbortController();
  const pending = axios.get(`${base}/slow`, { signal: controller.signal });
  setTimeout(() => controller.abort(), 20);
  try {
    await pending;
  } catch (err) {
    log('aborted', err.name, err.code, err.message, axios.isCancel(err));
  }

  const port = await closedPort();
  try {
    await axios.get(`http://127.0.0.1:${port}/`);
  } catch (err) {
    showError('refused', err);
    log('  cause', err.cause && err.cause.code);
  }

  // An instance with defaults and interceptors on both sides.
  const api = axios.create({ baseURL: base, headers: { 'X-Req': 'from-instance' } });
  const reqId = api.interceptors.request.use((config) => {
    config.headers['X-Intercepted'] = 'req-interceptor';
    return config;
  });
  api.interceptors.response.use(
    (res) => {
      res.data.seenByInterceptor = true;
      return res;
    },
    (err) => {
      log('response interceptor saw', err.response && err.response.status);
      return Promise.reject(err);
    },
  );
  r = await api.get('/echo', { params: { i: 1 } });
  log('instance', JSON.stringify(r.data));
  try {
    await api.get('/missing');
  } catch (err) {
    log('instance error', err.code, err.response.status);
  }
  api.interceptors.request.eject(reqId);
  r = await api.get('/echo');
  log('after eject', r.data.fromInterceptor, r.data.custom);

  // A request interceptor that rejects stops the request.
  const guarded = axios.create({ baseURL: base });
  guarded.interceptors.request.use(() => {
    throw new Error('blocked by interceptor');
  });
  try {
    await guarded.get('/json');
  } catch (err) {
    log('request interceptor threw', err.message);
  }

  const all = await Promise.all([1, 2, 3].map((i) => axios.get(`${base}/echo`, { params: { i } })));
  log('parallel', all.map((x) => x.data.query.i).join(','));

  // Bad input is reported, not sent.
  try {
    await axios.get('/relative-only');
  } catch (err) {
    log('relative url', err.name, err.code);
  }
  try {
    await axios({ url: `${base}/json`, method: 'get', responseType: 'json', maxContentLength: 5 });
  } catch (err) {
    log('maxContentLength', err.code, err.message);
  }

  await uploads(base);

  await new Promise((resolve) => server.close(resolve));
  log('done');
}

main().catch((err) => {
  console.log('FAILED', err);
  process.exitCode = 1;
});
