// golden: hand-written
// (node 22 output; node 20 differs)
// util.types: every predicate against a table of values.
const util = require('util');
const { types } = util;

const values = {
  undef: undefined,
  num: 1,
  str: 'str',
  sym: Symbol('s'),
  big: 1n,
  obj: {},
  arr: [],
  args: (function () { return arguments; })(),
  fn: function () {},
  arrow: () => {},
  asyncFn: async function () {},
  genFn: function* () {},
  asyncGenFn: async function* () {},
  gen: (function* () {})(),
  asyncGen: (async function* () {})(),
  map: new Map(),
  set: new Set(),
  weakMap: new WeakMap(),
  weakSet: new WeakSet(),
  mapIter: new Map().entries(),
  setIter: new Set().values(),
  date: new Date(0),
  regexp: /x/,
  err: new Error('e'),
  typeErr: new TypeError('t'),
  fakeErr: Object.create(Error.prototype),
  numObj: new Number(1),
  strObj: new String('s'),
  boolObj: new Boolean(false),
  bigObj: Object(1n),
  symObj: Object(Symbol('s')),
  promise: Promise.resolve(),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  ab: new ArrayBuffer(1),
  sab: new SharedArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1),
  u16: new Uint16Array(1),
  u32: new Uint32Array(1),
  i8: new Int8Array(1),
  i16: new Int16Array(1),
  i32: new Int32Array(1),
  f32: new Float32Array(1),
  f64: new Float64Array(1),
  bi64: new BigInt64Array(1),
  bu64: new BigUint64Array(1),
  buf: Buffer.alloc(1),
  fakeDate: Object.create(Date.prototype),
  fakeMap: Object.create(Map.prototype),
  tagged: { [Symbol.toStringTag]: 'Map' },
};
const names = Object.keys(types).filter((n) => n !== 'isFloat16Array').sort();
const keys = Object.keys(values);
console.log(keys.map((k, i) => `${String.fromCharCode(65 + (i % 26))}${i >= 26 ? "'" : ''}=${k}`).join(' '));
for (const name of names) {
  const hits = keys.filter((k) => types[name](values[k]));
  console.log(name.padEnd(26), hits.join(',') || '-');
}
console.log(typeof types.isFloat16Array, types.isFloat16Array(new Float32Array(1)));
console.log(types.isExternal({}), types.isKeyObject({}), types.isCryptoKey({}), types.isModuleNamespaceObject({}));
console.log(require('util/types') === types);
console.log(types.isProxy(new Proxy(function () {}, {})), types.isPromise(Object.create(Promise.prototype)));
