// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// Deep equality with cycles and shared references.
const assert = require('assert');
const { show } = require('./fixtures/show');
const a = { x: 1 }; a.self = a;
const b = { x: 1 }; b.self = b;
show('cycle equal', () => assert.deepStrictEqual(a, b));
show('cycle loose', () => assert.deepEqual(a, b));
const c = { x: 2 }; c.self = c;
show('cycle diff', () => assert.deepStrictEqual(a, c));
const arr1 = [1]; arr1.push(arr1);
const arr2 = [1]; arr2.push(arr2);
show('array cycle', () => assert.deepStrictEqual(arr1, arr2));
const m1 = new Map(); m1.set('me', m1);
const m2 = new Map(); m2.set('me', m2);
show('map cycle', () => assert.deepStrictEqual(m1, m2));
const s1 = new Set(); s1.add(s1);
const s2 = new Set(); s2.add(s2);
show('set cycle', () => assert.deepStrictEqual(s1, s2));
const p = { q: {} }; p.q.back = p;
const r = { q: {} }; r.q.back = r;
show('two level cycle', () => assert.deepStrictEqual(p, r));
const shared = { v: 1 };
show('shared refs', () => assert.deepStrictEqual({ a: shared, b: shared }, { a: { v: 1 }, b: { v: 1 } }));
const deep1 = {}; let cur = deep1; for (let i = 0; i < 200; i++) { cur.n = {}; cur = cur.n; }
const deep2 = {}; cur = deep2; for (let i = 0; i < 200; i++) { cur.n = {}; cur = cur.n; }
show('deep chains', () => assert.deepStrictEqual(deep1, deep2));
cur.extra = 1;
show('deep chains diff', () => assert.deepStrictEqual(deep1, deep2).toString().slice(0, 10));
show('not cycle', () => assert.notDeepStrictEqual(a, b));
console.log(require('util').isDeepStrictEqual(a, b), require('util').isDeepStrictEqual(a, c));
