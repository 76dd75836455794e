// Reading a property that a module in a cycle has not set yet warns, as
// Node does; the prototype is restored once the module has loaded.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning:', w.name, w.message));
const a = require('./fixtures/warn-a');
console.log(a, Object.getPrototypeOf(a) === Object.prototype, a.missing);
