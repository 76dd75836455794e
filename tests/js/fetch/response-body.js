// Reading the response body: json, arrayBuffer, blob, bytes, a stream
// reader across many chunks, and clone().
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    if (req.path === '/json') return reply(sock, 200, 'OK', [['content-type', 'application/json']], '{"a":[1,2,3],"b":"c"}');
    if (req.path === '/big') {
      const body = Buffer.alloc(300000, 'z');
      sock.write(`HTTP/1.1 200 OK\r\ncontent-length: ${body.length}\r\nconnection: close\r\n\r\n`);
      let at = 0;
      const more = () => {
        if (at >= body.length) return sock.end();
        sock.write(body.subarray(at, at + 50000), more);
        at += 50000;
      };
      return more();
    }
    if (req.path === '/bad-json') return reply(sock, 200, 'OK', [], '{nope');
    reply(sock, 200, 'OK', [['content-type', 'text/x-thing']], 'abcdef');
  });
  const j = await fetch(`${srv.base}/json`);
  console.log(await j.json());
  const ab = await (await fetch(`${srv.base}/t`)).arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength, Buffer.from(ab).toString());
  const blob = await (await fetch(`${srv.base}/t`)).blob();
  console.log(blob.type, blob.size, await blob.text());
  const bytes = await (await fetch(`${srv.base}/t`)).bytes();
  console.log(bytes instanceof Uint8Array, bytes.length);
  const big = await fetch(`${srv.base}/big`);
  const reader = big.body.getReader();
  let total = 0;
  let allZ = true;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    total += value.length;
    if (value.some((b) => b !== 122)) allZ = false;
  }
  console.log('streamed', total, allZ, big.bodyUsed);
  const orig = await fetch(`${srv.base}/t`);
  const copy = orig.clone();
  console.log(await orig.text(), await copy.text(), copy.status, copy.headers.get('content-type'));
  try { orig.clone(); } catch (e) { console.log(e.name, e.message); }
  try { await (await fetch(`${srv.base}/bad-json`)).json(); } catch (e) { console.log(e.name); }
  const iter = await fetch(`${srv.base}/t`);
  const parts = [];
  for await (const chunk of iter.body) parts.push(Buffer.from(chunk).toString());
  console.log(parts.join(''));
  srv.close();
})();
