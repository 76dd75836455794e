// golden: hand-written (Node 22: kMaxLength is 2**53-1, node 20 has 2**32)
// The node:buffer module surface: export list, constants, kMaxLength,
// INSPECT_MAX_BYTES (and its validation), SlowBuffer, isUtf8/isAscii,
// Blob/File/resolveObjectURL and the globals that mirror them.
const buffer = require('buffer');
const { inspect } = require('util');
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
console.log(Object.keys(buffer));
console.log(buffer.constants, buffer.kMaxLength === buffer.constants.MAX_LENGTH, buffer.kStringMaxLength === buffer.constants.MAX_STRING_LENGTH);
console.log(buffer.INSPECT_MAX_BYTES, buffer.Blob === Blob, buffer.File === File, typeof buffer.resolveObjectURL);
console.log(buffer.atob === atob, buffer.btoa === btoa, buffer.Buffer === Buffer);
t('INSPECT_MAX_BYTES string', () => { buffer.INSPECT_MAX_BYTES = '3'; });
t('INSPECT_MAX_BYTES negative', () => { buffer.INSPECT_MAX_BYTES = -1; });
t('INSPECT_MAX_BYTES NaN', () => { buffer.INSPECT_MAX_BYTES = NaN; });
buffer.INSPECT_MAX_BYTES = 3;
console.log(inspect(Buffer.from('abcdef')), inspect(Buffer.from('abc')), inspect(new Uint8Array(5)));
buffer.INSPECT_MAX_BYTES = 0;
console.log(inspect(Buffer.from('ab')));
buffer.INSPECT_MAX_BYTES = 50;
const b = Buffer.from('xyz');
b.extra = 1;
console.log(inspect(b), inspect(Buffer.alloc(0)));
const slow = buffer.SlowBuffer(4);
console.log(Buffer.isBuffer(slow), slow.length, slow instanceof Uint8Array);
t('SlowBuffer bad', () => buffer.SlowBuffer(-1));
t('SlowBuffer string', () => buffer.SlowBuffer('4'));
for (const v of [Buffer.from('h\u00e9'), Buffer.from([0xff]), new Uint8Array([0xc3, 0xa9]).buffer, Buffer.alloc(0), new Uint16Array([0x41])]) {
  console.log('isUtf8', inspect(v), buffer.isUtf8(v), 'isAscii', buffer.isAscii(v));
}
t('isUtf8 string', () => buffer.isUtf8('x'));
t('isAscii number', () => buffer.isAscii(1));
t('isUtf8 DataView', () => buffer.isUtf8(new DataView(new ArrayBuffer(1))));
t('isUtf8 detached', () => { const ab = new ArrayBuffer(1); ab.transfer(); return buffer.isUtf8(ab); });
console.log(Buffer.poolSize, typeof Buffer.of, Buffer.of(1, 2, 300), Buffer.from.length, Buffer.alloc.length);
console.log(Buffer.isEncoding('UTF-8'), Buffer.isEncoding('ucs-2'), Buffer.isEncoding('binary'), Buffer.isEncoding(''), Buffer.isEncoding(null), Buffer.isEncoding('utf-16'));
