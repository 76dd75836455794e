// js-yaml 4: load/dump, schemas, multi-document streams, custom types, errors.
const yaml = require('js-yaml');

const doc = `
# config
name: demo
version: 1.2
count: 0x1F
octal: 0o17
enabled: yes
on_flag: true
nothing: ~
date: 2020-01-02
timestamp: 2001-12-14t21:59:43.10-05:00
list:
  - a
  - 'b: c'
  - "unicode \\u263A"
nested:
  key: &anchor
    deep: [1, 2, {x: y}]
  ref: *anchor
  merged:
    <<: *anchor
    extra: 1
multi: |
  line one
  line two
folded: >
  folded
  text
inf: .inf
nan: .NaN
binary: !!binary aGVsbG8=
set: !!set {a, b}
omap: !!omap [{one: 1}, {two: 2}]
`;
const data = yaml.load(doc);
console.log('keys', Object.keys(data).join(','));
console.log('scalars', data.version, data.count, data.octal, JSON.stringify(data.enabled), data.on_flag, data.nothing, data.inf, Number.isNaN(data.nan));
console.log('dates', data.date instanceof Date, data.date.toISOString(), data.timestamp.toISOString());
console.log('list', JSON.stringify(data.list));
console.log('anchors', JSON.stringify(data.nested), data.nested.ref === data.nested.key);
console.log('block', JSON.stringify(data.multi), JSON.stringify(data.folded));
console.log('binary/set/omap', data.binary.constructor.name, Buffer.from(data.binary).toString(), JSON.stringify(data.set), JSON.stringify(data.omap));

console.log('JSON_SCHEMA', JSON.stringify(yaml.load('a: yes\nb: 0x10\nc: 2020-01-01', { schema: yaml.JSON_SCHEMA })));
console.log('FAILSAFE', JSON.stringify(yaml.load('a: 1\nb: true\nc: ~', { schema: yaml.FAILSAFE_SCHEMA })));
const docs = [];
yaml.loadAll('---\na: 1\n---\nb: 2\n--- text\n...\n', (d) => docs.push(d));
console.log('loadAll', JSON.stringify(docs), JSON.stringify(yaml.loadAll('- 1\n---\n- 2')));
console.log('json option', JSON.stringify(yaml.load('a: 1\na: 2', { json: true })));

const obj = {
  str: 'hello', num: 42, float: 3.5, neg: -0.25, bool: false, nil: null, empty: '',
  quoted: 'yes', colon: 'a: b', multiline: 'one\ntwo\n', unicode: 'héllo ☺', date: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
  arr: [1, 'two', [3, 4], { five: 5 }], nested: { a: { b: { c: [] } } }, emptyObj: {}, long: 'word '.repeat(20).trim(),
};
console.log('dump default\n' + yaml.dump(obj));
console.log('dump opts\n' + yaml.dump(obj, { indent: 4, flowLevel: 1, sortKeys: true, lineWidth: 40, noRefs: true, quotingType: '"', forceQuotes: false }));
const shared = { s: 1 };
console.log('dump refs\n' + yaml.dump({ a: shared, b: shared }) + yaml.dump({ a: shared, b: shared }, { noRefs: true }));
console.log('dump condenseFlow', yaml.dump({ a: [1, 2], b: { c: 'd' } }, { flowLevel: 0, condenseFlow: true }));
console.log('dump replacer', yaml.dump({ a: 1, b: 'secret' }, { replacer: (k, v) => (k === 'b' ? '***' : v) }));
try { yaml.dump({ f() {} }); } catch (e) { console.log('dump function', e.name, e.message); }
console.log('dump skipInvalid', yaml.dump({ f() {}, ok: 1 }, { skipInvalid: true }));

// Custom tag.
class Point { constructor(x, y) { this.x = x; this.y = y; } }
const PointType = new yaml.Type('!point', {
  kind: 'sequence',
  resolve: (d) => Array.isArray(d) && d.length === 2,
  construct: (d) => new Point(d[0], d[1]),
  instanceOf: Point,
  represent: (p) => [p.x, p.y],
});
const schema = yaml.DEFAULT_SCHEMA.extend([PointType]);
const pts = yaml.load('start: !point [1, 2]\nend: !point [3, 4]', { schema });
console.log('custom type', pts.start instanceof Point, pts.end.y, yaml.dump(pts, { schema }).trim().replace(/\n/g, ' | '));

// Errors.
for (const bad of ['a: [1, 2', 'key: value\n  bad indent: x', 'a: 1\na: 2', '"unterminated', '? a\n? a', '!unknown x', 'a: *nope']) {
  try { yaml.load(bad); console.log('loaded', JSON.stringify(bad)); } catch (e) {
    console.log('error', e.name, JSON.stringify(e.reason), e.mark && e.mark.line, e.mark && e.mark.column);
    console.log(e.message);
  }
}
const warnings = [];
yaml.load('%FOO bar\n--- a', { onWarning: (w) => warnings.push(w.reason) });
console.log('warnings', JSON.stringify(warnings));
console.log('types', Object.keys(yaml.types).join(','));
