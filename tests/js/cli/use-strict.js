'use strict';
// 'use strict' at the top of the file applies to the whole module.
function strictThis() { return this; }
console.log('strict this', strictThis());
try {
  undeclared = 1; // eslint-disable-line no-undef
  console.log('no throw');
} catch (e) {
  console.log(e instanceof ReferenceError, e.name);
}
try {
  Object.freeze({ a: 1 }).a = 2;
} catch (e) {
  console.log('frozen write', e instanceof TypeError);
}
