// Headers: case-insensitivity, combining, sorted iteration, set-cookie.
const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': '1' });
h.append('x-b', '2');
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
h.append('Accept', '  spaced  ');
console.log(h.get('x-b'), h.get('X-B'), h.has('CONTENT-TYPE'), h.get('accept'));
console.log(h.get('set-cookie'), h.getSetCookie());
console.log([...h]);
console.log([...h.keys()], [...h.values()]);
h.forEach((v, k, self) => console.log('each', k, v, self === h));
h.set('X-B', '3');
h.delete('content-type');
console.log([...h.entries()]);
console.log(new Headers([['a', '1'], ['A', '2']]).get('a'));
console.log([...new Headers(h)].length, Object.prototype.toString.call(h));
for (const bad of [[['x']], [['a', 'b', 'c']]]) {
  try { new Headers(bad); } catch (e) { console.log(e.name, e.message); }
}
for (const [name, value] of [['bad name', 'v'], ['ok', 'line\nbreak'], ['', 'x']]) {
  try { h.append(name, value); } catch (e) { console.log(e.name, e.message); }
}
try { h.get('bad name'); } catch (e) { console.log(e.name, e.message); }
try { new Headers(5); } catch (e) { console.log(e.name); }
console.log(new Headers().get('none'), new Headers(undefined).has('x'));
