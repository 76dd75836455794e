// ByteLengthQueuingStrategy and CountQueuingStrategy.
'use strict';

const { codes } = require('internal/errors');
const { kState, setState, hasState, kInspect, customInspect, webIdlShape } = require('internal/webstreams/util');

function readInit(init) {
  if (init === null || typeof init !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('init', 'Object', init);
  if (init.highWaterMark === undefined) throw new codes.ERR_MISSING_OPTION('init.highWaterMark');
  return +init.highWaterMark;
}

// One `size` function per class, as the spec asks (strategy.size === other.size).
const byteLengthSize = Object.defineProperty((chunk) => chunk.byteLength, 'name', { value: 'size' });
const countSize = Object.defineProperty(() => 1, 'name', { value: 'size' });

function defineStrategy(name, size) {
  const Strategy = {
    [name]: class {
      constructor(init) {
        setState(this, { brand: name, highWaterMark: readInit(init) });
      }

      get highWaterMark() {
        if (!hasState(this, name)) throw new codes.ERR_INVALID_THIS(name);
        return this[kState].highWaterMark;
      }

      get size() {
        if (!hasState(this, name)) throw new codes.ERR_INVALID_THIS(name);
        return size;
      }

      [kInspect](depth, options, inspect) {
        return customInspect(this, name, depth, options, inspect, { highWaterMark: this.highWaterMark });
      }
    },
  }[name];
  webIdlShape(Strategy, name);
  return Strategy;
}

const ByteLengthQueuingStrategy = defineStrategy('ByteLengthQueuingStrategy', byteLengthSize);
const CountQueuingStrategy = defineStrategy('CountQueuingStrategy', countSize);

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
