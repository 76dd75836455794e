// How fetch fails: a refused connection, bad URLs, bad schemes, bad
// methods and bodies, closed servers.
const net = require('net');
const { show } = require('./server.helper.cjs');
(async () => {
  // A port that was just free: nothing listens there now.
  const port = await new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
  const refused = await fetch(`http://127.0.0.1:${port}/`).catch((e) => e);
  show('refused', refused);
  console.log(refused instanceof TypeError, refused.cause.syscall, refused.cause.errno, refused.cause.address, refused.cause.port === port);
  for (const url of ['not a url', '/relative', 'http://', '']) {
    try { await fetch(url); } catch (e) { console.log(JSON.stringify(url), e.name, e.message, e.cause && e.cause.code); }
  }
  try { await fetch('ftp://example.invalid/file'); } catch (e) { show('ftp', e); }
  try { await fetch('http://user:pw@127.0.0.1/'); } catch (e) { console.log(e.name, e.message); }
  for (const method of ['CONNECT', 'trace', 'bad method', 'track']) {
    try { await fetch('http://127.0.0.1/', { method }); } catch (e) { console.log(e.name, e.message); }
  }
  try { await fetch('http://127.0.0.1/', { method: 'GET', body: 'x' }); } catch (e) { console.log(e.name, e.message); }
  try { await fetch('http://127.0.0.1/', { method: 'HEAD', body: 'x' }); } catch (e) { console.log(e.name, e.message); }
  try { await fetch(); } catch (e) { console.log(e.name, e.message); }
  try { await fetch('http://127.0.0.1/', { signal: 'nope' }); } catch (e) { console.log(e.name, e.message); }
})();
