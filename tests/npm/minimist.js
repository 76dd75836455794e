// minimist: parse argument vectors (fixed argv, never process.argv).
const parse = require('minimist');

const show = (label, argv, opts) => console.log(label, JSON.stringify(parse(argv, opts)));
show('basic', ['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']);
show('numbers', ['-x', '1e3', '--hex', '0x10', '--neg', '-5', '--float', '3.25', 'plain', '07']);
show('booleans', ['--no-color', '--verbose', '-v', 'file'], { boolean: ['verbose', 'v'] });
show('strings', ['--port', '8080', '--id', '007', '-n', '12'], { string: ['port', 'id'] });
show('alias', ['-h', '-o', 'out.txt', '--ver'], { alias: { h: 'help', o: ['out', 'output'], ver: 'version' } });
show('defaults', ['--a', '1'], { default: { a: 9, b: 'two', c: true } });
show('double-dash', ['--name', 'x', '--', '--not-a-flag', '-z'], { '--': true });
show('double-dash-off', ['--name', 'x', '--', '--not-a-flag', '-z']);
show('stopEarly', ['--a', 'b', 'cmd', '--c', 'd'], { stopEarly: true });
show('dotted', ['--db.host', 'localhost', '--db.port', '5432', '--db.opts.ssl']);
show('repeat', ['--tag', 'a', '--tag', 'b', '-t', 'x', '-t', 'y']);
show('short-cluster', ['-vvv', '-abc=x', '-n-3']);
show('all-bool', ['--a', 'x', '--b', 'y'], { boolean: true });
const unknown = [];
show('unknown', ['--known', '1', '--other', '2', 'pos'], { string: ['known'], unknown: (a) => { unknown.push(a); return a !== '--other'; } });
console.log('unknown seen', JSON.stringify(unknown));
show('proto-safe', ['--__proto__.polluted', 'yes', '--constructor.prototype.x', '1']);
console.log('polluted?', ({}).polluted, ({}).x);
show('empty', []);
show('equals-empty', ['--a=', '--b', '']);
show('bool-then-value', ['--flag', 'true', '--other', 'false'], { boolean: ['flag', 'other'] });
