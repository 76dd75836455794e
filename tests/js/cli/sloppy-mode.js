// Scripts run in sloppy mode unless they opt in; top-level var does not
// create a global property (module scope).
var topVar = 1;
console.log('topVar on globalThis', 'topVar' in globalThis);
function sloppyThis() { return this === globalThis; }
console.log('sloppy this is globalThis', sloppyThis());
implicitGlobal = 5; // eslint-disable-line no-undef
console.log('implicit global', globalThis.implicitGlobal);
delete globalThis.implicitGlobal;
console.log('with statement allowed', (() => { with ({ w: 7 }) { return w; } })());
