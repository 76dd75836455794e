// An uncaught error with a multi-line message.
function f() {
  throw new Error('line one\nline two');
}
f();
