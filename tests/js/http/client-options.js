// What the client sends: url strings, URL objects and options merged,
// Host with and without the default port, setHost: false, headers as an
// array, auth, method case; argument errors.
const http = require('http');
const net = require('net');
function tryIt(label, fn) {
  try { fn(); console.log(label, 'ok'); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
}
tryIt('https protocol', () => http.request({ protocol: 'https:' }));
tryIt('bad path', () => http.request({ path: '/a b' }));
tryIt('bad method', () => http.request({ method: 'G T' }));
tryIt('method type', () => http.request({ method: 5 }));
tryIt('agent type', () => http.request({ agent: 5 }));
tryIt('timeout type', () => http.request({ timeout: 'x' }));
tryIt('bad url', () => http.request('::'));
tryIt('host type', () => http.request({ host: 5 }));
tryIt('bad header', () => http.request({ headers: { 'a b': 1 } }));
const heads = [];
const server = net.createServer((s) => {
  let got = '';
  s.setEncoding('latin1');
  s.on('data', (d) => {
    got += d;
    const end = got.indexOf('\r\n\r\n');
    if (end === -1) return;
    heads.push(got.slice(0, end));
    got = '';
    s.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});
function send(makeReq) {
  return new Promise((resolve) => {
    const req = makeReq((res) => { res.resume(); res.on('end', resolve); });
    req.on('error', (e) => { console.log('error', e.message); resolve(); });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  await send((cb) => http.get(`${base}/str?q=1#frag`, cb));
  await send((cb) => http.get(new URL(`${base}/url`), { headers: { 'X-Extra': 'e' } }, cb));
  await send((cb) => http.get(`${base}/merged`, { path: '/override', method: 'delete' }, cb));
  await send((cb) => http.get({ host: '127.0.0.1', port, path: '/nohost', setHost: false }, cb));
  await send((cb) => http.get({ host: '127.0.0.1', port, path: '/array', headers: ['X-A', '1', 'X-A', '2', 'Host', 'h'] }, cb));
  await send((cb) => http.get({ host: '127.0.0.1', port, path: '/auth', auth: 'user:pass' }, cb));
  await send((cb) => http.get({ hostname: '127.0.0.1', host: 'ignored', port, path: '/hostname', defaultPort: port }, cb));
  await send((cb) => {
    const r = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/post' }, cb);
    r.setHeader('X-Set', 'v');
    console.log('getHeader', r.getHeader('x-set'), r.getHeader('host').replace(`:${port}`, ':PORT'), r.hasHeader('X-SET'));
    r.removeHeader('x-set');
    console.log('headers', JSON.stringify(r.getHeaders()).replace(`:${port}`, ':PORT'), r.path, r.method, r.host, r.protocol);
    r.end('body');
    return r;
  });
  for (const h of heads) console.log(JSON.stringify(h.replace(`:${port}`, ':PORT')));
  server.close();
});
