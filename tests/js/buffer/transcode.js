// buffer.transcode between utf8, ucs2/utf16le, latin1/binary and ascii:
// substitution of unmappable characters, malformed input, errors.
const { transcode } = require('buffer');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.errno, e.message);
  }
};
const cases = [
  ['h\u00e9llo\u20ac', 'utf8', 'ascii'], ['h\u00e9llo\u20ac', 'utf8', 'latin1'], ['h\u00e9llo\u20ac', 'utf8', 'ucs2'],
  ['h\u00e9', 'latin1', 'utf8'], ['hi', 'utf8', 'utf16le'], ['\ud83d\ude00', 'utf8', 'latin1'], ['\ud83d\ude00', 'utf8', 'ucs2'],
  ['abc', 'ucs2', 'utf8'], ['x', 'UTF-8', 'Latin1'], ['h\u00e9', 'binary', 'ucs-2'], ['\u00e9', 'utf8', 'utf-16le'],
];
for (const [s, from, to] of cases) t(`${from}->${to}`, () => transcode(Buffer.from(s, from.toLowerCase() === 'ucs-2' ? 'ucs2' : from), from, to));
const raw = [
  [[0x61, 0xe9, 0x80], 'ascii', 'utf8'], [[0x61, 0xe9], 'ascii', 'latin1'], [[0x61, 0xe9], 'ascii', 'ucs2'],
  [[0x61, 0xe9], 'ascii', 'ascii'], [[0x61, 0xe9], 'latin1', 'latin1'], [[0xff, 0x61], 'utf8', 'ucs2'],
  [[0xff, 0x61], 'utf8', 'latin1'], [[0xff, 0x61], 'utf8', 'utf8'], [[0x3d, 0xd8], 'ucs2', 'utf8'],
  [[0x80], 'latin1', 'ascii'], [[0x61], 'ucs2', 'ascii'], [[0x3d, 0xd8, 0x61, 0], 'ucs2', 'latin1'],
  [[0x61, 0x62, 0x63], 'ucs2', 'utf8'], [[], 'utf8', 'hex'],
];
for (const [bytes, from, to] of raw) t(`${JSON.stringify(bytes)} ${from}->${to}`, () => transcode(Buffer.from(bytes), from, to));
t('uint8array source', () => transcode(new Uint8Array([104, 105]), 'latin1', 'utf8'));
t('string source', () => transcode('x', 'utf8', 'ascii'));
t('hex', () => transcode(Buffer.from('a'), 'hex', 'utf8'));
t('base64 target', () => transcode(Buffer.from('a'), 'utf8', 'base64'));
t('unknown', () => transcode(Buffer.from('a'), 'utf8', 'nope'));
t('result is Buffer', () => Buffer.isBuffer(transcode(Buffer.from('a'), 'utf8', 'ucs2')));
