// A server that closes the connection in the middle of the body.
const { serve } = require('./server.helper.cjs');
(async () => {
  const srv = await serve((req, sock) => {
    sock.write('HTTP/1.1 200 OK\r\ncontent-length: 1000\r\n\r\npartial data', () => sock.destroy());
  });
  const res = await fetch(`${srv.base}/`);
  console.log(res.status, res.headers.get('content-length'));
  try {
    await res.text();
    console.log('no error');
  } catch (e) {
    console.log(e.name, e.message, e.cause && e.cause.name, e.cause && e.cause.code, e.cause && e.cause.message);
  }
  const res2 = await fetch(`${srv.base}/`);
  const reader = res2.body.getReader();
  const chunks = [];
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      chunks.push(Buffer.from(value).toString());
    }
  } catch (e) {
    console.log('reader', chunks.join(''), e.name, e.message);
  }
  srv.close();
})();
