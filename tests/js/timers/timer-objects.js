// Return values of the timer functions.
const t = setTimeout(() => {}, 1);
const i = setInterval(() => {}, 1);
const m = setImmediate(() => {});
console.log('setTimeout', typeof t, t.constructor.name);
console.log('setInterval', typeof i, i.constructor.name);
console.log('setImmediate', typeof m, m.constructor.name);
console.log('methods', ['ref', 'unref', 'hasRef', 'refresh'].map((k) => typeof t[k]).join(','));
console.log('immediate methods', ['ref', 'unref', 'hasRef'].map((k) => typeof m[k]).join(','));
clearInterval(i);
