// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// deepStrictEqual on objects: prototypes, classes, symbol keys, non-enumerable and getter properties.
const assert = require('assert');
const { show } = require('./fixtures/show');
const pass = (l, a, b) => show(l, () => assert.deepStrictEqual(a, b));
pass('plain', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 });
pass('nested diff', { a: 1, b: { c: [1, 2] } }, { a: 1, b: { c: [1, 3] } });
pass('extra key', { a: 1, b: 2 }, { a: 1 });
pass('missing key', { a: 1 }, { a: 1, b: 2 });
pass('undefined key', { a: undefined }, {});
pass('null proto', Object.create(null), {});
pass('null protos', Object.assign(Object.create(null), { x: 1 }), Object.assign(Object.create(null), { x: 1 }));
class Foo { constructor() { this.x = 1; } }
class Bar { constructor() { this.x = 1; } }
pass('classes', new Foo(), new Bar());
pass('class vs plain', new Foo(), { x: 1 });
pass('same class', new Foo(), new Foo());
const s1 = Symbol('s1');
pass('symbol keys', { [s1]: 1 }, { [s1]: 1 });
pass('symbol key diff', { [s1]: 1 }, { [s1]: 2 });
pass('symbol key missing', { [s1]: 1 }, {});
pass('symbol other', { [Symbol('a')]: 1 }, { [Symbol('a')]: 1 });
const ne = {};
Object.defineProperty(ne, 'hidden', { value: 1, enumerable: false });
pass('non-enumerable ignored', ne, {});
const ne2 = {};
Object.defineProperty(ne2, 'hidden', { value: 2, enumerable: false });
pass('non-enumerable differ', ne, ne2);
const nes = {};
Object.defineProperty(nes, s1, { value: 1, enumerable: false });
pass('non-enumerable symbol', nes, {});
pass('enumerable vs not', { hidden: 1 }, ne);
pass('getter', { get a() { return 1; } }, { a: 1 });
pass('getter diff', { get a() { return 1; } }, { a: 2 });
pass('arrays', [1, [2, [3]]], [1, [2, [3]]]);
pass('array extra prop', Object.assign([1], { p: 1 }), [1]);
pass('array props', Object.assign([1], { p: 1 }), Object.assign([1], { p: 1 }));
pass('array vs obj', [1], { 0: 1 });
pass('array length', [1, 2], [1, 2, 3]);
pass('arguments', (function () { return arguments; })(1), [1]);
pass('arguments both', (function () { return arguments; })(1), (function () { return arguments; })(1));
pass('functions same', assert.ok, assert.ok);
pass('functions diff', function a() {}, function a() {});
pass('fn with props', Object.assign(() => {}, { x: 1 }), Object.assign(() => {}, { x: 1 }));
pass('primitives', 1, '1');
pass('obj vs null', {}, null);
pass('deep nested', { a: { b: { c: { d: { e: 1 } } } } }, { a: { b: { c: { d: { e: 2 } } } } });
const fakeCtor = { constructor: Foo, x: 1 };
pass('own constructor prop', fakeCtor, { constructor: Foo, x: 1 });
const o1 = Object.create({ inherited: 1 });
pass('inherited ignored', o1, Object.create({ inherited: 2 }));
console.log(require('util').isDeepStrictEqual({ a: [1] }, { a: [1] }), require('util').isDeepStrictEqual(new Foo(), { x: 1 }));
