// golden: hand-written
// (Node 22.23.3 output: assert messages differ from node v20)
// deepStrictEqual / deepEqual on Map and Set, including object keys and values.
const assert = require('assert');
function show(label, fn) {
  try {
    fn();
    console.log(`${label}: pass`);
  } catch (e) {
    console.log(`${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}
const s = (l, a, b) => show(`strict ${l}`, () => assert.deepStrictEqual(a, b));
const l = (lb, a, b) => show(`loose ${lb}`, () => assert.deepEqual(a, b));
s('sets', new Set([1, 2, 3]), new Set([3, 2, 1]));
s('sets diff', new Set([1, 2, 3]), new Set([1, 2, 4]));
s('sets size', new Set([1, 2]), new Set([1, 2, 3]));
s('set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
s('set objects diff', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 2 }]));
s('set mixed', new Set([1, { a: 1 }, [2]]), new Set([[2], { a: 1 }, 1]));
s('set dupes', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
s('set big', new Set([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }]), new Set([{ a: 4 }, { a: 3 }, { a: 2 }, { a: 1 }]));
s('set NaN', new Set([NaN]), new Set([NaN]));
s('set 0', new Set([0]), new Set([-0]));
s('set 1 vs "1"', new Set([1]), new Set(['1']));
l('set 1 vs "1"', new Set([1]), new Set(['1']));
l('set null undefined', new Set([null]), new Set([undefined]));
l('set null undefined both', new Set([null, undefined]), new Set([undefined, null]));
l('set true 1', new Set([true]), new Set([1]));
l('set sym', new Set([Symbol.iterator]), new Set([Symbol.iterator]));
l('set str NaN', new Set(['a']), new Set([NaN]));
l('set objs', new Set([{ a: 1 }]), new Set([{ a: '1' }]));
s('maps', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
s('maps diff value', new Map([[1, 'a']]), new Map([[1, 'b']]));
s('maps diff key', new Map([[1, 'a']]), new Map([[2, 'a']]));
s('map obj keys', new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'b'], [{ k: 1 }, 'a']]));
s('map obj keys diff', new Map([[{ k: 1 }, 'a'], [{ k: 2 }, 'b']]), new Map([[{ k: 2 }, 'a'], [{ k: 1 }, 'b']]));
s('map one obj key', new Map([[{ k: 1 }, 'a']]), new Map([[{ k: 1 }, 'a']]));
s('map nested', new Map([['x', new Map([['y', [1, 2]]])]]), new Map([['x', new Map([['y', [1, 3]]])]]));
s('map size', new Map([[1, 1]]), new Map());
s('map vs set', new Map(), new Set());
s('map vs obj', new Map([['a', 1]]), { a: 1 });
s('map props', Object.assign(new Map(), { p: 1 }), new Map());
l('map 1 vs "1"', new Map([[1, 'a']]), new Map([['1', 'a']]));
l('map values', new Map([['a', 1]]), new Map([['a', '1']]));
l('map null undefined', new Map([[null, 1]]), new Map([[undefined, 1]]));
l('map null undefined value', new Map([[null, 1]]), new Map([[undefined, 2]]));
s('map undefined value', new Map([['a', undefined]]), new Map([['b', undefined]]));
const k = { id: 1 };
s('map same key obj', new Map([[k, 1]]), new Map([[k, 1]]));
s('map same key obj diff val', new Map([[k, 1], [2, 2]]), new Map([[k, 2], [2, 2]]));
show('not strict sets', () => assert.notDeepStrictEqual(new Set([1, 2]), new Set([2, 1])));
show('not strict maps', () => assert.notDeepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 1 }]])));
show('not loose sets', () => assert.notDeepEqual(new Set([1]), new Set(['1'])));
