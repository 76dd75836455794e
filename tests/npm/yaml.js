// yaml (eemeli/yaml 2): parse/stringify, Document API with comments, CST-preserving edits, errors.
const YAML = require('yaml');

const src = `# Project config
name: demo   # inline comment
version: 1.2.0
ports: [8080, 8443]
env:
  NODE_ENV: production
  DEBUG: false
anchors:
  base: &base { a: 1, b: 2 }
  copy: *base
text: |
  keep
  newlines
when: 2020-01-02
`;
const v = YAML.parse(src);
console.log('parse', JSON.stringify(v));
console.log('parse reviver', JSON.stringify(YAML.parse('a: 1\nb: 2', (k, x) => (typeof x === 'number' ? x * 10 : x))));
console.log('parse options', JSON.stringify(YAML.parse('a: 0o17\nb: yes\nc: 2020-01-02', { version: '1.1' })), JSON.stringify(YAML.parse('n: 12345678901234567890', { intAsBigInt: true }), (k, x) => (typeof x === 'bigint' ? `${x}n` : x)));
console.log('core schema', JSON.stringify(YAML.parse('a: 0x1f\nb: .inf\nc: ~\nd: True')), JSON.stringify(YAML.parse('a: 0x1f', { schema: 'failsafe' })));
console.log('yaml-1.1 timestamp', YAML.parse('d: 2001-12-14t21:59:43.10-05:00', { customTags: ['timestamp'] }).d.toISOString());

const value = { name: 'app', list: [1, 'two', { three: 3 }], nested: { deep: { deeper: [true, null] } }, str: 'multi\nline\n', quoted: 'yes', empty: [], emptyObj: {}, date: new Date(Date.UTC(2020, 0, 2)), map: new Map([['k', 'v']]), set: new Set(['s']) };
console.log('stringify\n' + YAML.stringify(value));
console.log('stringify opts\n' + YAML.stringify(value, { indent: 4, lineWidth: 30, defaultStringType: 'QUOTE_DOUBLE', sortMapEntries: true, collectionStyle: 'flow' }));
console.log('stringify replacer\n' + YAML.stringify({ a: 1, b: 2, c: 3 }, ['a', 'c']) + YAML.stringify('plain') + YAML.stringify(null) + YAML.stringify([]));

// Document API keeps comments and lets you edit.
const doc = YAML.parseDocument(src);
console.log('doc errors', doc.errors.length, doc.warnings.length, doc.commentBefore);
console.log('doc get', doc.get('name'), doc.getIn(['env', 'NODE_ENV']), doc.getIn(['ports', 1]), doc.has('version'), doc.hasIn(['env', 'missing']));
doc.set('name', 'renamed');
doc.setIn(['env', 'NEW'], 'added');
doc.deleteIn(['env', 'DEBUG']);
doc.addIn(['ports'], 9000);
const node = doc.createNode({ fresh: [1, 2] });
node.flow = true;
doc.set('extra', node);
doc.get('env').commentBefore = ' environment';
console.log('doc edited\n' + doc.toString());
console.log('doc toJS', JSON.stringify(doc.toJS()));
const anchoredCopy = doc.getIn(['anchors', 'copy'], true);
console.log('alias', YAML.isAlias(anchoredCopy), anchoredCopy.source, YAML.isMap(doc.contents), YAML.isSeq(doc.get('ports')), YAML.isScalar(doc.get('name', true)));

// Visiting nodes.
const scalars = [];
YAML.visit(doc, { Scalar(key, n) { if (typeof n.value === 'number') scalars.push(n.value); } });
console.log('visit', JSON.stringify(scalars));
YAML.visit(doc, { Pair(_, pair) { if (pair.key && pair.key.value === 'text') return YAML.visit.REMOVE; } });
console.log('visit remove', doc.has('text'));

// Multiple documents.
const all = YAML.parseAllDocuments('a: 1\n---\nb: 2\n---\n- x\n');
console.log('parseAllDocuments', all.length, JSON.stringify(all.map((d) => d.toJS())));

// Errors and warnings.
for (const bad of ['a: [1, 2', 'a: 1\na: 2', 'key: "unterminated', '  - a\n - b', 'a: *nope', 'x: !unknown y']) {
  const d = YAML.parseDocument(bad);
  console.log('problem', JSON.stringify(bad), d.errors.map((e) => `${e.name}:${e.code}`).join(','), d.warnings.map((e) => e.code).join(','));
}
try { YAML.parse('a: [1, 2'); } catch (e) { console.log('parse throws', e.name, e.code, JSON.stringify(e.linePos)); console.log(e.message); }
try { YAML.parse('a: 1\na: 2'); } catch (e) { console.log('dup key', e.code, e.message.split('\n')[0]); }
console.log('uniqueKeys off', JSON.stringify(YAML.parse('a: 1\na: 2', { uniqueKeys: false })));

// Lexer / parser level.
const tokens = Array.from(new YAML.Lexer().lex('a: [1, b]\n')).map((t) => JSON.stringify(t)).join(' ');
console.log('lexer', tokens);
const cst = Array.from(new YAML.Parser().parse('k: v\n'));
console.log('cst', cst.length, cst[0].type, YAML.CST.stringify(cst[0]) === 'k: v\n');
const lc = new YAML.LineCounter();
YAML.parseDocument('a: 1\nbb: 2\n', { lineCounter: lc });
console.log('lineCounter', JSON.stringify(lc.lineStarts), JSON.stringify(lc.linePos(7)));
