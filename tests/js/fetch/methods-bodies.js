// Request bodies of every kind, with the content-type and length they imply.
const { serve, reply } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    const h = req.headers;
    reply(sock, 200, 'OK', [], JSON.stringify({
      method: req.method, type: h['content-type'] || null, length: h['content-length'] || null,
      chunked: h['transfer-encoding'] || null, body: req.body.toString(),
    }));
  });
  const bodies = [
    ['string', 'plain text'],
    ['buffer', Buffer.from('from a buffer')],
    ['uint8', new Uint8Array([104, 105])],
    ['dataview', new DataView(new Uint8Array([65, 66, 67]).buffer)],
    ['arraybuffer', new Uint8Array([120, 121, 122]).buffer],
    ['params', new URLSearchParams({ a: '1', b: 'two words' })],
    ['blob', new Blob(['blob body'], { type: 'application/x-blob' })],
    ['untyped blob', new Blob(['nameless'])],
    ['number', 12345],
    ['empty', ''],
  ];
  for (const [label, body] of bodies) {
    const res = await fetch(`${srv.base}/echo`, { method: 'POST', body });
    console.log(label, await res.text());
  }
  for (const method of ['put', 'PATCH', 'delete', 'options']) {
    const res = await fetch(`${srv.base}/m`, { method, body: method === 'options' ? undefined : 'x' });
    console.log(method, (await res.json()).method);
  }
  const res = await fetch(`${srv.base}/typed`, { method: 'POST', body: 'data', headers: { 'content-type': 'text/custom' } });
  console.log('explicit type', (await res.json()).type);
  const none = await fetch(`${srv.base}/none`, { method: 'POST' });
  console.log('no body', await none.text());
  srv.close();
})();
