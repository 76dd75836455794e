// Socket options WASI lacks. Node sets them; sandnode throws
// ERR_NOT_SUPPORTED_IN_SANDNODE naming the call (after Node's own argument
// checks), and says reuseAddr is missing when a second bind needs it.
// Unbound sockets fail with EBADF in both.
const dgram = require('dgram');
function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : r);
  } catch (e) {
    console.log(label, e.code, e.message);
  }
}
const unbound = dgram.createSocket('udp4');
show('unbound setBroadcast', () => unbound.setBroadcast(true));
show('unbound setMulticastTTL', () => unbound.setMulticastTTL(2));
show('unbound setMulticastLoopback', () => unbound.setMulticastLoopback(true));
unbound.close();
const s = dgram.createSocket({ type: 'udp4', reuseAddr: true });
s.bind(0, '127.0.0.1', () => {
  show('setBroadcast', () => s.setBroadcast(true));
  show('setMulticastTTL', () => s.setMulticastTTL(3));
  show('setMulticastTTL string', () => s.setMulticastTTL('3'));
  show('setMulticastLoopback', () => s.setMulticastLoopback(false));
  show('setMulticastInterface', () => s.setMulticastInterface('127.0.0.1'));
  show('setMulticastInterface number', () => s.setMulticastInterface(1));
  show('addMembership', () => s.addMembership('224.0.0.114'));
  show('addMembership missing', () => s.addMembership());
  show('dropMembership', () => s.dropMembership('224.0.0.114'));
  show('addSourceSpecificMembership', () => s.addSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  show('dropSourceSpecificMembership', () => s.dropSourceSpecificMembership('127.0.0.1', '232.1.1.1'));
  show('setTTL (WASI has the hop limit)', () => s.setTTL(32));
  const second = dgram.createSocket({ type: 'udp4', reuseAddr: true });
  second.on('error', (e) => {
    console.log('second bind error', e.code, e.message);
    second.close();
    s.close();
  });
  second.bind(s.address().port, '127.0.0.1', () => {
    console.log('second bind shares the port');
    second.close();
    s.close();
  });
});
