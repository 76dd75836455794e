// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// deepStrictEqual / deepEqual on binary data: typed arrays of each kind, ArrayBuffer, SharedArrayBuffer, DataView, Buffer.
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}
const s = (l, a, b) => show(`strict ${l}`, () => assert.deepStrictEqual(a, b));
const l = (lb, a, b) => show(`loose ${lb}`, () => assert.deepEqual(a, b));
s('u8', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]));
s('u8 diff', new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]));
s('u8 vs i8', new Uint8Array([1]), new Int8Array([1]));
l('u8 vs i8', new Uint8Array([1]), new Int8Array([1]));
s('u8 vs u8c', new Uint8Array([1]), new Uint8ClampedArray([1]));
s('u16 len', new Uint16Array(2), new Uint16Array(3));
s('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
l('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
s('f32 zero', new Float32Array([0]), new Float32Array([-0]));
l('f32 zero', new Float32Array([0]), new Float32Array([-0]));
s('bigint64', new BigInt64Array([1n, -1n]), new BigInt64Array([1n, -1n]));
s('biguint64 diff', new BigUint64Array([1n]), new BigUint64Array([2n]));
s('typed extra prop', Object.assign(new Uint8Array(1), { p: 1 }), new Uint8Array(1));
s('typed array vs array', new Uint8Array([1]), [1]);
l('typed array vs array', new Uint8Array([1]), [1]);
s('subarray', new Uint8Array([0, 1, 2, 3]).subarray(1, 3), new Uint8Array([1, 2]));
s('ab', new ArrayBuffer(4), new ArrayBuffer(4));
s('ab diff', new Uint8Array([1, 2]).buffer, new Uint8Array([1, 3]).buffer);
s('ab len', new ArrayBuffer(2), new ArrayBuffer(3));
s('ab vs sab', new ArrayBuffer(2), new SharedArrayBuffer(2));
l('ab vs sab', new ArrayBuffer(2), new SharedArrayBuffer(2));
s('sab', new SharedArrayBuffer(2), new SharedArrayBuffer(2));
s('ab vs u8', new ArrayBuffer(1), new Uint8Array(1));
s('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
s('dataview diff', new DataView(new Uint8Array([1, 2]).buffer), new DataView(new Uint8Array([1, 3]).buffer));
s('dataview offset', new DataView(new Uint8Array([9, 1, 2]).buffer, 1), new DataView(new Uint8Array([1, 2]).buffer));
s('dataview vs u8', new DataView(new ArrayBuffer(1)), new Uint8Array(1));
s('buffer', Buffer.from('abc'), Buffer.from('abc'));
s('buffer diff', Buffer.from('abc'), Buffer.from('abd'));
s('buffer vs u8', Buffer.from('abc'), new Uint8Array([97, 98, 99]));
l('buffer vs u8', Buffer.from('abc'), new Uint8Array([97, 98, 99]));
s('u8 long diff', new Uint8Array(30), new Uint8Array(30).fill(1, 10, 11));
show('not strict u8', () => assert.notDeepStrictEqual(new Uint8Array([1]), new Uint8Array([1])));
show('not strict ab', () => assert.notDeepStrictEqual(new ArrayBuffer(1), new ArrayBuffer(1)));
