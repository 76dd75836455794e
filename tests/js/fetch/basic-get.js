// GET: status, statusText, ok, headers, url, type, redirected, text().
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    const h = req.headers;
    reply(sock, 200, 'OK', [['Content-Type', 'text/plain'], ['X-Method', req.method], ['X-Path', req.path],
      ['X-Accept', h.accept], ['X-UA', h['user-agent']], ['X-Custom', h['x-custom'] || 'none']], 'hello fetch');
  });
  const res = await fetch(`${srv.base}/a/b?x=1&y=2`, { headers: { 'X-Custom': 'yes' } });
  console.log(res.status, res.statusText, res.ok, res.type, res.redirected);
  console.log(res.url.replace(String(srv.port), 'PORT'));
  console.log(res.headers.get('content-type'), res.headers.get('x-method'), res.headers.get('x-path'));
  console.log(res.headers.get('x-accept'), res.headers.get('x-ua'), res.headers.get('x-custom'));
  console.log(res.headers.get('content-length'), res.headers.has('X-METHOD'), res.headers.get('missing'));
  console.log(res.bodyUsed, typeof res.body, res.body instanceof ReadableStream);
  console.log(await res.text());
  console.log(res.bodyUsed);
  try { await res.text(); } catch (e) { console.log(e.name, e.message); }
  try { res.headers.set('a', 'b'); } catch (e) { console.log(e.name, e.message); }
  srv.close();
})();
