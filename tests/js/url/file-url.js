// golden: hand-written
// (recorded from node v22.23.3: v20 lacks the windows option and the input on file URL errors)
// fileURLToPath and pathToFileURL on POSIX and with { windows: true }:
// encoding of special characters, hosts, encoded slashes, wrong schemes.
const url = require('url');
Error.stackTraceLimit = 0;
const toPath = ['file:///a/b%20c', 'file:///a%2Fb', 'file:///a%2fb', 'file:///a%5Cb', 'file://localhost/x', 'file://host/x',
  'file:///%E2%82%AC/%F0%9F%98%80', 'file:///a/', 'file:///', 'http://x/y', 'file:///a?q#h', 'file:///%25'];
for (const s of toPath) {
  for (const windows of [false, true]) {
    try {
      console.log(s, windows, JSON.stringify(url.fileURLToPath(s, { windows })));
    } catch (e) {
      console.log(s, windows, e.name, e.code, e.message, e.input instanceof URL ? e.input.href : e.input);
    }
  }
}
for (const s of ['file:///C:/x/y%20z', 'file:///c:/', 'file:///C|/x', 'file://server/share/f', 'file:///C:/a%2Fb']) {
  try {
    console.log(s, JSON.stringify(url.fileURLToPath(new URL(s), { windows: true })));
  } catch (e) {
    console.log(s, e.code, e.message);
  }
}
console.log(url.fileURLToPath({ href: 'file:///duck', protocol: 'file:', pathname: '/duck', hostname: '' }));
for (const bad of [5, null, {}, { href: 'file:///x', protocol: 'file:', path: '/x' }]) {
  try {
    url.fileURLToPath(bad);
  } catch (e) {
    console.log(e.code, e.message);
  }
}
const toURL = ['/a/b c', '/a%b', '/a#b?c', '/a\\b', '/tab\there', '/nl\nx', '/cr\rx', '/é€😀', '/dir/', '/a/../b/./c', '//double', '/', '/a b/'];
for (const p of toURL) console.log(JSON.stringify(p), url.pathToFileURL(p).href);
const win = ['C:\\x\\y', 'C:\\dir\\', 'c:/mixed/sep', 'C:\\a b\\#?%', '\\\\server\\share\\f x', '\\\\?\\UNC\\srv\\sh\\p'];
for (const p of win) {
  try {
    console.log(JSON.stringify(p), url.pathToFileURL(p, { windows: true }).href);
  } catch (e) {
    console.log(JSON.stringify(p), e.code, e.message);
  }
}
for (const bad of ['\\\\server', '\\\\\\share', 5]) {
  try {
    url.pathToFileURL(bad, { windows: true });
  } catch (e) {
    console.log(e.code, e.message);
  }
}
console.log(url.pathToFileURL('/x', { windows: false }).href, url.pathToFileURL('/y', undefined).href);
