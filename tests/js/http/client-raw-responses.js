// The client's parser against hand-made responses: a body that runs to
// EOF, HTTP/1.0, chunked with extensions and trailers, a response sent one
// byte at a time, 1xx before the answer, and malformed responses.
const http = require('http');
const net = require('net');
const responses = {
  eof: 'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody until the end',
  http10: 'HTTP/1.0 201 Created\r\nX-Old: yes\r\n\r\nold body',
  chunked: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n3;ext=1\r\nabc\r\nA\r\n0123456789\r\n0\r\nX-T: t\r\n\r\n',
  bytewise: 'HTTP/1.1 200 Fine Thanks\r\nContent-Length: 5\r\nX-A: a\r\nConnection: close\r\n\r\nhello',
  info: 'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok',
  badStatus: 'HTTP/1.1 2x0 OK\r\n\r\n',
  badVersion: 'HTTZ/1.1 200 OK\r\n\r\n',
  badChunk: 'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n',
  short: 'HTTP/1.1 200 OK\r\nContent-Length: 50\r\nConnection: close\r\n\r\nonly this',
};
const server = net.createServer((s) => {
  s.once('data', (d) => {
    const name = d.toString().split(' ')[1].slice(1);
    const text = responses[name];
    if (name === 'bytewise') {
      let i = 0;
      const tick = () => {
        if (i < text.length) { s.write(text[i++]); setTimeout(tick, 1); } else s.end();
      };
      tick();
    } else {
      s.end(text);
    }
  });
  s.on('error', () => {});
});
function get(name) {
  return new Promise((resolve) => {
    const ev = [];
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path: `/${name}`, agent: false }, (res) => {
      ev.push(`response ${res.httpVersion} ${res.statusCode} ${JSON.stringify(res.statusMessage)} ${JSON.stringify(res.rawHeaders)}`);
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => ev.push(`end ${JSON.stringify(body)} complete=${res.complete} trailers=${JSON.stringify(res.trailers)}`));
      res.on('aborted', () => ev.push(`aborted ${JSON.stringify(body)}`));
      res.on('error', (e) => ev.push(`res error ${e.code} ${e.message}`));
    });
    req.on('information', (info) => ev.push(`information ${info.statusCode} ${info.statusMessage} ${JSON.stringify(info.headers)}`));
    req.on('error', (e) => ev.push(`error ${e.code}`));
    req.on('close', () => setTimeout(() => {
      console.log(name);
      for (const e of ev) console.log(`  ${e}`);
      resolve();
    }, 20));
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const name of Object.keys(responses)) await get(name);
  server.close();
});
