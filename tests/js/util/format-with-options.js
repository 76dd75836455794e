// util.formatWithOptions: options reach every %o/%O/object argument.
const util = require('util');
const show = (...args) => console.log(JSON.stringify(util.formatWithOptions(...args)));

show({ colors: true }, '%s %d', 'str', 5);
show({ colors: true }, 'x', 1, 'y', null, undefined, true);
show({ depth: 0 }, '%O', { a: { b: 1 } });
show({ depth: 0 }, { a: { b: 1 } });
show({ compact: false }, { a: 1, b: [1, 2] });
show({ breakLength: 20 }, 'obj', { aaaa: 1, bbbb: 2, cccc: 3, dddd: 4 });
show({ numericSeparator: true }, '%d and %i and %f', 1234567, 7654321, 1234.5678);
show({ numericSeparator: true }, 1234567, 12345678901n);
show({ sorted: true }, { c: 1, a: 2, b: 3 });
show({}, '%s', { a: 1 });
show({ showHidden: true }, [1]);
for (const bad of [null, 'str', 1, undefined]) {
  try {
    util.formatWithOptions(bad, 'x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
