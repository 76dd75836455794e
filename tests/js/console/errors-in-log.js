// Error objects printed by console.log: "Name: message" plus the stack.
function make() {
  return new Error('logged error');
}
console.log(make());
console.log({ nested: new RangeError('in object') });
console.log([new SyntaxError('in array')]);
class MyError extends Error {
  constructor(m) { super(m); this.name = 'MyError'; }
}
console.log(new MyError('subclass'));
console.log(new Error(''));
console.log(String(new Error('toString')), `${new TypeError('tmpl')}`);
const customStack = new Error('custom');
customStack.stack = 'CustomStack: replaced';
console.log(customStack);
const noStack = new Error('no stack');
noStack.stack = undefined;
console.log(noStack);
