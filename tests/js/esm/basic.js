// Static imports of ES modules, CommonJS, JSON and built-ins; live bindings;
// namespaces; import.meta.
import Thing, { counter, increment, aliased, order } from './fixtures/values.js';
import * as values from './fixtures/values.js';
import { ns, Thing as Again, increment as inc2 } from './fixtures/reexport.js';
import data from './fixtures/data.json' with { type: 'json' };
import path, { join } from 'node:path';
import { EventEmitter } from 'events';
import process2 from 'process';

console.log(order, typeof Thing, Thing === Again, counter, aliased);
increment();
inc2();
console.log('live binding', counter, aliased, values.counter, ns.counter);
console.log('namespace', values);
console.log('tag', Object.prototype.toString.call(values), Object.isFrozen(values), Object.getPrototypeOf(values));
try {
  values.counter = 5;
} catch (err) {
  console.log('namespace is read-only:', err.name);
}
console.log('json', data);
console.log('builtins', path.join === join, typeof EventEmitter, process2 === process);
console.log('meta keys', Object.keys(import.meta).sort());
console.log('meta', import.meta.url.replace(/^file:\/\/.*\/esm\//, 'file://<esm>/'), path.basename(import.meta.filename), path.basename(import.meta.dirname));
console.log('this', this, typeof require, typeof module, typeof exports, typeof __filename);
