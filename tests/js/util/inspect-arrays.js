// util.inspect of arrays: grouping of many short elements, sparse arrays,
// extra properties, maxArrayLength.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show([]);
show([1, 2, 3]);
show(Array.from({ length: 30 }, (_, i) => i));
show(Array.from({ length: 30 }, (_, i) => i * 1000));
show(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i).repeat(i % 5 + 1)));
show(Array.from({ length: 120 }, (_, i) => i));
show(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 3 });
show(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: 0 });
show(Array.from({ length: 10 }, (_, i) => i), { maxArrayLength: -1 });
show(Array.from({ length: 200 }, (_, i) => i), { maxArrayLength: null });
show([1, , 3]);
show([, , 1, , , ]);
show(new Array(5));
show(new Array(1));
const sparse = [];
sparse[10] = 'x';
sparse[20] = 'y';
show(sparse);
show(sparse, { maxArrayLength: 1 });
const extra = [1, 2];
extra.prop = 'p';
extra[Symbol('s')] = 1;
extra[-1] = 'neg';
show(extra);
show([[1, [2, [3, [4, [5]]]]]]);
show([{ a: 1, b: 2 }, { a: 3, b: 4 }]);
show([undefined, null, NaN, -0, 'str', 1n, Symbol('x')]);
show(Array.from({ length: 7 }, () => ({ key: 'value' })));
show(['a', 'b'].concat(Array.from({ length: 20 }, (_, i) => `item number ${i}`)));
class MyArray extends Array {}
show(MyArray.from([1, 2, 3]));
show(Object.setPrototypeOf([1, 2], null));
show(Array.from({ length: 8 }, (_, i) => 'x'.repeat(i * 3)));
show([1.5, -2.25, 300, 4000000, 5e-7, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]);
show(Array.from({ length: 12 }, (_, i) => (i % 2 ? 'str' : i)));
const arguments_ = (function () { return arguments; })(1, 'two');
show(arguments_);
