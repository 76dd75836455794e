// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect of Date, RegExp, boxed primitives, Map, Set, WeakMap,
// WeakSet, Promise states and other built-in objects.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show(new Date(0));
show(new Date(1e12));
show(new Date(NaN));
const d = new Date(86400000);
d.extra = 1;
show(d);
class MyDate extends Date {}
show(new MyDate(0));
show(/abc/gi);
show(/a\/b[/]/u);
show(new RegExp(''));
const re = /x/;
re.prop = 2;
show(re);
class MyRegExp extends RegExp {}
show(new MyRegExp('y', 'm'));
show(new Number(5));
show(new Number(-0));
show(new String('str'));
show(new Boolean(true));
show(Object(Symbol('boxed')));
show(Object(10n));
const boxed = new String('ab');
boxed.extra = true;
show(boxed);
show(new String('ab'), { showHidden: true });
show(new Map());
show(new Map([['a', 1], [{ k: 1 }, [1, 2]]]));
show(new Set());
show(new Set([1, 'two', { three: 3 }]));
const mapWithProp = new Map([[1, 1]]);
mapWithProp.prop = 'x';
show(mapWithProp);
show(new Map(Array.from({ length: 120 }, (_, i) => [i, i])), { maxArrayLength: 2 });
show(new Set(Array.from({ length: 10 }, (_, i) => i)), { maxArrayLength: 3 });
class MyMap extends Map {}
show(new MyMap([[1, 2]]));
for (const n of ['MapFoo', 'XMapY', 'Mymap', 'Map2', 'Map_', 'MapA2']) {
  const C = ({ [n]: class extends Map {} })[n];
  show(new C());
}
class MyThing { get [Symbol.toStringTag]() { return 'Thing'; } }
show(new MyThing());
class Other { get [Symbol.toStringTag]() { return 'Thing'; } }
show(new Other());
const tampered = [1, 2];
Object.defineProperty(tampered, 'constructor', { value: undefined });
show(tampered);
const fakeCtor = new Map([[1, 2]]);
fakeCtor.constructor = function Fake() {};
show(fakeCtor);
show(new WeakMap());
show(new WeakSet());
show(Promise.resolve(42));
show(Promise.resolve({ a: [1] }));
Error.stackTraceLimit = 0;
const rejected = Promise.reject(new Error('no'));
rejected.catch(() => {});
show(rejected);
show(new Promise(() => {}));
const p = Promise.resolve(1);
p.prop = 'x';
show(p);
show(Math);
show(JSON);
show(globalThis.Reflect === undefined ? 'no Reflect' : typeof Reflect);
show(Object.getPrototypeOf(function* () {}));
show(new (class Foo extends Map {})());
show([new Date(0), /r/, new Map([[1, new Set([2])]])]);
show({ m: new Map([[{ deep: { deeper: {} } }, 1]]) }, { depth: 1 });
show(new Map([[1, { a: { b: {} } }]]), { depth: 0 });
show(new Set([[1, 2]]), { depth: 0 });
