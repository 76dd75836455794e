// dns.resolve / resolve4 / resolve6: argument checks and the shape of errors
// for names that have no records.
const dns = require('dns');
const bad = [
  () => dns.resolve4(5, () => {}),
  () => dns.resolve4('localhost'),
  () => dns.resolve6('localhost', 'x'),
  () => dns.resolve('localhost', 'BOGUS', () => {}),
  () => dns.resolve('localhost', 5, () => {}),
  () => dns.resolve(5, 'A', () => {}),
  () => new dns.Resolver(5),
];
for (const f of bad) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
dns.resolve4('no-such-host.invalid', (err, addrs) => {
  console.log('resolve4', err.code, err.errno, err.syscall, err.hostname, err.message, addrs);
  dns.resolve6('no-such-host.invalid', (err2) => {
    console.log('resolve6', err2.code, err2.syscall, err2.hostname, err2.message);
    dns.resolve('no-such-host.invalid', (err3) => {
      console.log('resolve', err3.code, err3.syscall);
      dns.promises.resolve4('no-such-host.invalid').catch((err4) => {
        console.log('promise', err4.code, err4.syscall, err4.message);
      });
    });
  });
});
