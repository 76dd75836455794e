// The error is made in one place and emitted from another, several calls
// deep, from a nextTick callback; a listener removed earlier does not count.
const EventEmitter = require('events');

class Job extends EventEmitter {}
const job = new Job();
const onError = () => console.log('handled once');
job.on('error', onError);
job.emit('error', new Error('first'));
job.off('error', onError);

function makeError() {
  return new RangeError('second failure');
}
function report(e) {
  job.emit('error', e);
}
function step(e) {
  report(e);
}
const e = makeError();
process.nextTick(() => step(e));
