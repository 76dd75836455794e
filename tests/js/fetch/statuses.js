// Status codes and bodies: 404, 500, 204, HEAD, set-cookie, duplicate headers.
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    const code = Number(req.path.slice(1)) || 200;
    if (code === 204 || code === 304) {
      return sock.end(`HTTP/1.1 ${code} ${code === 204 ? 'No Content' : 'Not Modified'}\r\nconnection: close\r\n\r\n`);
    }
    const reasons = { 200: 'OK', 201: 'Created', 404: 'Not Found', 418: "I'm a Teapot", 500: 'Internal Server Error', 503: 'Service Unavailable' };
    reply(sock, code, reasons[code], [['set-cookie', 'a=1; Path=/'], ['set-cookie', 'b=2'], ['x-dup', 'one'], ['x-dup', 'two']], `status ${code}`);
  });
  for (const code of [200, 201, 204, 304, 404, 418, 500, 503]) {
    const res = await fetch(`${srv.base}/${code}`);
    const body = res.body === null ? null : await res.text();
    console.log(code, res.status, res.statusText, res.ok, JSON.stringify(body));
  }
  const res = await fetch(`${srv.base}/200`);
  console.log(res.headers.getSetCookie(), res.headers.get('set-cookie'), res.headers.get('x-dup'));
  // (hop-by-hop 'connection' is left out: the host's HTTP client drops it)
  console.log([...res.headers.keys()].filter((k) => k !== 'connection'));
  const head = await fetch(`${srv.base}/200`, { method: 'HEAD' });
  console.log('head', head.status, head.body, head.headers.get('content-length'));
  srv.close();
})();
