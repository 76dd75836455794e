// util.MIMEType and util.MIMEParams: parsing, normalisation, setters,
// parameter quoting, iteration and ERR_INVALID_MIME_SYNTAX.
const { MIMEType, MIMEParams } = require('util');
const log = (...a) => console.log(...a);
const tryIt = (f) => {
  try {
    return f();
  } catch (err) {
    return `${err.name} ${err.code} ${err.message}`;
  }
};

const inputs = [
  'text/html',
  'TEXT/HTML; Charset="UTF-8"',
  '  text/plain  ;  charset=utf-8  ',
  'application/json;charset=utf-8;charset=latin1',
  'text/plain;a=1;b="two words";c="q\\"uote";d="back\\\\slash"',
  'text/plain;novalue;=empty;x=;y="";z=ok',
  'text/plain;a="unterminated',
  'text/plain;a="trailing backslash\\',
  'text/plain;a="b"junk;c=d',
  'text/plain;a="b"xc=1',
  'text/plain;BIG=Value',
  'text/plain;é=1;ok=é',
  'text/plain;a=\u0100',
  'image/svg+xml',
  'multipart/form-data; boundary=----abc',
  'text/plain;;;a=1',
  'text/plain\t;\ta=1',
  'a/b;c=d e',
  'x/y;k=v;k2',
];
for (const input of inputs) {
  log(JSON.stringify(input), '->', tryIt(() => {
    const m = new MIMEType(input);
    return `${m} | ${m.type} | ${m.subtype} | ${m.essence} | ${JSON.stringify([...m.params])}`;
  }));
}
for (const bad of ['', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html(', 'tëxt/html', ' /x', 'text/;a=1', 'a/b c']) {
  log(JSON.stringify(bad), tryIt(() => new MIMEType(bad)));
}
const m = new MIMEType('text/javascript;key=value');
m.type = 'APPLICATION';
m.subtype = 'ECMAScript';
log(String(m), m.essence);
log(tryIt(() => { m.type = 'in valid'; }), tryIt(() => { m.subtype = ''; }), tryIt(() => { m.type = 'ok/slash'; }));
log(JSON.stringify({ m }), m.toJSON(), typeof m.params.toJSON());
const p = m.params;
log(p.get('key'), p.get('missing'), p.has('key'), p.has('KEY'));
p.set('key', 'new value');
p.set('Other', 'x');
p.set('empty', '');
p.set('q', 'a"b\\c');
log(String(m));
log([...p.keys()].join(), [...p.values()].join('|'), [...p].length, [...p.entries()][0]);
p.delete('key');
log(String(p), p instanceof MIMEParams);
log(tryIt(() => p.set('bad name', 'x')), tryIt(() => p.set('', 'x')), tryIt(() => p.set('ok', 'bad\nvalue')));
log(tryIt(() => p.set('ok', 'ĀĀ')));
const fresh = new MIMEParams();
fresh.set('a', 1);
fresh.set('b', true);
log(String(fresh), fresh.get('a'), JSON.stringify(fresh));
log(new MIMEType({ toString() { return 'from/object'; } }).essence);
log(Object.keys(m), typeof MIMEType, MIMEType.name, MIMEParams.name);
log(Object.getOwnPropertyNames(MIMEType.prototype).sort().join());
log(Object.getOwnPropertyNames(MIMEParams.prototype).sort().join());
