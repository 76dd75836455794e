// Argument errors of connect/createConnection/Socket, thrown synchronously.
const net = require('net');
const attempts = [
  () => net.connect(),
  () => net.connect({}),
  () => net.connect({ port: 70000 }),
  () => net.connect(-1),
  () => net.connect({ port: 'abc' }),
  () => net.connect({ port: true }),
  () => net.connect({ port: 80, host: 5 }),
  () => net.connect({ port: 80, family: 5 }),
  () => net.connect({ port: 80, localAddress: 'nope' }),
  () => net.connect({ port: 80, lookup: 'nope' }),
  () => net.createConnection({ port: 1.5 }),
  () => new net.Socket().setTimeout('1'),
  () => new net.Socket().setTimeout(Infinity),
  () => net.setDefaultAutoSelectFamily('yes'),
];
for (const f of attempts) {
  try {
    const s = f();
    console.log('no throw', s && s.constructor.name);
    if (s && s.destroy) s.destroy();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(net.getDefaultAutoSelectFamily(), net.getDefaultAutoSelectFamilyAttemptTimeout());
net.setDefaultAutoSelectFamilyAttemptTimeout(5);
console.log(net.getDefaultAutoSelectFamilyAttemptTimeout());
console.log(typeof net.Stream, net.Stream === net.Socket, net._normalizeArgs([80, 'h', () => {}])[0]);
console.log(net._normalizeArgs([{ port: 1 }])[1], net._normalizeArgs([])[0]);
// Writing on a socket that never connected.
const s = new net.Socket();
s.on('error', (e) => console.log('error event', e.code, e.message));
s.write('x', (err) => console.log('write cb', err && err.code));
