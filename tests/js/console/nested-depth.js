// Objects deeper than 2 levels print as [Object] / [Array].
const deep = { l1: { l2: { l3: { l4: 'deep' } }, arr: [[[['deep array']]]] } };
console.log(deep);
console.log([[[[1]]], [[{}]], [[[]]]]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { c: new Map([[1, 2]]) } } });
console.log({ a: { b: { c: new Set([1]) } } });
class Deep { constructor() { this.x = 1; } }
console.log({ a: { b: { c: new Deep() } } });
console.log({ a: { b: { c: Object.create(null) } } });
