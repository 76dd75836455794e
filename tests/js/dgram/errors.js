// Argument and state errors with Node's codes and messages, bind failures
// (EADDRINUSE, EINVAL, EADDRNOTAVAIL), EMSGSIZE and ENOTFOUND on send.
const dgram = require('dgram');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, e.code, e.name, e.message, e.errno ?? '', e.syscall ?? '');
  }
}
show('bad type', () => dgram.createSocket('udp5'));
show('no type', () => dgram.createSocket({}));
show('no args', () => dgram.createSocket());
show('bad lookup', () => dgram.createSocket({ type: 'udp4', lookup: 5 }));
show('bad signal', () => dgram.createSocket({ type: 'udp4', signal: 5 }));
for (const v of [null, 0, false, -1, '5', 2 ** 32, 1.5]) {
  show(`recvBufferSize ${typeof v} ${v}`, () => typeof dgram.createSocket({ type: 'udp4', recvBufferSize: v }));
}
show('sendBufferSize -1', () => dgram.createSocket({ type: 'udp4', sendBufferSize: -1 }));
show('sendto string offset', () => dgram.createSocket('udp4').sendto('x', '0', 1, 9, '127.0.0.1'));
const s = dgram.createSocket('udp4');
show('address unbound', () => s.address());
show('setTTL unbound', () => s.setTTL(5));
show('setTTL string', () => s.setTTL('5'));
show('getRecvBufferSize unbound', () => s.getRecvBufferSize());
show('getSendBufferSize unbound', () => s.getSendBufferSize());
show('setRecvBufferSize bad', () => s.setRecvBufferSize(-1));
show('setSendBufferSize bad', () => s.setSendBufferSize(1.5));
show('setBroadcast unbound', () => s.setBroadcast(true));
show('setMulticastTTL string', () => s.setMulticastTTL('x'));
show('addMembership no group', () => s.addMembership());
show('remoteAddress', () => s.remoteAddress());
show('send port 0', () => s.send('x', 0, '127.0.0.1'));
show('send port big', () => s.send('x', 65536, '127.0.0.1'));
show('send port string', () => s.send('x', 'abc', '127.0.0.1'));
show('send number', () => s.send(5, 1000, '127.0.0.1'));
show('send list with number', () => s.send(['a', 5], 1000, '127.0.0.1'));
show('send object', () => s.send({}, 1000, '127.0.0.1'));
show('send offset out of bounds', () => s.send('abc', 4, 1, 1000, '127.0.0.1'));
show('send length out of bounds', () => s.send('abc', 2, 5, 1000, '127.0.0.1'));
show('send address number', () => s.send('x', 1000, 5));
show('connect port 70000', () => s.connect(70000, '127.0.0.1'));
s.close(() => console.log('s closed'));
show('close twice', () => s.close());
show('bind closed', () => s.bind(0));
show('send closed', () => s.send('x', 1000, '127.0.0.1'));
show('address closed', () => s.address());

const a = dgram.createSocket('udp4');
a.bind(0, '127.0.0.1', () => {
  const { port } = a.address();
  show('bind twice', () => a.bind(0));
  show('setTTL 0', () => a.setTTL(0));
  show('setTTL 256', () => a.setTTL(256));
  show('setTTL 64', () => a.setTTL(64));
  const b = dgram.createSocket('udp4');
  b.on('error', (e) => {
    console.log('in use:', e.code, e.name, e.message === `bind EADDRINUSE 127.0.0.1:${port}`, e.errno, e.syscall, e.address, e.port === port);
    const c = dgram.createSocket('udp4');
    c.on('error', (e2) => {
      console.log('udp4 bind ::1:', e2.code, e2.message, e2.errno, e2.syscall, e2.address, e2.port);
      const d = dgram.createSocket('udp4');
      d.on('error', (e3) => {
        console.log('not local:', e3.code, e3.message, e3.errno, e3.syscall, e3.address);
        sends();
      });
      d.bind(0, '192.0.2.1');
    });
    c.bind(0, '::1');
  });
  b.on('listening', () => console.log('b listening?!'));
  b.bind(port, '127.0.0.1');
  // With a callback, a failed bind emits to no one (Node's bind callback
  // listens for 'error' to drop itself).
  const quiet = dgram.createSocket('udp4');
  quiet.bind(port, '127.0.0.1', () => console.log('quiet bound?!'));
  function sends() {
    a.send(Buffer.alloc(70000), port, '127.0.0.1', (err, n) => {
      console.log('70000 bytes:', err.code, err.name, err.message === `send EMSGSIZE 127.0.0.1:${port}`, err.errno, err.syscall, err.address, err.port === port, n);
      a.send(Buffer.alloc(65508), port, (err2) => {
        console.log('65508 bytes:', err2.code, err2.message === `send EMSGSIZE undefined:${port}`, err2.address);
        a.send('x', port, 'no-such-host.invalid', (err3, n3) => {
          console.log('bad name:', err3.code, err3.message, err3.errno, err3.syscall, err3.hostname, n3);
          a.on('error', (e) => {
            console.log('bad name, no callback:', e.code, e.syscall);
            a.close();
            quiet.close();
            console.log('quiet listeners', quiet.listenerCount('error'), quiet.listenerCount('listening'));
          });
          a.send('x', port, 'no-such-host.invalid');
        });
      });
    });
  }
});
