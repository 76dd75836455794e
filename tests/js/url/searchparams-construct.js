// URLSearchParams construction from strings, records, sequences and other
// iterables, with lone surrogates and errors; iteration is live.
const forms = [undefined, null, '', '?', '??a=1', 'a', '&&a=1&&', 'a=1=2', '+=+', 42, true, [['k', 'v'], ['k', 'w']],
  new Map([['m', 1], ['n', 2]]), { x: 1, y: [1, 2], z: null, w: undefined }, new URLSearchParams('copy=1'),
  { '\ud800': 'lone', ok: '\udc00x' }, Object.create({ inherited: 1 }, { own: { value: 1, enumerable: true }, hidden: { value: 2 } }),
  [new Set(['s', 't'])], ['ab', 'cd'], (function* () { yield ['g', 'en']; })()];
for (const f of forms) {
  try {
    console.log(new URLSearchParams(f).toString());
  } catch (e) {
    console.log('threw', e.name, e.code, e.message);
  }
}
for (const bad of [[['a']], [['a', 'b', 'c']], [1], ['abc'], { [Symbol.iterator]: 5 }, { [Symbol.iterator]: null }, [null]]) {
  try {
    console.log(new URLSearchParams(bad).toString());
  } catch (e) {
    console.log('threw', e.name, e.code, e.message);
  }
}
const p = new URLSearchParams('a=1&b=2&c=3');
const it = p.entries();
console.log(it.next().value);
p.delete('a');
console.log(it.next().value, it.next(), it.next());
console.log([...p.keys()], [...p.values()], [...p], Array.from(p.entries()));
const k = p.keys();
p.append('d', '4');
console.log([...k], typeof k[Symbol.iterator], k[Symbol.iterator]() === k);
console.log(Object.prototype.toString.call(p), Object.prototype.toString.call(p.keys()), String(p), p.size);
console.log(p[Symbol.iterator] === p.entries, Object.keys(URLSearchParams.prototype));
const rec = { b: 1, a: 2 };
Object.defineProperty(rec, 'c', { get() { return 'getter'; }, enumerable: true });
console.log(new URLSearchParams(rec).toString());
