// Request bodies: content-length and chunked, large bodies in several
// chunks, setEncoding, async iteration, pipe into a response.
const http = require('http');
const crypto = require('crypto');
const big = Buffer.alloc(300000, 'abcdefghij');
const server = http.createServer(async (req, res) => {
  if (req.url === '/echo') {
    req.pipe(res);
    return;
  }
  const h = crypto.createHash('sha256');
  let n = 0;
  let chunks = 0;
  for await (const chunk of req) { h.update(chunk); n += chunk.length; chunks++; }
  console.log('server', req.url, req.headers['content-length'], req.headers['transfer-encoding'], n, chunks > 1, h.digest('hex').slice(0, 16));
  res.end(String(n));
});
function post(path, body, headers, cb) {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', path, headers }, (res) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { text += d; });
    res.on('end', () => cb(res, text));
  });
  if (Array.isArray(body)) { for (const b of body) req.write(b); req.end(); } else req.end(body);
}
server.listen(0, '127.0.0.1', () => {
  post('/len', big, { 'Content-Length': big.length }, (res, text) => {
    console.log('len ->', res.statusCode, text);
    post('/chunked', [big, big], {}, (res2, text2) => {
      console.log('chunked ->', res2.statusCode, text2);
      post('/echo', ['one ', 'two ', 'three'], {}, (res3, text3) => {
        console.log('echo ->', res3.statusCode, res3.headers['transfer-encoding'], text3);
        post('/empty', undefined, {}, (res4, text4) => {
          console.log('empty ->', text4);
          server.close();
        });
      });
    });
  });
});
