// util.parseArgs: options of both types, short groups, defaults, multiple,
// positionals, tokens, negative options, and the errors for bad input.
const { parseArgs } = require('util');
const show = (config) => {
  try {
    const r = parseArgs(config);
    console.log(JSON.stringify({ values: r.values, positionals: r.positionals, tokens: r.tokens }),
      Object.getPrototypeOf(r.values));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
};
const options = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', multiple: true, short: 't' },
  level: { type: 'string', default: 'info' },
  flags: { type: 'boolean', multiple: true, short: 'f' },
};
show({ args: ['-v', '--name', 'x'], options });
show({ args: ['--name=eq', '-nshort', '-vf', '-ff'], options });
show({ args: ['-t', 'a', '--tag', 'b', '--tag=c'], options });
show({ args: ['--level', 'debug'], options });
show({ args: [], options });
show({ args: ['pos1', '--verbose', 'pos2'], options, allowPositionals: true });
show({ args: ['--', '--verbose', '-n'], options, allowPositionals: true });
show({ args: ['pos'], options });
show({ args: ['--unknown'], options });
show({ args: ['--unknown', 'x'], options, strict: false });
show({ args: ['-abc'], options: {}, strict: false });
show({ args: ['--name'], options });
show({ args: ['--name', '--verbose'], options });
show({ args: ['--verbose=yes'], options });
show({ args: ['-v', '-n', 'val'], options, tokens: true });
show({ args: ['--no-verbose'], options, allowNegative: true });
show({ args: ['--no-name'], options, allowNegative: true });
show({ args: ['--no-verbose'], options });
show({ args: ['-'], options, allowPositionals: true });
show({ args: ['--name', '-'], options });
show({ args: ['-n', '-v'], options });
show({ args: ['-vn'], options });
show({ args: ['x'], options: { bad: { type: 'number' } } });
show({ args: ['x'], options: { bad: { type: 'string', short: 'ab' } } });
show({ args: ['x'], options: { bad: { type: 'string', default: 1 } } });
show({ args: ['x'], options: { bad: { type: 'boolean', multiple: true, default: [true, 1] } } });
show({ args: ['x'], options: { bad: 'string' } });
show({ args: 'not array', options });
show({ args: ['x'], strict: 'yes' });
show({ args: ['x'], options: { bad: { type: 'string', multiple: 'no' } } });
show({ args: ['--a', '1'], options: { a: { type: 'string', default: 'd' } }, tokens: true, allowPositionals: true });
