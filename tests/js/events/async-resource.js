// events.EventEmitterAsyncResource: an EventEmitter tied to an async_hooks
// resource. sandnode has no async_hooks, so constructing one throws
// ERR_NOT_SUPPORTED_IN_SANDNODE (see tests/js/README.md).
const events = require('events');
const { EventEmitterAsyncResource } = events;
console.log(typeof EventEmitterAsyncResource, Object.getPrototypeOf(EventEmitterAsyncResource) === events);
console.log(Object.keys(events).includes('EventEmitterAsyncResource'));
try {
  const r = new EventEmitterAsyncResource({ name: 'Resource' });
  r.on('x', (v) => console.log('x', v));
  r.emit('x', 1);
  console.log(r instanceof events, typeof r.asyncId);
} catch (err) {
  console.log(err.name, err.code, err.message);
}
