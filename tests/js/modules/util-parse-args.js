// util.parseArgs: long, short and grouped options, values, multiples, defaults,
// negatives, tokens, strict and lenient modes, and every error.
const { parseArgs } = require('util');
const show = (cfg) => {
  try {
    const r = parseArgs(cfg);
    console.log(JSON.stringify(r.values), Object.getPrototypeOf(r.values) === null, JSON.stringify(r.positionals), r.tokens ? JSON.stringify(r.tokens) : '');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
};
show({ args: ['-f', '--bar', 'b'], options: { foo: { type: 'boolean', short: 'f' }, bar: { type: 'string' } } });
show({ args: ['--bar=x', '-abc', 'pos'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'boolean', short: 'b' }, c: { type: 'boolean', short: 'c' }, bar: { type: 'string' } }, allowPositionals: true });
show({ args: ['-sval', '-s', 'v2'], options: { s: { type: 'string', short: 's', multiple: true } } });
show({ args: ['--unknown'], options: {} });
show({ args: ['--unknown', 'x'], options: {}, strict: false });
show({ args: ['pos'], options: {} });
show({ args: ['--bar'], options: { bar: { type: 'string' } } });
show({ args: ['--foo=1'], options: { foo: { type: 'boolean' } } });
show({ args: ['--', '--foo', 'x'], options: { foo: { type: 'boolean' } }, allowPositionals: true });
show({ args: [], options: { d: { type: 'string', default: 'def' }, m: { type: 'boolean', multiple: true, default: [true] } } });
show({ args: ['-f', 'x'], options: { foo: { type: 'string', short: 'f' } }, tokens: true });
show({ args: ['--no-color'], options: { color: { type: 'boolean' } }, allowNegative: true });
show({ args: ['-x'], options: { foo: { type: 'string', short: 'xx' } } });
show({ args: ['--bar', '-x'], options: { bar: { type: 'string' } } });
show({ args: ['-'], options: {}, allowPositionals: true });
show({ args: ['-q'], options: {}, allowPositionals: true });
show({ args: ['-ab', 'v'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } });
show({ args: ['-bav'], options: { a: { type: 'boolean', short: 'a' }, b: { type: 'string', short: 'b' } } });
show({ args: ['--x=1', '-y', 'p'], options: {}, strict: false });
show({ args: ['--s', 'a', '--s=b'], options: { s: { type: 'string', multiple: true } } });
show({ args: ['a', '--', '-b'], options: {}, allowPositionals: true, tokens: true });
show({ args: ['--no-name'], options: { name: { type: 'string' } }, allowNegative: true });
show({ args: ['-b', '-x'], options: { bee: { type: 'string', short: 'b' } } });
show({ options: { f: { type: 'number' } } });
show('nope');
