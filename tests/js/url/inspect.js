// How URL, URLSearchParams and their iterators print with console.log and
// util.inspect: nesting, depth limits, subclasses, line breaking.
const util = require('util');
const u = new URL('https://user:pw@example.com:8080/p/a/t/h?query=string&a=1#hash');
console.log(u);
console.log(new URL('file:///tmp/x'));
console.log({ a: { b: { c: u } } });
console.log([u.searchParams], { p: new URLSearchParams() });
console.log(util.inspect({ a: { b: { c: new URLSearchParams('x=1') } } }));
console.log(util.inspect(new URLSearchParams('x=1&y=2'), { depth: 0 }));
class MyURL extends URL {}
console.log(new MyURL('http://x/'));
class MyParams extends URLSearchParams {}
console.log(new MyParams('q=1'));
const sp = new URLSearchParams('a=1&b=2&a=3');
console.log(sp.keys(), sp.values(), sp.entries());
const it = sp.keys();
it.next();
console.log(it);
it.next();
it.next();
console.log(it, it.next());
console.log(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&cccccccccccccccccccc=ddddddddddddd'));
console.log(new URLSearchParams('aaaaaaaaaaaaaaaaaaaaaa=bbbbbbbbbbbbbbbbbbbbbbbbbbb&ccccccccccccccccccccc=ddddddddddddd'));
console.log(new URLSearchParams('x=1&y=2'), util.inspect(sp, { breakLength: 10 }));
console.log(util.inspect(u, { depth: -1 }), util.inspect(sp, { depth: -1 }));
console.log(Object.keys(u), JSON.stringify({ u }), Object.prototype.toString.call(u), `${u}`);
console.log(Object.getOwnPropertyNames(URL.prototype), Object.getOwnPropertyNames(URLSearchParams.prototype));
console.log(Object.getOwnPropertyNames(URL));
console.log(new URLSearchParams('q=' + 'x'.repeat(100)).entries());
console.log(require('url').parse('http://a.com/x?y=1#z', true));
console.log(require('url').parse('/p?a=1&a=2', true));
console.log(`${sp}`, String(sp.keys()));
