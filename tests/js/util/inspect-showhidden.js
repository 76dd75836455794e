// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect with showHidden: non-enumerable properties, prototype
// accessors of class instances, array length, function properties.
const util = require('util');
Error.stackTraceLimit = 0;
const show = (v, o) => console.log(util.inspect(v, { showHidden: true, ...o }));

show([1, 2]);
show([]);
show({ a: 1 });
const obj = {};
Object.defineProperty(obj, 'hidden', { value: 'h', enumerable: false });
Object.defineProperty(obj, Symbol('hs'), { value: 'hs', enumerable: false });
obj.visible = 'v';
show(obj);
class Shape {
  constructor() { this.sides = 4; }
  get area() { return 16; }
  set area(v) {}
  get perimeter() { return 16; }
  method() {}
  static s() {}
}
show(new Shape());
class Square extends Shape { get diagonal() { return 5.6; } }
show(new Square());
show(new Square(), { getters: true });
show(() => {});
show(class K {});
show(Object.assign(() => {}, { prop: 1 }));
show(new Map([[1, 2]]));
show(new Set([1]));
show(Symbol('x'));
show(new String('ab'));
show(new Number(1));
show(/re/g);
show(new Date(0));
show(new Error('hid'));
show({ nested: { arr: [1] } });
show(Object.create(null, { x: { value: 1, enumerable: false } }));
const arrLike = ['a'];
Object.defineProperty(arrLike, 'hid', { value: 1, enumerable: false });
show(arrLike);
show(Promise.resolve(2));
show(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: false } }));
show(function sloppy() {});
show(function strict() { 'use strict'; });
show(Object.assign(function withProp() {}, { p: 1 }));
show(async function asyncFn() {});
show(function* genFn() {});
show({ m() {} }.m);
show(Math.max);
show(function bound() {}.bind(null));
console.log(require('util').format('%o', function fmt() {}));
