// Responses ended with end(string) go out as one socket write (head, body,
// chunk framing and trailers together); the bytes on the wire, the order of
// the callbacks and events, and the socket idle timer (re-armed lazily on
// activity) must be what node does.
'use strict';
const http = require('http');
const net = require('net');

const cases = [
  ['writeHead then utf8', (req, res) => { res.writeHead(200, { 'Content-Type': 'text/plain' }); res.end('h\u00e9llo w\u00f6rld \u2713'); }],
  ['latin1 body', (req, res) => { res.writeHead(200); res.end('latin1 \xe9', 'latin1'); }],
  ['latin1 beyond 0xff', (req, res) => { res.writeHead(200); res.end('\u0100 high \u20ac', 'latin1'); }],
  ['trailers', (req, res) => { res.writeHead(200, { Trailer: 'X-T' }); res.addTrailers({ 'X-T': 'v\xe9' }); res.end('with trailer'); }],
  ['implicit head', (req, res) => { res.end('implicit head \u2713'); }],
  ['204 drops the body', (req, res) => { res.writeHead(204); res.end('no body'); }],
  ['write then end', (req, res) => { res.write('a'); res.end('b'); }],
  ['content-length set', (req, res) => { res.setHeader('Content-Length', 3); res.end('abc'); }],
  ['end callback', (req, res) => {
    res.writeHead(200, { 'Content-Length': 2 });
    res.on('finish', () => console.log('  finish event'));
    res.end('xy', () => console.log('  end callback'));
  }],
  ['hex encoding', (req, res) => { res.end('6869', 'hex'); }],
  ['empty string', (req, res) => { res.writeHead(200); res.end(''); }],
  ['lone surrogate', (req, res) => { res.writeHead(200); res.end('lone \ud800 x'); }],
  ['lone surrogate, implicit head', (req, res) => { res.end('lone2 \udc00'); }],
  ['replacement char', (req, res) => { res.writeHead(200); res.end('has \ufffd repl'); }],
  ['corked socket', (req, res) => { res.writeHead(200); res.socket.cork(); res.end('corked'); }],
  ['HEAD', (req, res) => { res.writeHead(200, { 'X-M': req.method }); res.end('not sent'); }],
  ['end after end', (req, res) => {
    res.on('error', (err) => console.log('  error event:', err.code));
    res.end('first');
    res.end('second', (err) => console.log('  second end:', err && err.code));
  }],
];

let index = 0;
const server = http.createServer((req, res) => {
  const [name, handler] = cases[index++];
  console.log(`${index} ${name}: ${req.method} ${req.url}`);
  res.on('close', () => console.log(`  close ${req.url}`));
  res.on('finish', () => setImmediate(next));
  handler(req, res);
});

let client;
let sent = 0;
function next() {
  if (sent === cases.length) {
    client.end();
    return;
  }
  const method = cases[sent][0] === 'HEAD' ? 'HEAD' : 'GET';
  client.write(`${method} /${++sent} HTTP/1.1\r\nHost: x\r\n\r\n`);
}

server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1');
  let out = '';
  client.setEncoding('latin1');
  client.on('data', (d) => { out += d; });
  client.on('end', () => {
    for (const message of out.replace(/Date: [^\r]*/g, 'Date: <date>').split('HTTP/1.1 ').slice(1)) {
      console.log(JSON.stringify(`HTTP/1.1 ${message}`));
    }
    server.close(timers);
  });
  next();
});

// The socket idle timer: activity pushes it back, setTimeout(0) disarms it,
// a shorter timeout replaces a longer one, keepAliveTimeout closes an idle
// keep-alive connection.
function timers() {
  const srv = net.createServer((s) => s.on('data', () => {}));
  srv.listen(0, '127.0.0.1', async () => {
    const port = srv.address().port;
    const wait = (ms) => new Promise((r) => setTimeout(r, ms));
    const open = () => new Promise((r) => { const s = net.connect(port, '127.0.0.1', () => r(s)); });

    let s = await open();
    let timedOut = false;
    s.setTimeout(400, () => { timedOut = true; });
    for (let i = 0; i < 6; i++) {
      await wait(40);
      s.write('x');
    }
    console.log('timed out during activity:', timedOut);
    await new Promise((r) => s.once('timeout', r));
    console.log('timed out once idle:', s.timeout);
    s.destroy();

    s = await open();
    s.setTimeout(60, () => console.log('disarmed timer fired'));
    s.setTimeout(0);
    await wait(250);
    console.log('after setTimeout(0): no timeout');
    s.setTimeout(40);
    await new Promise((r) => s.once('timeout', r));
    console.log('re-armed timeout fired');
    s.destroy();

    s = await open();
    const marker = setTimeout(() => console.log('marker (500 ms)'), 500);
    s.setTimeout(5000);
    s.setTimeout(30, () => {
      console.log('shorter timeout fired first');
      s.destroy();
    });
    await wait(600);
    clearTimeout(marker);
    srv.close(keepAlive);
  });
}

function keepAlive() {
  const srv = http.createServer((req, res) => res.end('ok'));
  srv.keepAliveTimeout = 150;
  srv.listen(0, '127.0.0.1', () => {
    const s = net.connect(srv.address().port, '127.0.0.1');
    s.setEncoding('latin1');
    let got = '';
    s.on('data', (d) => { got += d; });
    s.on('end', () => {
      console.log('idle keep-alive connection ended by the server, response ok:', got.endsWith('\r\n\r\nok'));
      s.destroy();
      srv.close(() => console.log('done'));
    });
    s.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
}
