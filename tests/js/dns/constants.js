// node:dns exports and constants.
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(Object.keys(dns).sort().join(','));
console.log(Object.keys(dnsPromises).sort().join(','));
console.log(dns.ADDRCONFIG, dns.ALL, dns.V4MAPPED);
for (const k of ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME',
  'BADFAMILY', 'BADRESP', 'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR',
  'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED', 'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED']) {
  console.log(k, dns[k], dnsPromises[k] === dns[k]);
}
console.log(typeof dns.lookup[require('util').promisify.custom]);
