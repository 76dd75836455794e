// ws: a WebSocketServer and a ws client in one process, over loopback.
// Text and binary echo, a 1.5 MiB message, ping/pong, close codes and
// reasons, a refused connection, verifyClient and a rejected upgrade.
const http = require('http');
const net = require('net');
const { WebSocketServer, WebSocket } = require('ws');

const log = (...a) => console.log(...a);

// Server-side events are collected and printed at fixed points, so their
// order relative to the client's events cannot depend on scheduling.
let serverEvents = [];
let serverClosed = null;
const slog = (...a) => serverEvents.push(a.join(' '));
function expectServerClose() {
  return new Promise((resolve) => (serverClosed = resolve));
}
function flushServer() {
  for (const e of serverEvents) log('  server:', e);
  serverEvents = [];
}

function once(emitter, event) {
  return new Promise((resolve) => emitter.once(event, (...args) => resolve(args)));
}

// A port that nothing listens on: listen, note the port, close.
async function closedPort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address();
  await new Promise((r) => s.close(r));
  return port;
}

async function echoServer() {
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    clientTracking: true,
    verifyClient: (info, cb) => {
      // A token in the URL decides; the 401 carries a custom header.
      if (info.req.url.includes('token=good')) cb(true);
      else cb(false, 401, 'Unauthorized', { 'X-Reason': 'bad token' });
    },
  });
  await once(wss, 'listening');
  wss.on('connection', (ws, req) => {
    slog('connection', req.url, 'protocol', JSON.stringify(ws.protocol));
    ws.on('message', (data, isBinary) => {
      if (!isBinary && data.toString() === 'close-me') {
        ws.close(4001, 'server says bye');
        return;
      }
      if (!isBinary && data.toString() === 'terminate-me') {
        ws.terminate();
        return;
      }
      ws.send(data, { binary: isBinary });
    });
    ws.on('ping', (d) => slog('ping', d.toString()));
    ws.on('close', (code, reason) => {
      slog('close', code, JSON.stringify(reason.toString()));
      if (serverClosed) serverClosed();
    });
  });
  return wss;
}

function nextMessage(ws) {
  return once(ws, 'message').then(([data, isBinary]) => ({ data, isBinary }));
}

async function basics(port) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/chat?token=good`, ['p1', 'p2']);
  log('client readyState before open', ws.readyState, WebSocket.CONNECTING);
  await once(ws, 'open');
  log('client open', ws.readyState === WebSocket.OPEN, 'protocol', ws.protocol, 'extensions', JSON.stringify(ws.extensions));
  log('url path', new URL(ws.url).pathname);

  ws.send('hello');
  let m = await nextMessage(ws);
  log('text echo', m.isBinary, m.data.toString());

  ws.send(Buffer.from([0, 1, 2, 254, 255]));
  m = await nextMessage(ws);
  log('binary echo', m.isBinary, Buffer.isBuffer(m.data), m.data.toString('hex'));

  ws.send(new Uint8Array([9, 8, 7]));
  m = await nextMessage(ws);
  log('uint8array echo', m.isBinary, m.data.toString('hex'));

  ws.send('héllo wörld ✓ 😀');
  m = await nextMessage(ws);
  log('unicode echo', m.data.toString(), m.data.length);

  // 1.5 MiB of a repeating pattern: fragmented on the wire, reassembled here.
  const pattern = Buffer.alloc(256);
  for (let i = 0; i < 256; i++) pattern[i] = (i * 31) & 0xff;
  const big = Buffer.alloc(1536 * 1024, pattern);
  ws.send(big);
  m = await nextMessage(ws);
  log('big echo', m.data.length, m.data.equals(big));

  const bigText = 'abcdefghij'.repeat(120000);
  ws.send(bigText);
  m = await nextMessage(ws);
  log('big text echo', m.data.length, m.data.toString() === bigText);

  // Many small messages keep their order.
  const got = [];
  const done = new Promise((resolve) => {
    const onMsg = (d) => {
      got.push(d.toString());
      if (got.length === 50) {
        ws.off('message', onMsg);
        resolve();
      }
    };
    ws.on('message', onMsg);
  });
  for (let i = 0; i < 50; i++) ws.send(`m${i}`);
  await done;
  log('ordered', got.every((v, i) => v === `m${i}`), got.length);

  ws.ping('are you there');
  const [pong] = await once(ws, 'pong');
  log('client: pong', pong.toString());

  // The binaryType decides what arrives.
  ws.binaryType = 'arraybuffer';
  ws.send(Buffer.from('ab'));
  m = await nextMessage(ws);
  log('arraybuffer', m.data instanceof ArrayBuffer, m.data.byteLength);
  ws.binaryType = 'fragments';
  ws.send(Buffer.from('cd'));
  m = await nextMessage(ws);
  log('fragments', Array.isArray(m.data), m.data.length);
  ws.binaryType = 'nodebuffer';

  log('bufferedAmount', ws.bufferedAmount);
  const sc = expectServerClose();
  ws.close(1000, 'client done');
  log('readyState closing', ws.readyState === WebSocket.CLOSING);
  const [code, reason] = await once(ws, 'close');
  log('client close', code, reason.toString(), ws.readyState === WebSocket.CLOSED);
  await sc;
  flushServer();

  // Sending after close reports an error through the callback.
  await new Promise((resolve) =>
    ws.send('late', (err) => {
      log('send after close', err && err.message);
      resolve();
    }),
  );
}

async function serverClose(port) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?token=good`);
  await once(ws, 'open');
  let sc = expectServerClose();
  ws.send('close-me');
  const [code, reason] = await once(ws, 'close');
  log('server-initiated close', code, reason.toString());
  await sc;
  flushServer();

  const ws2 = new WebSocket(`ws://127.0.0.1:${port}/?token=good`);
  await once(ws2, 'open');
  sc = expectServerClose();
  ws2.send('terminate-me');
  const [code2, reason2] = await once(ws2, 'close');
  log('terminated', code2, JSON.stringify(reason2.toString()));
  await sc;
  flushServer();
}

async function badClose(port) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?token=good`);
  await once(ws, 'open');
  for (const [code, reason] of [[999, ''], [1005, ''], [1000, 'x'.repeat(124)]]) {
    try {
      ws.close(code, reason);
      log('close accepted', code);
    } catch (err) {
      log('close error', err.name, err.message);
    }
  }
  const sc = expectServerClose();
  ws.close(3000, '€'.repeat(41));
  const [code, reason] = await once(ws, 'close');
  log('custom close', code, reason.toString().length);
  await sc;
  flushServer();
}

async function rejected(port) {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?token=bad`);
  const res = await new Promise((resolve) => {
    ws.on('unexpected-response', (req, response) => resolve(response));
    ws.on('open', () => resolve(null));
  });
  log('rejected status', res.statusCode, res.statusMessage, res.headers['x-reason']);
  let body = '';
  res.setEncoding('utf8');
  for await (const chunk of res) body += chunk;
  log('rejected body', JSON.stringify(body));
  ws.on('error', (e) => log('terminate before open', e.message));
  ws.terminate();
  await once(ws, 'close');

  // Without an unexpected-response listener the client emits an error.
  const ws2 = new WebSocket(`ws://127.0.0.1:${port}/?token=bad`);
  const closed2 = once(ws2, 'close');
  const [err] = await once(ws2, 'error');
  log('rejected error', err.message);
  const [code2] = await closed2;
  log('rejected close', code2);
}

async function refused() {
  const port = await closedPort();
  const ws = new WebSocket(`ws://127.0.0.1:${port}/`);
  const closed = once(ws, 'close');
  const [err] = await once(ws, 'error');
  log('refused', err.code, err.syscall, err.name);
  const [code] = await closed;
  log('refused close', code, ws.readyState === WebSocket.CLOSED);
}

function invalidUrls() {
  for (const url of ['ftp://x', 'not a url', 'ws://127.0.0.1:1/#frag']) {
    try {
      new WebSocket(url);
      log('url ok', url);
    } catch (err) {
      log('url error', err.name, err.message);
    }
  }
}

// noServer mode: the app owns the http server and hands upgrades to ws.
async function noServer() {
  const wss = new WebSocketServer({ noServer: true });
  const server = http.createServer((req, res) => res.end('plain http'));
  server.on('upgrade', (req, socket, head) => {
    if (req.headers['x-deny']) {
      socket.write('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      ws.send(`welcome ${req.url}`);
      ws.close(1001, 'going away');
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address();

  const ws = new WebSocket(`ws://127.0.0.1:${port}/room/1`);
  const [data] = await once(ws, 'message');
  log('noServer message', data.toString());
  const [code, reason] = await once(ws, 'close');
  log('noServer close', code, reason.toString());

  const denied = new WebSocket(`ws://127.0.0.1:${port}/`, { headers: { 'x-deny': '1' } });
  const res = await new Promise((resolve) => denied.on('unexpected-response', (req, r) => resolve(r)));
  log('denied status', res.statusCode);
  denied.on('error', (e) => log('denied terminate', e.message));
  denied.terminate();
  await once(denied, 'close');

  const body = await new Promise((resolve) =>
    http.get(`http://127.0.0.1:${port}/`, (r) => {
      let b = '';
      r.on('data', (c) => (b += c));
      r.on('end', () => resolve(b));
    }),
  );
  log('plain http alongside', body);
  await new Promise((r) => server.close(r));
}

// permessage-deflate on both sides: messages over the threshold travel
// compressed (zlib raw deflate with context takeover) and come back intact.
async function deflate() {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: { threshold: 64 } });
  await once(wss, 'listening');
  wss.on('connection', (s) => s.on('message', (d, isBinary) => s.send(d, { binary: isBinary })));
  const ws = new WebSocket(`ws://127.0.0.1:${wss.address().port}/`, { perMessageDeflate: true });
  await once(ws, 'open');
  log('deflate extensions', ws.extensions);
  const payloads = ['tiny', 'repeat '.repeat(20000), Buffer.alloc(300000, 7), 'repeat '.repeat(20000) + 'end'];
  for (const p of payloads) {
    ws.send(p);
    const m = await nextMessage(ws);
    log('deflate echo', m.isBinary, m.data.length, Buffer.from(p).equals(m.data));
  }
  ws.close();
  await once(ws, 'close');
  await new Promise((r) => wss.close(r));
}

// A server sharing an http server (by path), protocol negotiation, a
// payload limit (1009), broadcast to all clients, and the stream wrapper.
async function sharedServer() {
  const { createWebSocketStream } = require('ws');
  const server = http.createServer((req, res) => res.end('http'));
  const wss = new WebSocketServer({
    server,
    path: '/ws',
    maxPayload: 1024,
    handleProtocols: (protocols) => (protocols.has('b') ? 'b' : false),
  });
  const events = [];
  wss.on('connection', (s) => {
    s.on('message', (d) => {
      if (d.toString() === 'broadcast') {
        for (const c of wss.clients) c.send(`to all (${wss.clients.size})`);
      } else {
        s.send(d);
      }
    });
    s.on('error', (e) => events.push(`server error ${e.code} ${e.message}`));
    s.on('close', (code) => events.push(`server close ${code}`));
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `ws://127.0.0.1:${server.address().port}`;

  const a = new WebSocket(`${url}/ws`, ['a', 'b']);
  await once(a, 'open');
  log('negotiated', a.protocol);
  const b = new WebSocket(`${url}/ws`);
  await once(b, 'open');
  const both = Promise.all([nextMessage(a), nextMessage(b)]);
  a.send('broadcast');
  const [ma, mb] = await both;
  log('broadcast', ma.data.toString(), mb.data.toString());

  const closed = once(a, 'close');
  a.send(Buffer.alloc(2000));
  const [code] = await closed;
  log('too big closes', code);

  const wrongPath = new WebSocket(`${url}/other`);
  const [err] = await once(wrongPath, 'error');
  log('wrong path', err.message);

  const duplex = createWebSocketStream(b, { encoding: 'utf8' });
  duplex.write('through the stream');
  const [chunk] = await once(duplex, 'data');
  log('stream wrapper', chunk);
  const bClosed = once(b, 'close');
  duplex.end();
  duplex.resume();
  const [bCode] = await bClosed;
  log('stream end closes', bCode);
  await new Promise((r) => setTimeout(r, 50));
  log('server saw', events.sort().join(', '));
  wss.close();
  await new Promise((r) => server.close(r));
}

async function main() {
  invalidUrls();
  const wss = await echoServer();
  const { port } = wss.address();
  log('server address family', wss.address().family);
  await basics(port);
  await serverClose(port);
  await badClose(port);
  await rejected(port);
  log('clients tracked', wss.clients.size);
  await new Promise((r) => wss.close(r));
  log('server closed');
  await refused();
  await noServer();
  await deflate();
  await sharedServer();
  log('done');
}

main().catch((err) => {
  console.log('FAILED', err);
  process.exitCode = 1;
});
