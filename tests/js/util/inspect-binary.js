// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect of typed arrays, ArrayBuffer, SharedArrayBuffer, DataView and
// Buffer.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show(new Uint8Array([1, 2, 3]));
show(new Int8Array([-1, 0, 1]));
show(new Uint16Array(3));
show(new Int32Array([-2147483648, 2147483647]));
show(new Float32Array([0.5, -0, NaN]));
show(new Float64Array([Math.PI, -Infinity]));
show(new BigInt64Array([-1n, 2n ** 62n]));
show(new BigUint64Array([1n]));
show(new Uint8ClampedArray([255, 0]));
show(new Uint8Array(0));
show(new Uint8Array(150));
show(new Uint8Array(10), { maxArrayLength: 4 });
const ta = new Uint8Array([9, 8]);
ta.extra = 'prop';
show(ta);
show(new Uint8Array([1, 2]), { showHidden: true });
show(new Float64Array(2), { showHidden: true });
show(new ArrayBuffer(4));
const ab = new Uint8Array([1, 2, 3, 255]).buffer;
show(ab);
show(new ArrayBuffer(60));
show(new ArrayBuffer(0));
show(new ArrayBuffer(8), { maxArrayLength: 2 });
show(new ArrayBuffer(3), { showHidden: true });
if (typeof SharedArrayBuffer === 'function') {
  show(new SharedArrayBuffer(4));
  show(new Int16Array(new SharedArrayBuffer(4)));
}
show(new DataView(new ArrayBuffer(4), 1, 2));
show(new DataView(new ArrayBuffer(2)), { showHidden: true });
show(new Uint8Array(ab, 1, 2));
show(Buffer.from('hello'));
show(Buffer.alloc(60));
show({ nested: new Uint8Array([1]), buf: new ArrayBuffer(1) });
show([new Uint8Array(2)], { depth: 0 });
show({ a: { b: new Uint8Array(2) } }, { depth: 0 });
class MyBytes extends Uint8Array {}
show(new MyBytes(2));
show(Array.from({ length: 3 }, () => new Uint8Array(30)));
