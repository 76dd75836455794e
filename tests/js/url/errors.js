// golden: hand-written
// (recorded from node v22.23.3: v20 lacks the windows option and the input on file URL errors)
// Error objects thrown by node:url and WHATWG URL as Node prints them:
// classes, codes, messages and own properties.
Error.stackTraceLimit = 0;
const url = require('url');
const attempts = [
  () => new URL('x', 'y'),
  () => new URL('x'),
  () => new URL('http://a b'),
  () => new URL(),
  () => { new URL('http://x/').href = 'rel'; },
  () => url.parse('http://a[b]/'),
  () => url.parse('http://[x y]/'),
  () => url.parse(5),
  () => url.format(5),
  () => url.format(new URL('http://x'), 5),
  () => url.format({ auth: '\ud800', host: 'h' }),
  () => url.fileURLToPath('http://x/'),
  () => url.fileURLToPath('file://host/x'),
  () => url.fileURLToPath('file:///a%2f'),
  () => url.fileURLToPath(5),
  () => url.pathToFileURL(5),
  () => new URLSearchParams([[1]]),
  () => new URLSearchParams({ [Symbol.iterator]: 1 }),
  () => new URLSearchParams().forEach(),
  () => URLSearchParams.prototype.has.call(1, 'x'),
  () => url.domainToUnicode(),
  () => Object.getOwnPropertyDescriptor(URL.prototype, 'href').get.call({}),
  () => URL.prototype.toString.call({}),
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(e);
    console.log(' ', e.name, e.code, e.message, e instanceof TypeError, Object.keys(e).join());
  }
}
