// node:diagnostics_channel: named publish/subscribe channels that libraries
// (express's router, fastify, pino) publish to, and tracing channels that
// wrap a sync, promise or callback operation in start/end/error events.
'use strict';

const { codes } = require('internal/errors');
const { validateFunction } = require('internal/validators');

// One Channel per name for the life of the process: a subscriber added by
// name must see messages published through any object for that name.
const channels = new Map();

// A subscriber that throws must not break the publisher: the error is
// reported as uncaught on a later tick, as Node does.
function reportLater(err) {
  process.nextTick(() => {
    throw err;
  });
}

class Channel {
  #subscribers = [];
  #stores = new Map();

  constructor(name) {
    this.name = name;
  }

  get hasSubscribers() {
    return this.#subscribers.length > 0 || this.#stores.size > 0;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A copy, so that a publish in progress keeps its own list.
    this.#subscribers = [...this.#subscribers, subscription];
  }

  unsubscribe(subscription) {
    const i = this.#subscribers.indexOf(subscription);
    if (i === -1) return false;
    this.#subscribers = this.#subscribers.filter((_, j) => j !== i);
    return true;
  }

  publish(data) {
    for (const onMessage of this.#subscribers) {
      try {
        onMessage(data, this.name);
      } catch (err) {
        reportLater(err);
      }
    }
  }

  bindStore(store, transform) {
    if (transform !== undefined) validateFunction(transform, 'transform');
    this.#stores.set(store, transform);
  }

  unbindStore(store) {
    return this.#stores.delete(store);
  }

  // Runs fn with every bound store entered (its value being the data, or
  // the transform of it), publishing the data once inside them.
  runStores(data, fn, thisArg, ...args) {
    let run = () => {
      this.publish(data);
      return Reflect.apply(fn, thisArg, args);
    };
    for (const [store, transform] of this.#stores) {
      const inner = run;
      run = () => {
        let value = data;
        if (transform !== undefined) {
          try {
            value = transform(data);
          } catch (err) {
            reportLater(err);
            return inner();
          }
        }
        return store.run(value, inner);
      };
    }
    return run();
  }
}

function validateName(name) {
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new codes.ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
}

function channel(name) {
  let ch = channels.get(name);
  if (ch !== undefined) return ch;
  validateName(name);
  ch = new Channel(name);
  channels.set(name, ch);
  return ch;
}

function hasSubscribers(name) {
  const ch = channels.get(name);
  return ch !== undefined && ch.hasSubscribers;
}

function subscribe(name, subscription) {
  channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

const TRACE_EVENTS = ['start', 'end', 'asyncStart', 'asyncEnd', 'error'];

class TracingChannel {
  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      for (const event of TRACE_EVENTS) this[event] = channel(`tracing:${nameOrChannels}:${event}`);
    } else if (nameOrChannels !== null && typeof nameOrChannels === 'object') {
      for (const event of TRACE_EVENTS) {
        const ch = nameOrChannels[event];
        if (!(ch instanceof Channel)) {
          throw new codes.ERR_INVALID_ARG_TYPE(`nameOrChannels.${event}`, 'Channel', ch);
        }
        this[event] = ch;
      }
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', 'TracingChannel'], nameOrChannels);
    }
  }

  get hasSubscribers() {
    return TRACE_EVENTS.some((event) => this[event].hasSubscribers);
  }

  subscribe(handlers) {
    for (const event of TRACE_EVENTS) {
      if (handlers[event]) this[event].subscribe(handlers[event]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const event of TRACE_EVENTS) {
      if (handlers[event] && !this[event].unsubscribe(handlers[event])) done = false;
    }
    return done;
  }

  #failed(context, err) {
    context.error = err;
    this.error.publish(context);
  }

  traceSync(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    return this.start.runStores(context, () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  tracePromise(fn, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const settled = () => {
      this.asyncStart.publish(context);
      this.asyncEnd.publish(context);
    };
    const resolved = (result) => {
      context.result = result;
      settled();
      return result;
    };
    const rejected = (err) => {
      this.#failed(context, err);
      settled();
      throw err;
    };
    return this.start.runStores(context, () => {
      try {
        let promise = Reflect.apply(fn, thisArg, args);
        if (!(promise instanceof Promise)) promise = Promise.resolve(promise);
        return promise.then(resolved, rejected);
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }

  traceCallback(fn, position = -1, context = {}, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const callback = args.at(position);
    validateFunction(callback, 'callback');
    const self = this;
    function traced(err, result) {
      if (err) self.#failed(context, err);
      else context.result = result;
      return self.asyncStart.runStores(context, () => {
        try {
          return Reflect.apply(callback, this, arguments);
        } finally {
          self.asyncEnd.publish(context);
        }
      });
    }
    args.splice(position, 1, traced);
    return this.start.runStores(context, () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        this.#failed(context, err);
        throw err;
      } finally {
        this.end.publish(context);
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  Channel,
};
