// Error.prepareStackTrace receiving CallSite objects through
// Error.captureStackTrace, the way depd (express, koa) walks its callers:
// the sites start at the caller of captureStackTrace, and the CallSite API
// has the methods such libraries call.
const path = require('path');

function getStack() {
  const limit = Error.stackTraceLimit;
  const prep = Error.prepareStackTrace;
  const obj = {};
  Error.prepareStackTrace = (_, sites) => sites;
  Error.stackTraceLimit = Math.max(10, limit);
  Error.captureStackTrace(obj);
  const stack = obj.stack.slice(1);
  Error.prepareStackTrace = prep;
  Error.stackTraceLimit = limit;
  return stack;
}

function where(site) {
  let file = site.getFileName() || '<anonymous>';
  if (site.isEval()) file = site.getEvalOrigin() + ', ' + file;
  return [path.basename(file), site.getLineNumber(), site.getColumnNumber(), site.getFunctionName()];
}

function library() {
  const stack = getStack();
  return where(stack[1]);
}

function application() {
  return library();
}

console.log('caller of library', JSON.stringify(application()));
const sites = (function outer() { return getStack(); })();
console.log('first site', JSON.stringify(where(sites[0])));
const s = sites[0];
for (const m of ['isEval', 'isNative', 'isConstructor', 'isToplevel', 'isAsync', 'isPromiseAll',
  'getTypeName', 'getMethodName', 'getEvalOrigin', 'getPromiseIndex', 'getThis']) {
  console.log(m, typeof s[m]);
}
console.log('isEval', s.isEval(), 'isNative', s.isNative(), 'isConstructor', s.isConstructor());
console.log('script name', path.basename(s.getScriptNameOrSourceURL()));
console.log('toString', String(s).replace(/\(.*[\\/]/, '('));

// captureStackTrace with a function argument hides it and its callees.
function hidden() {
  const o = {};
  const prep = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, st) => st;
  Error.captureStackTrace(o, hidden);
  const st = o.stack;
  Error.prepareStackTrace = prep;
  return st;
}
(function visible() {
  console.log('below fn', hidden()[0].getFunctionName());
})();

// The default stack format is unaffected.
const o = {};
Error.captureStackTrace(o);
console.log('default stack', o.stack.split('\n')[0], /callsite-api\.js:\d+:\d+/.test(o.stack.split('\n')[1]));

// A capture does not hide the next uncaught error's throw site (no frames:
// node's own frames below would differ).
Error.stackTraceLimit = 0;
const err = new Error('thrown after a capture');
function thrower() {
  throw err;
}
thrower();
