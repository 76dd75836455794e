// A tiny HTTP/1.1 server on node:net for the fetch tests: parses each
// request (content-length or chunked body) and hands it to `handler(req,
// socket)`, which answers with `reply` or writes raw bytes itself.
'use strict';
const net = require('net');

function parseHead(text) {
  const [line, ...rest] = text.split('\r\n');
  const [method, path] = line.split(' ');
  const headers = {};
  for (const h of rest) {
    const i = h.indexOf(':');
    const name = h.slice(0, i).trim().toLowerCase();
    const value = h.slice(i + 1).trim();
    headers[name] = name in headers ? `${headers[name]}, ${value}` : value;
  }
  return { method, path, headers };
}

// Returns [body, consumed] or null when incomplete.
function parseBody(head, buf) {
  if (head.headers['transfer-encoding'] === 'chunked') {
    const parts = [];
    let at = 0;
    for (;;) {
      const eol = buf.indexOf('\r\n', at);
      if (eol < 0) return null;
      const size = parseInt(buf.subarray(at, eol).toString(), 16);
      if (buf.length < eol + 2 + size + 2) return null;
      if (size === 0) return [Buffer.concat(parts), eol + 4];
      parts.push(buf.subarray(eol + 2, eol + 2 + size));
      at = eol + 2 + size + 2;
    }
  }
  const len = Number(head.headers['content-length'] || 0);
  if (buf.length < len) return null;
  return [buf.subarray(0, len), len];
}

function reply(socket, status, reason, headers = [], body = '') {
  const bytes = Buffer.from(body);
  let text = `HTTP/1.1 ${status} ${reason}\r\n`;
  for (const [n, v] of headers) text += `${n}: ${v}\r\n`;
  text += `content-length: ${bytes.length}\r\nconnection: close\r\n\r\n`;
  socket.end(Buffer.concat([Buffer.from(text), bytes]));
}

function serve(handler) {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => {
      let buf = Buffer.alloc(0);
      let head = null;
      socket.on('error', () => {});
      socket.on('data', (chunk) => {
        buf = Buffer.concat([buf, chunk]);
        if (head === null) {
          const end = buf.indexOf('\r\n\r\n');
          if (end < 0) return;
          head = parseHead(buf.subarray(0, end).toString('latin1'));
          buf = buf.subarray(end + 4);
        }
        if (head.done) return;
        const body = parseBody(head, buf);
        if (body === null) return;
        head.done = true;
        head.body = body[0];
        handler(head, socket);
      });
    });
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ port, base: `http://127.0.0.1:${port}`, close: () => server.close() });
    });
  });
}

function show(label, err) {
  const cause = err.cause || {};
  console.log(label, err.name, err.message, '| cause:', cause.name, cause.code, cause.message && cause.message.replace(/:\d+$/, ':PORT'));
}

module.exports = { serve, reply, show };
