// A ReadableStream request body (needs duplex: 'half') is sent chunked.
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    reply(sock, 200, 'OK', [], `${req.headers['transfer-encoding']} ${req.body.length} ${req.body.toString().slice(0, 30)}`);
  });
  const enc = new TextEncoder();
  let n = 0;
  const stream = new ReadableStream({
    pull(c) {
      if (n === 5) { c.close(); return; }
      c.enqueue(enc.encode(`part${n++};`));
    },
  });
  const res = await fetch(`${srv.base}/up`, { method: 'POST', body: stream, duplex: 'half' });
  console.log(await res.text());
  // A large streamed body in many chunks.
  let sent = 0;
  const big = new ReadableStream({
    pull(c) {
      if (sent >= 200) { c.close(); return; }
      sent++;
      c.enqueue(new Uint8Array(1000).fill(97));
    },
  });
  const res2 = await fetch(`${srv.base}/big`, { method: 'PUT', body: big, duplex: 'half' });
  console.log((await res2.text()).split(' ').slice(0, 2).join(' '));
  try {
    await fetch(`${srv.base}/x`, { method: 'POST', body: new ReadableStream() });
  } catch (e) { console.log(e.name, e.message); }
  srv.close();
})();
