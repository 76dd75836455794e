// Percent-encoding sets per component: each printable ASCII character and
// a few non-ASCII ones in userinfo, path, query (special and not) and hash.
const chars = [];
for (let c = 0x20; c < 0x7f; c++) chars.push(String.fromCharCode(c));
chars.push('\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\x01', '\x7f');
const rows = { user: [], pass: [], path: [], query: [], fooquery: [], hash: [] };
for (const ch of chars) {
  const u = new URL('http://h/');
  u.username = `a${ch}`;
  rows.user.push(u.username.slice(1));
  u.password = `b${ch}`;
  rows.pass.push(u.password.slice(1));
  u.pathname = `/p${ch}`;
  rows.path.push(u.pathname.slice(2));
  u.search = `q${ch}`;
  rows.query.push(u.search.slice(2));
  const f = new URL('foo://h/');
  f.search = `q${ch}`;
  rows.fooquery.push(f.search.slice(2));
  u.hash = `h${ch}`;
  rows.hash.push(u.hash.slice(2));
}
for (const [k, v] of Object.entries(rows)) console.log(k, v.join(' '));
console.log(new URL('http://h/%7e%7E%41%zz%/x').pathname, new URL('http://h/?%7e%zz').search);
console.log(new URL('foo:opaque path é\t"x"').pathname, new URL('foo:a b ').pathname);
console.log(new URL('http://h/a b?c d#e f').href);
