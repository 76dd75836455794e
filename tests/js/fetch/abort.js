// AbortSignal: before the request, while waiting for the head, mid-body,
// and AbortSignal.timeout-like reasons.
const { serve } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    if (req.path === '/slow-head') return; // never answers; closed by the client
    sock.write('HTTP/1.1 200 OK\r\ncontent-length: 100\r\nconnection: close\r\n\r\nfirst part;');
    // the rest never comes
  });
  const pre = new AbortController();
  pre.abort();
  try { await fetch(`${srv.base}/x`, { signal: pre.signal }); } catch (e) { console.log('pre', e.name, e.message, e.code); }
  const custom = new AbortController();
  custom.abort(new Error('my reason'));
  try { await fetch(`${srv.base}/x`, { signal: custom.signal }); } catch (e) { console.log('custom', e.name, e.message); }

  const head = new AbortController();
  const p = fetch(`${srv.base}/slow-head`, { signal: head.signal });
  setTimeout(() => head.abort(), 50);
  try { await p; } catch (e) { console.log('head', e.name, e.message, e instanceof DOMException); }

  const mid = new AbortController();
  const res = await fetch(`${srv.base}/mid`, { signal: mid.signal });
  const reader = res.body.getReader();
  const first = await reader.read();
  console.log('got', Buffer.from(first.value).toString());
  mid.abort();
  try { await reader.read(); } catch (e) { console.log('mid', e.name, e.message); }

  const req = new Request(`${srv.base}/slow-head`, { signal: AbortSignal.abort('plain') });
  try { await fetch(req); } catch (e) { console.log('request signal', e); }
  srv.close();
})();
