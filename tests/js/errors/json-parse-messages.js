// JSON.parse errors carry V8's messages: token excerpts, positions with
// line and column, the special sources, and reviver errors left untouched.
const inputs = [
  '{"a": oops', '', ' ', '{', '[', '{"a":1,}', '[1,]', '[1 2]', '{"a" 1}', '{a:1}', '"abc', '"a\\x"',
  '"a\u0001"', '1.', '-', '1e', '01', 'tru', 'nul', 'nulx', 'fals', 'undefined', 'undefined ', 'NaN',
  'Infinity', '-Infinity', '[object Object]', '{"a":1}x', '[1] [2]', 'x'.repeat(20), 'x'.repeat(21),
  '[1,' + 'x'.repeat(30), '[' + '1,'.repeat(10) + 'x', '[' + '1,'.repeat(5) + 'x' + ',1'.repeat(8) + ']',
  '{"k": "' + 'v'.repeat(40) + '" bad}', "'a'", '{"a":1 "b":2}', '[1,2', '{"a":', '\u00e9', '\ud83d\ude00',
  '{"a":NaN}', '1 2', '"\\u12"', '"\\u', '"\\', '.5', '+1', '[,]', '{,}', '{"a":1,,}', 'true false',
  '"a"b', '{"a":[1,{"b":2]}', '\t\n x', 'nulls', '0x10', '1.5e+', '1e+x', '-01', '00', '1.5.5',
  '{"a"}', '{"a":1,\n"b" 2}', '[\n\n  1,\n  2 3]', '"abc\n"', ' \u00a0', '\ufeff1',
];
for (const s of inputs) {
  try {
    JSON.parse(s);
    console.log(JSON.stringify(s), 'ok');
  } catch (e) {
    console.log(JSON.stringify(s), '=>', e.name, JSON.stringify(e.message));
  }
}
for (const v of [undefined, null, 1, {}, [], true]) {
  try {
    console.log(String(v), JSON.stringify(JSON.parse(v)));
  } catch (e) {
    console.log(String(v), '=>', e.name, e.message);
  }
}
try {
  JSON.parse('{"a":1}', () => { throw new SyntaxError('from reviver'); });
} catch (e) {
  console.log('reviver:', e.name, e.message);
}
try {
  JSON.parse({ toString() { return '[1,]'; } });
} catch (e) {
  console.log('toString:', e.message);
}
const e = (() => { try { JSON.parse('{bad'); } catch (err) { return err; } })();
console.log('instanceof', e instanceof SyntaxError, e.stack.split('\n')[0]);
console.log('valid', JSON.stringify(JSON.parse(' {"a":[1,-2.5e3,true,null,"\\u00e9\\n"]} ')));
console.log('reviver works', JSON.stringify(JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 10 : v))));
console.log('name/length', JSON.parse.name, JSON.parse.length);
