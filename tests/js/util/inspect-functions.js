// util.inspect of functions, classes, async and generator functions, bound
// functions, and functions carrying properties.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show(function named() {});
show(function () {});
show(() => {});
show(async function asyncNamed() {});
show(async () => {});
show(function* gen() {});
show(async function* agen() {});
show(class Foo {});
show(class {});
show(class Bar extends Array {});
class Base {}
show(class Derived extends Base {});
show(Math.max);
show(Function.prototype);
show(function named() {}.bind(null));
show(Object.defineProperty(function x() {}, 'name', { value: 'renamed' }));
show(Object.defineProperty(function x() {}, 'name', { value: 42 }));
show(Object.defineProperty(function x() {}, 'name', { value: '' }));
const withProps = function withProps() {};
withProps.a = 1;
withProps.b = { c: 2 };
show(withProps);
class Static { static prop = 'p'; static method() {} }
show(Static);
const nullProtoFn = function np() {};
Object.setPrototypeOf(nullProtoFn, null);
show(nullProtoFn);
class NullBase extends null {}
show(NullBase);
show({ method() {}, get g() { return 1; }, ['computed' + 1]() {} });
show([function a() {}, () => {}, class C {}]);
const objMethod = { m() {} }.m;
show(objMethod);
show(Symbol);
show(Array);
show(Object);
const tagged = function t() {};
tagged[Symbol.toStringTag] = 'Tagged';
show(tagged);
show(Object.assign(() => {}, { x: 1 }), { depth: 0 });
show({ f: Object.assign(function inner() {}, { deep: { deeper: 1 } }) }, { depth: 0 });
class WithStatics { static a = 1; static b = 'two'; }
show(WithStatics, { showHidden: false });
