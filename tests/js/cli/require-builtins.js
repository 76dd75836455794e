// The allowed built-in modules, with and without the node: prefix.
for (const name of ['events', 'util', 'timers']) {
  const a = require(name);
  const b = require(`node:${name}`);
  console.log(name, typeof a, a === b);
}
const EventEmitter = require('events');
console.log('EventEmitter', typeof EventEmitter, EventEmitter === require('events').EventEmitter);
const util = require('util');
console.log('util.format', util.format('%s-%d', 'a', 1));
console.log('util.inspect', util.inspect({ a: [1] }));
console.log('util.types.isPromise', util.types.isPromise(Promise.resolve()));
console.log('util.isDeepStrictEqual', util.isDeepStrictEqual({ a: [1] }, { a: [1] }));
console.log('require cache is shared', require('util') === util);
