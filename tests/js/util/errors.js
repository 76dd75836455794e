// golden: hand-written
// (node 22 output; node 20 differs)
// The errors node:util throws, printed whole (class, [CODE], message, own
// properties) as console.log shows them.
const util = require('util');
Error.stackTraceLimit = 0;
const attempts = [
  () => util.promisify(5),
  () => util.callbackify('x'),
  () => util.inherits(null, Object),
  () => util.deprecate(() => {}, 'm', 5),
  () => new util.MIMEType('x'),
  () => new util.MIMEType('a/b').params.set('k', '\n'),
  () => util.styleText('nope', 'x', { validateStream: false }),
  () => util.getSystemErrorName(1),
  () => util.parseEnv(1),
  () => util.parseArgs({ args: ['--x'], options: {} }),
  () => util.parseArgs({ args: ['p'] }),
  () => util.parseArgs({ args: ['--s'], options: { s: { type: 'string' } } }),
  () => util.parseArgs({ args: ['--b=1'], options: { b: { type: 'boolean' } } }),
  () => util.getCallSites(0),
  () => util.diff(1, 2),
  () => util.inspect.defaultOptions = null,
  () => util.formatWithOptions(1),
  () => util.stripVTControlCharacters(1),
  () => util.aborted(1, {}),
];
(async () => {
  for (const attempt of attempts) {
    try {
      await attempt();
      console.log('no error');
    } catch (err) {
      console.log(err);
      console.log(String(err), Object.keys(err).join());
    }
  }
  util.callbackify(() => Promise.reject(0))((err) => console.log(err));
})();
