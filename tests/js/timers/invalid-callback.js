// Timer functions validate the callback.
const calls = [
  ['setTimeout', () => setTimeout('console.log(1)')],
  ['setTimeout', () => setTimeout()],
  ['setTimeout', () => setTimeout(null, 10)],
  ['setInterval', () => setInterval(42)],
  ['setImmediate', () => setImmediate({})],
  ['setImmediate', () => setImmediate(Symbol('s'))],
  ['queueMicrotask', () => queueMicrotask('x')],
  ['queueMicrotask', () => queueMicrotask()],
];
for (const [name, fn] of calls) {
  try {
    fn();
    console.log(name, 'did not throw');
  } catch (e) {
    console.log(name, e instanceof TypeError, e.name, e.code);
    console.log('  ' + e.message);
  }
}
