// node:worker_threads from the main thread: identity values, environment
// data, the message channel classes, and argument checks of Worker.
const wt = require('worker_threads');

console.log('isMainThread', wt.isMainThread, 'threadId', wt.threadId, 'parentPort', wt.parentPort, 'workerData', wt.workerData);
console.log('threadName', JSON.stringify(wt.threadName), 'isInternalThread', wt.isInternalThread);
console.log('resourceLimits', JSON.stringify(wt.resourceLimits));
console.log('SHARE_ENV', wt.SHARE_ENV === Symbol.for('nodejs.worker_threads.SHARE_ENV'), typeof wt.SHARE_ENV);
console.log('channels', wt.MessageChannel === MessageChannel, wt.MessagePort === MessagePort, wt.BroadcastChannel === BroadcastChannel);
console.log('functions', ['Worker', 'getEnvironmentData', 'setEnvironmentData', 'receiveMessageOnPort', 'markAsUntransferable'].map((k) => typeof wt[k]).join(','));

console.log('env missing', wt.getEnvironmentData('missing'));
const value = { a: 1 };
wt.setEnvironmentData('k', value);
console.log('env set', wt.getEnvironmentData('k'), wt.getEnvironmentData('k') === value);
wt.setEnvironmentData('k');
console.log('env deleted', wt.getEnvironmentData('k'));

for (const bad of [1, null, {}]) {
  try {
    new wt.Worker(bad);
  } catch (err) {
    console.log('Worker', err.code, err.name, err.message);
  }
}

const { port1, port2 } = new wt.MessageChannel();
port2.on('message', (msg) => {
  console.log('message', JSON.stringify(msg));
  port2.close();
});
port1.postMessage({ hello: 'port', n: [1, 2] });
