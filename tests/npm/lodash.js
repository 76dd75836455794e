// lodash: collections, objects, strings, functions, templates, deep equality.
const _ = require('lodash');

const users = [
  { name: 'fred', age: 48, active: false, tags: ['a', 'b'] },
  { name: 'barney', age: 36, active: true, tags: ['b'] },
  { name: 'pebbles', age: 1, active: true, tags: [] },
  { name: 'wilma', age: 40, active: false, tags: ['c'] },
];

console.log('version', typeof _.VERSION, _.VERSION.split('.').length);
console.log('chunk', JSON.stringify(_.chunk([1, 2, 3, 4, 5], 2)));
console.log('compact', JSON.stringify(_.compact([0, 1, false, 2, '', 3, null, NaN])));
console.log('difference', JSON.stringify(_.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor)));
console.log('uniq', JSON.stringify(_.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x')));
console.log('flattenDeep', JSON.stringify(_.flattenDeep([1, [2, [3, [4]], 5]])));
console.log('zip', JSON.stringify(_.zipObject(['a', 'b'], [1, 2])));
console.log('groupBy', JSON.stringify(_.groupBy(users, 'active')));
console.log('keyBy', Object.keys(_.keyBy(users, 'name')).join(','));
console.log('sortBy', _.sortBy(users, ['age']).map((u) => u.name).join(','));
console.log('orderBy', _.orderBy(users, ['active', 'age'], ['desc', 'asc']).map((u) => u.name).join(','));
console.log('partition', JSON.stringify(_.partition(users, 'active').map((p) => p.map((u) => u.name))));
console.log('filter matches', _.filter(users, { active: true, age: 36 }).map((u) => u.name).join(','));
console.log('find matchesProperty', _.find(users, ['name', 'wilma']).age);
console.log('sumBy/meanBy', _.sumBy(users, 'age'), _.meanBy(users, 'age'));
console.log('countBy', JSON.stringify(_.countBy([6.1, 4.2, 6.3], Math.floor)));
console.log('flatMap', JSON.stringify(_.flatMap(users, 'tags')));

const obj = { a: [{ b: { c: 3 } }] };
console.log('get', _.get(obj, 'a[0].b.c'), _.get(obj, ['a', '0', 'b', 'c']), _.get(obj, 'a.b.c', 'default'));
const target = {};
_.set(target, 'x[0].y.z', 5);
console.log('set', JSON.stringify(target));
console.log('has', _.has(obj, 'a[0].b'), _.hasIn(obj, 'a[1]'));
console.log('merge', JSON.stringify(_.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] })));
console.log('defaultsDeep', JSON.stringify(_.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } })));
console.log('pick/omit', JSON.stringify(_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c'])), JSON.stringify(_.omit({ a: 1, b: '2', c: 3 }, ['a'])));
console.log('mapValues', JSON.stringify(_.mapValues({ x: { n: 1 }, y: { n: 2 } }, 'n')));
console.log('invert', JSON.stringify(_.invert({ a: 1, b: 2, c: 1 })));
const deep = { d: new Date(Date.UTC(2020, 0, 2)), m: new Map([[1, { z: 1 }]]), s: new Set([1]), r: /x/g, arr: [1, [2]] };
const cl = _.cloneDeep(deep);
console.log('cloneDeep', cl !== deep, cl.m !== deep.m, cl.m.get(1).z, cl.d.toISOString(), cl.r.flags, _.isEqual(cl, deep));
console.log('isEqual', _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), _.isEqual([1, 2], [2, 1]), _.isEqual(new Set([1, 2]), new Set([2, 1])));
console.log('is*', _.isPlainObject({}), _.isPlainObject(Object.create(null)), _.isPlainObject([]), _.isTypedArray(new Uint8Array(1)), _.isBuffer(Buffer.alloc(1)), _.isArguments((function () { return arguments; })()));

console.log('camel/kebab/snake', _.camelCase('Foo Bar-baz'), _.kebabCase('fooBarBaz'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'));
console.log('pad/trunc', JSON.stringify(_.padStart('5', 3, '0')), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }));
console.log('escape', _.escape('<a href="x">&\'</a>'), _.unescape('&lt;b&gt;&amp;&quot;'));
console.log('words', JSON.stringify(_.words('fred, barney, & pebbles')), JSON.stringify(_.words('camelCaseHTTPRequest')));
console.log('deburr', _.deburr('déjà vu Ångström'), _.capitalize('FRED'), _.repeat('ab', 3));

const tpl = _.template('Hello <%= user %>! <% _.forEach(items, function(i) { %><li><%- i %></li><% }); %>${ n + 1 }');
console.log('template', tpl({ user: 'fred', items: ['<a>', 'b'], n: 41 }));
const tpl2 = _.template('hi {{ name }}', { interpolate: /{{([\s\S]+?)}}/g });
console.log('template custom', tpl2({ name: 'mustache' }));
try { _.template('<% if (%>')({}); } catch (e) { console.log('template error', e.name); }

let calls = 0;
const memo = _.memoize((n) => { calls++; return n * 2; });
memo(2); memo(2); memo(3);
console.log('memoize', calls, memo.cache.has(2));
const once = _.once(() => ++calls);
console.log('once', once(), once());
const curried = _.curry((a, b, c) => a + b + c);
console.log('curry', curried(1)(2)(3), curried(1, 2)(3), curried(_, 2)(1)(3));
console.log('partial', _.partial((a, b) => a - b, 10)(3), _.partialRight((a, b) => a - b, 10)(3));
console.log('flow', _.flow([_.add, (x) => x * x])(1, 2));
console.log('range', JSON.stringify(_.range(0, 20, 5)), JSON.stringify(_.range(4, 0)));
console.log('chain', _.chain(users).filter('active').map('name').sortBy().join('|').value());
console.log('clamp/inRange', _.clamp(-10, -5, 5), _.inRange(3, 2, 4), _.round(4.006, 2), _.floor(4060, -2));
console.log('toPath', JSON.stringify(_.toPath('a[0].b["c.d"]')));
console.log('times', JSON.stringify(_.times(4, String)));

const deb = _.debounce((v) => console.log('debounced', v), 20);
deb(1); deb(2); deb(3);
const thr = _.throttle((v) => console.log('throttled', v), 1000, { trailing: false });
thr('a'); thr('b');
_.delay((m) => console.log('delay', m), 60, 'done');
