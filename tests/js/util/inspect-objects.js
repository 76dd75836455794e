// util.inspect of plain objects, class instances, null-prototype objects,
// symbol keys, and accessor properties (with and without `getters`).
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show({});
show({ a: 1, b: 'two', c: [3], d: { e: { f: { g: 1 } } } });
show(Object.create(null));
show(Object.assign(Object.create(null), { a: 1 }));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show(new Point(1, 2));
class Empty {}
show(new Empty());
class Tagged { get [Symbol.toStringTag]() { return 'TagName'; } }
show(new Tagged());
const tagged = { [Symbol.toStringTag]: 'Own', a: 1 };
show(tagged);
class Child extends Point {}
show(new Child(3, 4));
const anon = new (class {})();
show(anon);
const noCtor = Object.create(Object.create(null));
show(noCtor);
const protoOfClass = Object.create(Point.prototype);
show(protoOfClass);
show(Point.prototype);
show(Object.prototype);
show({ [Symbol('k')]: 'v', regular: 1 });
const hiddenSym = {};
Object.defineProperty(hiddenSym, Symbol('hidden'), { value: 1, enumerable: false });
Object.defineProperty(hiddenSym, 'hiddenKey', { value: 2, enumerable: false });
show(hiddenSym);
show(hiddenSym, { showHidden: true });
const acc = {
  get onlyGet() { return 'g'; },
  set onlySet(v) {},
  get both() { return { nested: true }; },
  set both(v) {},
  get throws() { throw new Error('getter threw'); },
  plain: 1,
};
show(acc);
show(acc, { getters: true });
show(acc, { getters: 'get' });
show(acc, { getters: 'set' });
class WithAccessor {
  constructor() { this._v = 5; }
  get v() { return this._v; }
}
show(new WithAccessor(), { getters: true });
show({ get arr() { return [1, 2, 3]; }, get str() { return 'str'; }, get n() { return 42; } }, { getters: true });
show({ a: { b: { c: { d: { e: 1 } } } } });
show({ fn() {}, arrow: () => {}, async am() {}, *gen() {} });
show({ 'quoted-key': 1, 'a b': 2, '': 3, 1: 4, 'üni': 5, $dollar: 6, _u: 7 });
show({ __proto__: { inherited: 1 }, own: 2 });
const bigObj = {};
for (let i = 0; i < 30; i++) bigObj[`key${i}`] = i;
show(bigObj);
show(Object.freeze({ frozen: true }));
show(Object.create(Array.prototype));
show(Object.create(Map.prototype));
function OldStyle() { this.x = 1; }
show(new OldStyle());
OldStyle.prototype.constructor = undefined;
show(new OldStyle());
