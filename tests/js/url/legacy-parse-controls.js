// Legacy url.parse: tab/CR/LF are dropped from the authority but kept
// (escaped) elsewhere; ASCII xn-- labels are checked as Punycode.
const url = require('url');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
for (const s of ['http://xn--zz/', 'http://xn--/', 'http://xn--a/', 'http://xn--ls8h/', 'http://XN--LS8H.la/', 'http://a\tb/c\td?e\tf#g\th', 'http://a b\tc/', 'http://a\t:8\t0/', 'ht\ttp://x/']) {
  try { console.log(JSON.stringify(url.parse(s))); } catch (e) { console.log(s, e.code); }
}
