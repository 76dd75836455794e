// Ending a request early: abort() (no error), destroy() (socket hang up),
// destroy(err), and an AbortSignal (AbortError), before and after the
// response.
const http = require('http');
const server = http.createServer((req, res) => {
  res.writeHead(200);
  res.write('start');
  req.on('close', () => console.log('server saw close of', req.url));
});
function track(req, label, done) {
  const ev = [];
  req.on('socket', () => ev.push('socket'));
  req.on('abort', () => ev.push('abort'));
  req.on('error', (e) => ev.push(`error ${e.name} ${e.code} ${e.message}`));
  req.on('close', () => {
    ev.push('close');
    console.log(label, ev.join(' | '), req.destroyed, req.aborted);
    done();
  });
  return ev;
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const opts = { port, host: '127.0.0.1', agent: false };
  const steps = [
    (next) => { const r = http.get({ ...opts, path: '/abort-now' }); track(r, 'abort now', next); r.abort(); },
    (next) => { const r = http.get({ ...opts, path: '/destroy-now' }); track(r, 'destroy now', next); r.destroy(); },
    (next) => { const r = http.get({ ...opts, path: '/destroy-err' }); track(r, 'destroy err', next); r.destroy(new Error('mine')); },
    (next) => {
      const ac = new AbortController();
      const r = http.get({ ...opts, path: '/signal', signal: ac.signal });
      track(r, 'signal', next);
      r.on('response', (res) => { res.on('data', () => {}); res.on('error', (e) => console.log('res error', e.code)); ac.abort(); });
    },
    (next) => {
      const r = http.get({ ...opts, path: '/after-response' });
      const ev = track(r, 'after response', next);
      r.on('response', (res) => {
        res.on('aborted', () => ev.push('res aborted'));
        res.on('error', (e) => ev.push(`res error ${e.code} ${e.message}`));
        res.once('data', (d) => { ev.push(`data ${d}`); r.destroy(); });
      });
    },
    (next) => {
      const ac = new AbortController();
      ac.abort();
      const r = http.get({ ...opts, path: '/pre-aborted', signal: ac.signal });
      track(r, 'pre-aborted', next);
    },
  ];
  const run = () => {
    const step = steps.shift();
    if (step) step(() => setTimeout(run, 30));
    else server.close();
  };
  run();
});
