// Error.stackTraceLimit applies when an error is created, not when its
// stack is first read (sandnode formats frames lazily).
function deep(n) { if (n === 0) return new Error('deep'); return deep(n - 1); }
const e = deep(12);
Error.stackTraceLimit = 2;
console.log(e.stack.split('\n').length - 1);
const f = deep(12);
Error.stackTraceLimit = 10;
console.log(f.stack.split('\n').length - 1);
