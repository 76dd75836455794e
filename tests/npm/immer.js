'use strict';
// immer 10: produce with drafts, structural sharing, freezing, patches, Map/Set, current/original.
const { produce, produceWithPatches, applyPatches, enablePatches, enableMapSet, freeze, isDraft, isDraftable, current, original, nothing, castDraft, Immer, createDraft, finishDraft } = require('immer');
enablePatches();
enableMapSet();

const base = { todos: [{ id: 1, text: 'a', done: false }, { id: 2, text: 'b', done: true }], user: { name: 'Ann', prefs: { theme: 'dark' } }, count: 0 };
const next = produce(base, (draft) => {
  draft.todos[0].done = true;
  draft.todos.push({ id: 3, text: 'c', done: false });
  draft.count++;
});
console.log('produce', JSON.stringify(next));
console.log('base untouched', JSON.stringify(base.todos[0]), base.todos.length, base.count);
console.log('sharing', next.user === base.user, next.todos[1] === base.todos[1], next.todos[0] === base.todos[0], next !== base);
console.log('frozen', Object.isFrozen(next), Object.isFrozen(next.todos), Object.isFrozen(next.todos[2]), Object.isFrozen(base));
try { next.count = 5; console.log('assigned?', next.count); } catch (e) { console.log('frozen write', e.name); } // message text is engine-specific
console.log('noop returns base', produce(base, () => {}) === base, produce(base, (d) => { d.count = 0; }) === base);
console.log('return replacement', JSON.stringify(produce(base, () => ({ replaced: true }))), produce(base, () => nothing), produce(5, (d) => d + 1));
const curried = produce((draft, amount) => { draft.count += amount; });
console.log('curried', curried(base, 10).count, curried(next, 1).count);
console.log('array draft', JSON.stringify(produce([3, 1, 2], (d) => { d.sort(); d.reverse(); d.splice(1, 1, 'x', 'y'); })));
console.log('delete', JSON.stringify(produce({ a: 1, b: 2 }, (d) => { delete d.a; })));

// Introspection inside recipes.
produce(base, (draft) => {
  draft.user.name = 'Bob';
  console.log('isDraft', isDraft(draft), isDraft(draft.user), isDraft(base), isDraftable(base), isDraftable(new Date(0)));
  console.log('current', JSON.stringify(current(draft.user)), 'original', JSON.stringify(original(draft.user)));
});

// Map and Set.
const ms = { m: new Map([['a', { v: 1 }], ['b', { v: 2 }]]), s: new Set([1, 2]) };
const ms2 = produce(ms, (d) => { d.m.get('a').v = 10; d.m.set('c', { v: 3 }); d.m.delete('b'); d.s.add(3); d.s.delete(1); });
console.log('map/set', JSON.stringify([...ms2.m]), JSON.stringify([...ms2.s]), ms.m.get('a').v, ms.m.size, ms2.m !== ms.m, Object.isFrozen(ms2.m));

// Patches.
const [state, patches, inverse] = produceWithPatches(base, (d) => { d.user.prefs.theme = 'light'; d.todos.pop(); d.extra = [1]; });
console.log('patches', JSON.stringify(patches));
console.log('inverse', JSON.stringify(inverse));
console.log('applyPatches', JSON.stringify(applyPatches(base, patches)) === JSON.stringify(state), JSON.stringify(applyPatches(state, inverse)) === JSON.stringify(base));
let listened = [];
produce(base, (d) => { d.count = 99; }, (p, ip) => { listened = [p, ip]; });
console.log('patch listener', JSON.stringify(listened));
const [, mapPatches] = produceWithPatches(ms, (d) => { d.m.set('z', 1); d.s.add(9); });
console.log('map patches', JSON.stringify(mapPatches));

// Classes need immerable.
const { immerable } = require('immer');
class Point { constructor(x, y) { this.x = x; this.y = y; } [immerable] = true; get len() { return Math.hypot(this.x, this.y); } }
const p1 = new Point(3, 4);
const p2 = produce(p1, (d) => { d.x = 6; d.y = 8; });
console.log('immerable class', p2 instanceof Point, p2.len, p1.len);
class Plain { constructor() { this.v = 1; } }
try { produce(new Plain(), (d) => { d.v = 2; }); } catch (e) { console.log('non-draftable', e.message); }

// Manual drafts and custom instances.
const draft = createDraft(base);
draft.user.name = 'Manual';
const fin = finishDraft(draft);
console.log('createDraft', fin.user.name, base.user.name);
const immer = new Immer({ autoFreeze: false });
const loose = immer.produce({ a: 1 }, (d) => { d.a = 2; });
console.log('autoFreeze off', Object.isFrozen(loose));
console.log('freeze', Object.isFrozen(freeze({ a: { b: 1 } }, true).a), castDraft(base) === base);

// Errors.
try { produce(base, (d) => { d.count = 1; return { other: 1 }; }); } catch (e) { console.log('modify and return', e.message.split('.')[0]); }
let leaked;
produce(base, (d) => { leaked = d; });
try { leaked.count = 1; } catch (e) { console.log('revoked', e.name); } // message text is engine-specific
