// Symbol keys and values.
const s = Symbol('key');
const obj = { [s]: 'symbol-keyed', regular: 1, [Symbol()]: 'anonymous', [Symbol.for('reg')]: 'registered' };
console.log(obj);
console.log([Symbol('in array')]);
console.log(Symbol.for('reg'), Symbol.asyncIterator);
console.log(Object(Symbol('boxed')));
console.log(String(s), s.toString(), s.description);
