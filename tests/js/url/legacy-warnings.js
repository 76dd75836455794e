// Legacy url.parse warnings in Node 22: DEP0170 for an invalid port once
// per process; DEP0169 stays silent without --pending-deprecation.
const url = require('url');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
console.log(url.parse('http://a:b/').href);
console.log(url.parse('http://c:d/').href);
console.log(url.parse('http://e:12/').href, url.resolve('http://x/', 'y'), url.format('http://f:g/'));
console.log(JSON.stringify(url.urlToHttpOptions(new URL('http://u:p%20w@[::1]:8080/a?b#c'))));
console.log(url.urlToHttpOptions(new URL('https://x.test/')));
console.log(url.urlToHttpOptions({ href: 'file:///x', protocol: 'file:', pathname: '/x', hostname: '[::2]', port: '', extra: 1 }));
setTimeout(() => console.log('done'), 10);
