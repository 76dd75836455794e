// Error.captureStackTrace on plain objects, errors and custom classes, with
// and without a function to hide, and with Error.stackTraceLimit.
function MyError(message) {
  this.message = message;
  Error.captureStackTrace(this, MyError);
}
MyError.prototype.name = 'MyError';

function inner() {
  const holder = {};
  Error.captureStackTrace(holder);
  return holder.stack;
}
function outer() {
  return inner();
}
console.log(outer());

const e = new MyError('custom');
console.log(e.stack);
console.log(Object.getOwnPropertyDescriptor(e, 'stack')?.enumerable);

const err = new Error('existing');
Error.captureStackTrace(err);
console.log(err.stack);

function hidden() {
  const o = { name: 'Named', message: 'with message' };
  Error.captureStackTrace(o, hidden);
  return o.stack;
}
console.log(hidden());

Error.stackTraceLimit = 1;
console.log(outer());
Error.stackTraceLimit = 0;
console.log(JSON.stringify(outer()));
try {
  Error.captureStackTrace(42);
} catch (x) {
  console.log(x.name, x.message);
}
