// util.inspect.defaultOptions: reading, setting (validated), and the effect
// on inspect, format and console.log; plus the legacy inspect signature.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

const original = { ...util.inspect.defaultOptions };
console.log(JSON.stringify(original));
console.log(Object.keys(util.inspect.defaultOptions).join());
util.inspect.defaultOptions = { depth: 0 };
show({ a: { b: 1 } });
console.log({ a: { b: 1 } });
console.log(util.format('%O', { a: { b: 1 } }));
util.inspect.defaultOptions.depth = 1;
show({ a: { b: { c: 1 } } });
util.inspect.defaultOptions = { compact: false, breakLength: 10 };
show({ a: 1 });
util.inspect.defaultOptions = { numericSeparator: true, sorted: true };
show({ z: 1234567, a: 1 });
console.log(util.inspect.defaultOptions.numericSeparator, util.inspect.defaultOptions.depth);
util.inspect.defaultOptions = original;
show({ a: { b: { c: { d: 1 } } } });
for (const bad of [null, 'string', 5, undefined, true]) {
  try {
    util.inspect.defaultOptions = bad;
    console.log('accepted', bad);
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
try {
  util.inspect.defaultOptions = { unknownOption: 1 };
} catch (err) {
  console.log(err.name);
}
console.log('unknownOption' in util.inspect.defaultOptions, Object.isSealed(util.inspect.defaultOptions));
util.inspect.defaultOptions = original;
show({ a: { b: { c: { d: 1 } } } }, true);
show({ a: { b: { c: { d: 1 } } } }, false, 0);
show({ a: { b: { c: { d: 1 } } } }, false, null);
show('str', false, 2, true);
show([1], true);
show({ a: 1 }, undefined);
show({ a: 1 }, null);
show({ a: 1 }, {});
for (const opts of [{ depth: 'x' }, { maxArrayLength: '2' }, { breakLength: 'wide' }, { compact: 'yes' }, { sorted: 'no' }]) {
  try {
    show([1, 2, 3, [4, [5, [6, [7]]]]], opts);
  } catch (err) {
    console.log(err.code, err.message);
  }
}
