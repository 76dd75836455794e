// util.inspect of proxies, with and without showProxy.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

const target = { a: 1, nested: { b: 2 } };
const handler = { get(t, k) { return k === 'a' ? 'trapped' : Reflect.get(t, k); } };
const proxy = new Proxy(target, handler);
show(proxy);
show(proxy, { showProxy: true });
show(new Proxy([1, 2, 3], {}));
show(new Proxy([1, 2, 3], {}), { showProxy: true });
show(new Proxy(function fn() {}, {}));
show(new Proxy(function fn() {}, {}), { showProxy: true });
show(new Proxy(new Proxy({}, {}), {}), { showProxy: true });
show(new Proxy({}, {}), { showProxy: true, depth: 0 });
const { proxy: rev, revoke } = Proxy.revocable({}, {});
revoke();
show(rev);
show(rev, { showProxy: true });
show({ inside: rev });
const throwing = new Proxy({}, {
  ownKeys() { throw new Error('ownKeys trap'); },
  get() { throw new Error('get trap'); },
  getPrototypeOf() { throw new Error('proto trap'); },
});
show(throwing, { showProxy: true });
console.log(util.types.isProxy(proxy), util.types.isProxy(target), util.types.isProxy(rev));
show(new Proxy(new Map([[1, 2]]), {}), { showProxy: true });
show([new Proxy({ x: 1 }, {})], { showProxy: true });
