// golden: hand-written (Node 22: kMaxLength is 2**53-1, node 20 has 2**32)
// Buffer.from in every form: strings with encodings, arrays and array-likes,
// ArrayBuffer with offset and length, typed arrays, Buffers, objects with
// valueOf or Symbol.toPrimitive, and the errors for everything else.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
t('array', () => Buffer.from([1, 256, -1, 1.7, '2', 'x', null, true]));
t('array-like', () => Buffer.from({ length: 3, 0: 65, 1: 66, 2: 67 }));
t('array-like fractional length', () => Buffer.from({ length: 2.5, 0: 1, 1: 2, 2: 3 }));
t('array-like negative length', () => Buffer.from({ length: -1 }));
t('array-like string length', () => Buffer.from({ length: '2', 0: 1, 1: 2 }));
t('json form', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
t('json round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hey')))).toString());
const ab = new Uint8Array([10, 20, 30, 40, 50]).buffer;
t('arraybuffer', () => Buffer.from(ab));
t('arraybuffer offset', () => Buffer.from(ab, 2));
t('arraybuffer offset length', () => Buffer.from(ab, 1, 2));
t('arraybuffer shares memory', () => { const b = Buffer.from(ab, 1, 1); b[0] = 99; return new Uint8Array(ab)[1]; });
t('arraybuffer offset string', () => Buffer.from(ab, '1', '2'));
t('arraybuffer offset NaN', () => Buffer.from(ab, NaN));
t('arraybuffer offset too big', () => Buffer.from(ab, 6));
t('arraybuffer length too big', () => Buffer.from(ab, 1, 10));
t('arraybuffer negative length', () => Buffer.from(ab, 1, -5));
t('shared', () => Buffer.from(new SharedArrayBuffer(2)));
t('uint16array copies values', () => Buffer.from(new Uint16Array([1, 256, 257])));
t('float64array', () => Buffer.from(new Float64Array([1.5, -1])));
t('buffer copy', () => { const a = Buffer.from('ab'); const b = Buffer.from(a); b[0] = 0x7a; return [a.toString(), b.toString()]; });
t('uint8array', () => Buffer.from(new Uint8Array([5, 6])));
t('valueOf string', () => Buffer.from(new String('str')));
t('valueOf object', () => Buffer.from({ valueOf() { return 'vo'; } }));
t('valueOf array', () => Buffer.from({ valueOf() { return [1, 2]; } }));
t('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'tp'; } }, 'utf8'));
t('toPrimitive hex', () => Buffer.from({ [Symbol.toPrimitive]() { return 'abcd'; } }, 'hex'));
t('valueOf self', () => Buffer.from({ valueOf() { return this; } }));
for (const v of [undefined, null, 5, 5n, true, Symbol('s'), () => {}, {}]) {
  t(`bad ${typeof v}`, () => Buffer.from(v));
}
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'binary', 'UTF16LE', 'bogus', 5, null]) {
  t(`string ${enc}`, () => Buffer.from('h\u00e9llo+/=', enc));
}
t('empty string hex', () => Buffer.from('', 'hex'));
t('alloc fill', () => Buffer.alloc(5, 'ab'));
t('alloc fill hex', () => Buffer.alloc(4, 'a1b', 'hex'));
t('alloc fill bad hex', () => Buffer.alloc(4, 'zz', 'hex'));
t('alloc fill buffer', () => Buffer.alloc(5, Buffer.from([1, 2])));
t('alloc fill number', () => Buffer.alloc(3, 257));
t('alloc fill empty', () => Buffer.alloc(3, ''));
t('alloc bad size', () => Buffer.alloc(-1));
t('alloc string size', () => Buffer.alloc('5'));
t('alloc NaN', () => Buffer.alloc(NaN));
t('allocUnsafe zero', () => Buffer.allocUnsafe(0));
t('allocUnsafeSlow length', () => Buffer.allocUnsafeSlow(3).length);
t('allocUnsafe big', () => Buffer.allocUnsafe(2 ** 60));
t('constructor number', () => { process.noDeprecation = true; return new Buffer(2); });
t('constructor string', () => new Buffer('ab', 'hex'));
