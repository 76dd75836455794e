// golden: hand-written
// (node 22 output; node 20 differs)
// Smaller node:util helpers: stripVTControlCharacters, toUSVString,
// TextEncoder/TextDecoder, isDeepStrictEqual, aborted, transferable abort
// signals, setTraceSigInt, util.log's shape, and the export list.
const util = require('util');
const log = (...a) => console.log(...a);
const tryIt = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
};

log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b[1;4mbold\u001b[0m \u001b]8;;http://x\u0007link\u001b]8;;\u0007')));
log(JSON.stringify(util.stripVTControlCharacters('\u009b31mcsi\u009bm plain')));
log(tryIt(() => util.stripVTControlCharacters(5)));
log(JSON.stringify(util.toUSVString('a\ud800b\udc00c\ud83d\ude00')), util.toUSVString(12));
log(util.TextEncoder === TextEncoder, util.TextDecoder === TextDecoder);
log(new util.TextEncoder().encode('hé'), new util.TextDecoder().decode(new Uint8Array([0x68, 0xc3, 0xa9])));
log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']),
  util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(0, -0));
const ac = new AbortController();
const p = util.aborted(ac.signal, {});
log(p instanceof Promise);
p.then((v) => log('aborted resolved', typeof v, v && v.type));
ac.abort();
const already = AbortSignal.abort();
util.aborted(already, {}).then((v) => log('already aborted resolved', v));
for (const [sig, res] of [[{}, {}], [ac.signal, 1], [ac.signal, null], [undefined, {}], [null, {}]]) {
  util.aborted(sig, res).catch((err) => log('aborted rejects', err.name, err.code, err.message));
}
const sig = new AbortController().signal;
log(util.transferableAbortSignal(sig) === sig, tryIt(() => util.transferableAbortSignal({})));
log(util.transferableAbortController() instanceof AbortController);
log(tryIt(() => util.setTraceSigInt(false)), tryIt(() => util.setTraceSigInt(0)));
log(typeof util.log, util.log.name);
log(typeof util.inspect, typeof util.format, typeof util.types, typeof util.parseArgs);
const expected = ['MIMEParams', 'MIMEType', 'TextDecoder', 'TextEncoder', '_errnoException', '_exceptionWithHostPort',
  '_extend', 'aborted', 'callbackify', 'debug', 'debuglog', 'deprecate', 'diff', 'format', 'formatWithOptions',
  'getCallSite', 'getCallSites', 'getSystemErrorMap', 'getSystemErrorMessage', 'getSystemErrorName', 'inherits',
  'inspect', 'isArray', 'isBoolean', 'isBuffer', 'isDate', 'isDeepStrictEqual', 'isError', 'isFunction', 'isNull',
  'isNullOrUndefined', 'isNumber', 'isObject', 'isPrimitive', 'isRegExp', 'isString', 'isSymbol', 'isUndefined',
  'log', 'parseArgs', 'parseEnv', 'promisify', 'setTraceSigInt', 'stripVTControlCharacters', 'styleText',
  'toUSVString', 'transferableAbortController', 'transferableAbortSignal', 'types'];
log(expected.filter((k) => !(k in util)).join() || 'all present');
log(require('node:util') === util);
log(Object.keys(util).join(' '));
