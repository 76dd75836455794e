// util.inspect of WeakMap and WeakSet: without showHidden their entries are
// unknown; with it Node lists them (V8's previewEntries), which QuickJS
// cannot (see tests/js/README.md).
const util = require('util');
const key = { id: 1 };
const wm = new WeakMap([[key, 'value']]);
const ws = new WeakSet([key]);
console.log(util.inspect(wm), util.inspect(ws));
console.log(util.inspect({ wm, ws }));
console.log(util.inspect(wm, { showHidden: true }));
console.log(util.inspect(ws, { showHidden: true }));
class MyWeak extends WeakMap {}
console.log(util.inspect(new MyWeak()), util.types.isWeakMap(new MyWeak()));
