// events.getEventListeners on emitters (unwrapped once listeners, symbols)
// and its argument checks.
const { getEventListeners, EventEmitter } = require('events');
Error.stackTraceLimit = 0;
const e = new EventEmitter();
function a() {}
function b() {}
const sym = Symbol('s');
e.on('x', a).once('x', b).on(sym, b);
console.log(getEventListeners(e, 'x'), getEventListeners(e, sym), getEventListeners(e, 'none'));
console.log(getEventListeners(e, 'x')[1] === b);
// Any object with a listeners() method is asked directly.
console.log(getEventListeners({ listeners: (t) => [`asked for ${t}`] }, 'q'));
for (const bad of [{}, 1, 'str']) {
  try {
    getEventListeners(bad, 'x');
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
