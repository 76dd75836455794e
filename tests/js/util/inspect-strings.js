// util.inspect of strings: quoting rules, escapes, long strings split across
// lines, maxStringLength.
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));

show('plain');
show("it's");
show('say "hi"');
show('it\'s "both"');
show('it\'s "both" `and`');
show('it\'s "both" `and` ${x}');
show('tab\there\nnewline\r\x00\x1b\x7f\x9f');
show('back\\slash');
show('\ud800 lone \udc00 high');
show('emoji 😀 ok');
show('');
show('a'.repeat(100));
show('long line '.repeat(12) + '\nsecond line\nthird');
show(['short\nwith newline', 'x']);
show({ key: 'line one\nline two\nline three that is quite a bit longer than the others in here' });
show('x'.repeat(30), { maxStringLength: 10 });
show('x'.repeat(30), { maxStringLength: 0 });
show('x'.repeat(30), { maxStringLength: null });
show('x'.repeat(30), { maxStringLength: Infinity });
show(['abcdef', 'ghijkl'], { maxStringLength: 3 });
show('abc\n'.repeat(10), { breakLength: 10 });
show(new String('boxed\n"quote"'));
show({ 'key with space': 1, valid_id: 2, '0': 3, 'a-b': 4, "it's": 5 });
show({ [Symbol('sym desc')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol('a\nb')]: 4 });
console.log(util.inspect('line\n'.repeat(5), { compact: false }));
console.log(util.inspect({ s: 'x'.repeat(20) + '\n' + 'y'.repeat(20) }, { breakLength: 30 }));
