// dns.promises and node:dns/promises: lookup and the Resolver class.
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(dns.promises === dnsPromises, typeof dnsPromises.lookup, typeof dnsPromises.Resolver);
(async () => {
  console.log(await dnsPromises.lookup('localhost'));
  console.log(await dnsPromises.lookup('localhost', { all: true, family: 4 }));
  console.log(await dnsPromises.lookup('127.0.0.1', 4));
  console.log(await dnsPromises.lookup('::1', { all: true }));
  try {
    await dnsPromises.lookup('no-such-host.invalid');
  } catch (e) {
    console.log('rejected', e.code, e.errno, e.syscall, e.hostname, e.message);
  }
  try {
    await dnsPromises.lookup('::1', { family: 4 });
  } catch (e) {
    console.log('rejected', e.code, e.syscall, e.hostname);
  }
  try {
    dnsPromises.lookup(42);
  } catch (e) {
    console.log('sync throw', e.code, e.message);
  }
  try {
    await dnsPromises.lookup('localhost', { family: 9 });
  } catch (e) {
    console.log('throw', e.code, e.message);
  }
  const r = new dnsPromises.Resolver();
  console.log(typeof r.resolve4, typeof r.resolve6, typeof r.cancel, typeof r.setServers);
  const order = dnsPromises.getDefaultResultOrder();
  console.log('order', order, dns.getDefaultResultOrder());
  dnsPromises.setDefaultResultOrder('ipv4first');
  console.log('order now', dns.getDefaultResultOrder());
  try { dns.setDefaultResultOrder('nope'); } catch (e) { console.log(e.code, e.message); }
  dns.setDefaultResultOrder('verbatim');
})();
