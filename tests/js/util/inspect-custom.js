// util.inspect.custom: the arguments custom inspectors get (depth, options,
// inspect), what they may return, customInspect: false, and nesting.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

console.log(util.inspect.custom === Symbol.for('nodejs.util.inspect.custom'));
const seen = [];
const custom = {
  [util.inspect.custom](depth, options, inspect) {
    seen.push([depth, typeof options, options.depth, options.colors, options.compact, options.breakLength,
      typeof options.stylize, inspect === util.inspect, this === custom, Object.keys(options).sort().join()]);
    return 'CUSTOM';
  },
};
show(custom);
show({ a: { b: custom } });
show({ a: { b: custom } }, { depth: 5, colors: true, compact: false, breakLength: 40 });
show([custom], { depth: null });
for (const s of seen) console.log(s.join(' | '));
show(custom, { customInspect: false });
const returnsObject = { [util.inspect.custom]() { return { replaced: [1, 2], nested: { deep: { deeper: { deepest: 1 } } } }; } };
show(returnsObject);
show({ wrapper: returnsObject });
const returnsThis = { x: 1, [util.inspect.custom]() { return this; } };
show(returnsThis);
const returnsNumber = { [util.inspect.custom]() { return 42; } };
show(returnsNumber);
show({ n: returnsNumber });
const multi = { [util.inspect.custom]() { return 'line1\nline2'; } };
show({ a: { b: multi } });
show([multi, multi]);
const styled = {
  [util.inspect.custom](depth, options) {
    return options.stylize('styled', 'special') + options.stylize('!', 'string');
  },
};
show(styled);
show(styled, { colors: true });
const recursive = {
  name: 'rec',
  [util.inspect.custom](depth, options, inspect) {
    if (depth < 0) return '[rec]';
    return `Rec<${inspect({ inner: this.name, d: depth }, { ...options, depth: options.depth === null ? null : options.depth - 1 })}>`;
  },
};
show(recursive);
show({ l1: { l2: recursive } });
show({ l1: { l2: { l3: recursive } } });
class Money {
  constructor(v) { this.v = v; }
  [util.inspect.custom](depth, opts) { return `Money(${opts.stylize(this.v, 'number')})`; }
}
show(new Money(5));
show([new Money(1), new Money(2)]);
console.log(`${util.format('%o', new Money(3))} ${util.format('%s', new Money(4))} ${util.format('%O', new Money(6))}`);
show(Money.prototype);
const throwsInCustom = { [util.inspect.custom]() { throw new Error('custom threw'); } };
try {
  show(throwsInCustom);
} catch (err) {
  console.log('caught', err.message);
}
const withUserOptions = { [util.inspect.custom](d, opts) { return `user:${opts.myOption}`; } };
show(withUserOptions, { myOption: 'mine' });
const inspectProp = { inspect() { return 'old style'; } };
show(inspectProp);
show({ [util.inspect.custom]: 'not a function', x: 1 });
const customProxy = new Proxy({ [util.inspect.custom]() { return 'proxied custom'; } }, {});
show(customProxy);
