// golden: hand-written
// (node 22 output; node 20 differs)
// util.inspect with colors: every style, inspect.colors and inspect.styles,
// and changing a style.
const util = require('util');
Error.stackTraceLimit = 0;
const show = (v, o) => console.log(JSON.stringify(util.inspect(v, { colors: true, ...o })));

show(1);
show(-0);
show(12n);
show(true);
show(undefined);
show(null);
show('str');
show(Symbol('s'));
show(new Date(0));
show(/re/g);
show([1, 'a', null, undefined, true]);
show({ key: 'v', 'quoted-key': 1, [Symbol('k')]: 2 });
show(function fn() {});
show(class C {});
show({ get g() { return 1; }, set s(v) {} });
show({ get g() { return 1; } }, { getters: true });
show(new Map([[1, 'a']]));
show(new Set([true]));
show([1, , 3]);
show(Array.from({ length: 101 }, () => 0));
show(new Error('colored'));
show({ a: { b: { c: { d: 1 } } } });
show(new WeakSet());
show(Promise.resolve(1));
show(new Number(3));
show(new String('boxed'));
show(new Uint8Array(2));
show(new ArrayBuffer(2));
const circ = {};
circ.c = circ;
show(circ);
show('x'.repeat(30), { maxStringLength: 5 });
show(1234567, { numericSeparator: true });
console.log(Object.keys(util.inspect.colors).length > 40, JSON.stringify(util.inspect.colors.red), JSON.stringify(util.inspect.colors.bgBlueBright));
console.log(JSON.stringify(Object.entries(util.inspect.styles)));
console.log(util.inspect.colors.grey === util.inspect.colors.gray, JSON.stringify(util.inspect.colors.faint));
console.log(Object.getOwnPropertyDescriptor(util.inspect.colors, 'grey') !== undefined,
  Object.keys(util.inspect.colors).includes('grey'));
util.inspect.styles.number = 'red';
show(5);
util.inspect.styles.string = 'nonexistent';
show('unstyled');
util.inspect.colors.custom = [100, 200];
util.inspect.styles.boolean = 'custom';
show(false);
util.inspect.colors.grey = [1, 2];
console.log(JSON.stringify(util.inspect.colors.gray));
show(new DataView(new ArrayBuffer(1)));
show(new Uint8Array(1), { showHidden: true });
show(Buffer.from('ab'));
