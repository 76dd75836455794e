// Shared by the http tests: a raw TCP client that sends bytes and collects
// everything until the server closes (or `waitMs` passes), with the Date
// header (which varies) masked.
'use strict';
const net = require('net');

function mask(text) {
  return text.replace(/\r\nDate: [^\r]*/g, '\r\nDate: <date>');
}

function raw(port, data, { waitMs = 1500, end = false } = {}) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let got = '';
    let done = false;
    const finish = (how) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      resolve({ text: mask(got), how });
    };
    const timer = setTimeout(() => finish('timeout'), waitMs);
    sock.setEncoding('latin1');
    sock.on('data', (d) => { got += d; });
    sock.on('error', (e) => finish(`error ${e.code}`));
    sock.on('close', () => finish('closed'));
    sock.on('connect', () => {
      if (Array.isArray(data)) {
        // Pieces with a pause between them.
        let i = 0;
        const next = () => {
          if (i < data.length) {
            sock.write(data[i++]);
            setTimeout(next, 30);
          } else if (end) sock.end();
        };
        next();
      } else if (end) sock.end(data);
      else sock.write(data);
    });
  });
}

function show(label, r) {
  console.log(`${label} [${r.how}]`);
  for (const line of r.text.split('\r\n')) console.log(`  | ${JSON.stringify(line)}`);
}

module.exports = { raw, show, mask };
