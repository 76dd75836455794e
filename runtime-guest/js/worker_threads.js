// node:worker_threads as seen from the main thread of a process that cannot
// start workers: the identity values (isMainThread, threadId, parentPort),
// environment data, and the in-process MessageChannel/BroadcastChannel.
// Starting a Worker, and the port tricks that only matter across threads,
// throw ERR_NOT_SUPPORTED_IN_SANDNODE. Libraries (pino) require this
// module just to ask isMainThread.
'use strict';

const { codes } = require('internal/errors');
const { MessageChannel, MessagePort, BroadcastChannel } = require('internal/messaging');
const EventEmitter = require('events');

// Values a worker would see (setEnvironmentData); kept for this thread.
const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

class Worker extends EventEmitter {
  constructor(filename) {
    super();
    if (typeof filename !== 'string' && !(filename instanceof URL)) {
      throw new codes.ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
    }
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('worker_threads.Worker');
  }
}

function unsupported(name) {
  const fn = function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`worker_threads.${name}`);
  };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

module.exports = {
  isMainThread: true,
  isInternalThread: false,
  threadId: 0,
  threadName: '',
  parentPort: null,
  workerData: null,
  resourceLimits: {},
  SHARE_ENV: Symbol.for('nodejs.worker_threads.SHARE_ENV'),
  Worker,
  MessageChannel,
  MessagePort,
  BroadcastChannel,
  getEnvironmentData,
  setEnvironmentData,
  markAsUntransferable: unsupported('markAsUntransferable'),
  isMarkedAsUntransferable: unsupported('isMarkedAsUntransferable'),
  markAsUncloneable: unsupported('markAsUncloneable'),
  moveMessagePortToContext: unsupported('moveMessagePortToContext'),
  receiveMessageOnPort: unsupported('receiveMessageOnPort'),
  postMessageToThread: unsupported('postMessageToThread'),
};
