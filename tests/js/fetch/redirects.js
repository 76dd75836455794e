// redirect: 'follow' (status and method rules, the 20 limit), 'manual', 'error'.
const { serve, reply, show } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    const m = req.path.match(/^\/r(\d+)\/(\d+)$/);
    if (m) return reply(sock, Number(m[1]), 'Redirect', [['location', `/final?from=${m[1]}&n=${m[2]}`]]);
    const loop = req.path.match(/^\/loop\/(\d+)$/);
    if (loop) return reply(sock, 302, 'Found', [['location', `/loop/${Number(loop[1]) + 1}`]]);
    if (req.path === '/abs') return reply(sock, 301, 'Moved Permanently', [['location', `http://127.0.0.1:${sock.localPort}/final?abs`]]);
    reply(sock, 200, 'OK', [], `${req.method} ${req.path} body=${req.body.toString() || '-'} type=${req.headers['content-type'] || '-'}`);
  });
  for (const status of [301, 302, 303, 307, 308]) {
    const res = await fetch(`${srv.base}/r${status}/1`, { method: 'POST', body: 'payload' });
    console.log(status, res.status, res.redirected, new URL(res.url).search, await res.text());
  }
  const get = await fetch(`${srv.base}/r303/2`);
  console.log('get 303', await get.text());
  const abs = await fetch(`${srv.base}/abs`);
  console.log('absolute', abs.redirected, await abs.text());
  const twenty = await fetch(`${srv.base}/loop/0`).catch((e) => e);
  show('loop', twenty);
  const manual = await fetch(`${srv.base}/r302/3`, { redirect: 'manual' });
  console.log('manual', manual.status, manual.redirected, manual.headers.get('location'), manual.type);
  try {
    await fetch(`${srv.base}/r307/4`, { redirect: 'error' });
  } catch (e) { show('error', e); }
  try {
    await fetch(`${srv.base}/r307/4`, { redirect: 'sideways' });
  } catch (e) { console.log(e.name, e.message); }
  const head = await fetch(`${srv.base}/r303/5`, { method: 'HEAD' });
  console.log('head', head.status, head.body);
  srv.close();
})();
