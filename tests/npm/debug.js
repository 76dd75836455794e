// debug: namespaces from DEBUG, enable/disable, instance options, formatters, extend, and the
// default stderr logger. Environment set before require() makes the output deterministic:
// DEBUG_HIDE_DATE drops the ISO timestamp and DEBUG_COLORS=no turns colors (and +Nms) off.
process.env.DEBUG = 'app:*,-app:secret,worker';
process.env.DEBUG_HIDE_DATE = 'yes';
process.env.DEBUG_COLORS = 'no';
process.env.DEBUG_DEPTH = '1';
const createDebug = require('debug');

console.log('inspectOpts', JSON.stringify(createDebug.inspectOpts));
console.log('enabled from env', createDebug.enabled('app:http'), createDebug.enabled('app:secret'), createDebug.enabled('worker'), createDebug.enabled('other'));

// Default logger writes to stderr.
const http = createDebug('app:http');
console.log('instance', http.namespace, http.enabled, http.useColors, typeof http.color, typeof http.log);
http('request %s %d (%j) 100%%', 'GET', 200, { ok: true });
http('object %o', { a: { b: { c: 1 } }, list: [1, 2] });
http('multi\nline');
createDebug('app:secret')('never printed');

// Route everything to stdout for the rest.
createDebug.log = (...args) => console.log(...args);
const db = createDebug('app:db');
db('query took %dms rows=%i', 12.5, 3.9);
db('inspect %O', { deep: { deeper: { deepest: 1 } } });
db('string %s number %d json %j percent %% extra', 'str', '42', [1, 'x'], 'extra-arg', 99);
db({ firstArgObject: true });
const err = new Error('db down');
err.stack = 'Error: db down\n    at <dir>/fake.js:1:1';
db(err);
db('missing %s');
db('%c css is stripped', 'color: red');

// enable / disable / enabled.
console.log('disable returns', JSON.stringify(createDebug.disable()));
console.log('after disable', db.enabled, createDebug.enabled('app:db'));
db('not printed');
createDebug.enable('app:*,-app:noisy, queue:* ');
console.log('names/skips', JSON.stringify(createDebug.names), JSON.stringify(createDebug.skips));
console.log('enabled checks', createDebug.enabled('app:db'), createDebug.enabled('app:noisy'), createDebug.enabled('queue:x'), createDebug.enabled('queue'), createDebug.enabled('app'));
db('back on');
createDebug.enable('*');
console.log('wildcard', createDebug.enabled('anything'), createDebug.enabled('a:b:c'));
createDebug.enable('-*');
console.log('negated all', createDebug.enabled('anything'));
createDebug.enable('a*b');
console.log('inner wildcard', createDebug.enabled('ab'), createDebug.enabled('a:x:b'), createDebug.enabled('a:x:c'));
createDebug.enable('app:*');

// Per-instance overrides.
const forced = createDebug('forced');
console.log('forced before', forced.enabled);
forced.enabled = true;
forced('forced on even though the namespace is disabled');
forced.enabled = false;
forced('not printed');
const custom = createDebug('app:custom');
custom.log = (...args) => console.log('[custom log]', JSON.stringify(args));
custom('to custom %s', 'logger');

// extend keeps the parent log function.
const child = custom.extend('child');
const dotted = custom.extend('dot', '.');
console.log('extend', child.namespace, dotted.namespace, child.log === custom.log);
child('from child');
const plainChild = db.extend('cache');
plainChild('from plain child');

// Custom formatters.
createDebug.formatters.h = (v) => Buffer.from(v).toString('hex');
createDebug.formatters.u = function (v) { return `${this.namespace}:${String(v).toUpperCase()}`; };
db('hex %h upper %u', 'hi', 'loud');

// Colors: the first call of an instance always has a +0ms diff, so it is deterministic.
const colored = createDebug('app:colored');
colored.useColors = true;
colored.log = (...args) => console.log('[escaped]', JSON.stringify(args));
colored('colored %s', 'line');
const colored2 = createDebug('app:other-color');
colored2.useColors = true;
colored2.log = colored.log;
colored2('second\nline');
console.log('color selection', createDebug.selectColor('app:colored') === colored.color, createDebug.colors.length, JSON.stringify(createDebug.colors.slice(0, 6)));

// humanize comes from ms.
console.log('humanize', createDebug.humanize(0), createDebug.humanize(1500), createDebug.humanize(3600000), createDebug.humanize(86400000 * 3));
console.log('coerce', createDebug.coerce(42), createDebug.coerce(Object.assign(new Error('m'), { stack: undefined })));
console.log('env DEBUG saved', process.env.DEBUG);
createDebug.disable();
console.log('env DEBUG after disable', process.env.DEBUG);
console.log('destroy is deprecated no-op', typeof db.destroy);
