// node:perf_hooks — the `performance` object (monotonic clock, user timing
// marks and measures), the entry classes, PerformanceObserver for
// 'mark', 'measure' and 'function' entries, and timerify.
//
// Event-loop metrics (eventLoopUtilization, monitorEventLoopDelay) and
// histograms need idle-time and delay sampling from the event loop, which
// sandnode does not record: they throw ERR_NOT_SUPPORTED_IN_SANDNODE.
'use strict';

const { codes } = require('internal/errors');
const { EventTarget, DOMException } = require('internal/event_target');

const kSkipThrow = Symbol('kSkipThrow');
const kName = Symbol('kName');
const kType = Symbol('kType');
const kStart = Symbol('kStart');
const kDuration = Symbol('kDuration');
const kDetail = Symbol('kDetail');
const kInspect = Symbol.for('nodejs.util.inspect.custom');

// Set on first use, never at load: the module may sit in the startup snapshot.
let originMono;
let timeOriginMs;
function initClock() {
  if (originMono === undefined) {
    // `performance.now()` counts from the sandbox's start, like process.uptime.
    originMono = 0;
    timeOriginMs = binding.wallMs() - binding.monotonicMs();
  }
}

function now() {
  initClock();
  return binding.monotonicMs() - originMono;
}

// ---- validation ------------------------------------------------------------------

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'Object', value);
  }
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function checkThis(obj, key, type) {
  if (obj === null || typeof obj !== 'object' || !(key in obj)) throw new codes.ERR_INVALID_THIS(type);
}

function cloneDetail(detail) {
  return detail != null ? structuredClone(detail) : null;
}

// ---- entries ---------------------------------------------------------------------

class PerformanceEntry {
  constructor(skipThrow = undefined, name, type, start, duration) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kName] = name;
    this[kType] = type;
    this[kStart] = start;
    this[kDuration] = duration;
  }

  get name() { checkThis(this, kName, 'PerformanceEntry'); return this[kName]; }
  get entryType() { checkThis(this, kType, 'PerformanceEntry'); return this[kType]; }
  get startTime() { checkThis(this, kStart, 'PerformanceEntry'); return this[kStart]; }
  get duration() { checkThis(this, kDuration, 'PerformanceEntry'); return this[kDuration]; }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  toJSON() {
    checkThis(this, kName, 'PerformanceEntry');
    return { name: this[kName], entryType: this[kType], startTime: this[kStart], duration: this[kDuration] };
  }
}

// Entries with a `detail` (marks and measures).
function detailJSON(entry) {
  return { ...PerformanceEntry.prototype.toJSON.call(entry), detail: entry[kDetail] };
}

// Names of Node's start-up milestones: measure() accepts them as marks.
const kMilestones = new Set(['nodeStart', 'v8Start', 'environment', 'loopStart', 'loopExit', 'bootstrapComplete']);

const markTimings = new Map();
const markBuffer = [];
const measureBuffer = [];

class PerformanceMark extends PerformanceEntry {
  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (kMilestones.has(name)) throw new codes.ERR_INVALID_ARG_VALUE('name', name);
    if (options != null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    markTimings.set(name, startTime);
    const detail = cloneDetail(options?.detail);
    super(kSkipThrow, name, 'mark', startTime, 0);
    this[kDetail] = detail;
  }

  get detail() { checkThis(this, kDetail, 'PerformanceMark'); return this[kDetail]; }

  toJSON() { return detailJSON(this); }
}

class PerformanceMeasure extends PerformanceEntry {
  constructor(skipThrow = undefined, name, type, start, duration) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super(skipThrow, name, type, start, duration);
  }

  get detail() { checkThis(this, kDetail, 'PerformanceMeasure'); return this[kDetail]; }

  toJSON() { return detailJSON(this); }
}

// The start time of a named mark, or a timestamp given as a number.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') {
    if (name < 0) throw new codes.ERR_PERFORMANCE_INVALID_TIMESTAMP(name);
    return name;
  }
  name = `${name}`;
  // Start-up milestones: sandnode has no separate start-up phases to time.
  if (kMilestones.has(name)) return 0;
  const ts = markTimings.get(name);
  if (ts === undefined) throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  return ts;
}

function measureOptions(startOrOptions, endMark) {
  if (startOrOptions === null || typeof startOrOptions !== 'object') return null;
  const { start, end, duration } = startOrOptions;
  if (start === undefined && end === undefined) return null;
  if (endMark !== undefined) {
    throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
  }
  if (start !== undefined && end !== undefined && duration !== undefined) {
    throw new codes.ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
      'Must not have options.start, options.end, and options.duration specified');
  }
  return { start, end, duration };
}

function startAndDuration(startOrOptions, endMark) {
  const opts = measureOptions(startOrOptions, endMark);
  let end;
  if (endMark !== undefined) end = markTime(endMark);
  else if (opts && opts.end !== undefined) end = markTime(opts.end);
  else if (opts && opts.duration !== undefined) end = markTime(opts.start) + markTime(opts.duration);
  else end = now();

  let start;
  if (typeof startOrOptions === 'string') start = markTime(startOrOptions);
  else if (opts && opts.start !== undefined) start = markTime(opts.start);
  else if (opts && opts.duration !== undefined) start = end - markTime(opts.duration);
  else start = 0;
  return { start, duration: end - start };
}

// ---- buffers and observers -----------------------------------------------------

const byStartTime = (a, b) => a.startTime - b.startTime;

function filterEntries(list, name, type) {
  let out = list;
  if (name !== undefined) out = out.filter((e) => e[kName] === name);
  if (type !== undefined) out = out.filter((e) => e[kType] === type);
  return out === list ? out.slice() : out;
}

function bufferedEntries(name, type) {
  let list;
  if (type === 'mark') list = markBuffer;
  else if (type === 'measure') list = measureBuffer;
  else if (type !== undefined) return [];
  else list = markBuffer.concat(measureBuffer);
  return filterEntries(list, name, undefined).sort(byStartTime);
}

function removeBuffered(list, name) {
  for (let i = list.length - 1; i >= 0; i--) {
    if (name === undefined || list[i][kName] === name) list.splice(i, 1);
  }
}

const kSupportedEntryTypes = Object.freeze(['function', 'mark', 'measure']);
const observers = new Set();
const pendingObservers = new Set();
let dispatchScheduled = false;

// Observers hear about entries in a later turn of the loop, all at once.
function enqueue(entry) {
  for (const o of observers) {
    if (o._types.has(entry[kType])) {
      o._records.push(entry);
      pendingObservers.add(o);
    }
  }
  if (pendingObservers.size > 0 && !dispatchScheduled) {
    dispatchScheduled = true;
    setImmediate(dispatchPending);
  }
}

function dispatchPending() {
  dispatchScheduled = false;
  const list = [...pendingObservers];
  pendingObservers.clear();
  for (const o of list) o._dispatch();
}

const kEntries = Symbol('kEntries');

class PerformanceObserverEntryList {
  constructor(skipThrow = undefined, entries = []) {
    if (skipThrow !== kSkipThrow) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    this[kEntries] = entries.slice().sort(byStartTime);
  }

  getEntries() {
    checkThis(this, kEntries, 'PerformanceObserverEntryList');
    return this[kEntries].slice();
  }

  getEntriesByType(type) {
    checkThis(this, kEntries, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    return filterEntries(this[kEntries], undefined, `${type}`);
  }

  getEntriesByName(name, type = undefined) {
    checkThis(this, kEntries, 'PerformanceObserverEntryList');
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    return filterEntries(this[kEntries], `${name}`, type === undefined ? undefined : `${type}`);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    Object.defineProperties(this, {
      _callback: { value: callback },
      _types: { value: new Set() },
      _records: { value: [], writable: true },
    });
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = { ...options };
    if (entryTypes === undefined && type === undefined) {
      throw new codes.ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    if (entryTypes !== undefined && !Array.isArray(entryTypes)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
    }
    this._types.clear();
    if (entryTypes !== undefined) {
      // Types sandnode never produces are ignored, as Node ignores unknown ones.
      for (const t of entryTypes) if (kSupportedEntryTypes.includes(t)) this._types.add(t);
    } else {
      if (kSupportedEntryTypes.includes(type)) this._types.add(type);
      if (buffered) {
        const earlier = bufferedEntries(undefined, type);
        if (earlier.length > 0) {
          this._records.push(...earlier);
          pendingObservers.add(this);
          if (!dispatchScheduled) {
            dispatchScheduled = true;
            setImmediate(dispatchPending);
          }
        }
      }
    }
    if (this._types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this._records = [];
  }

  takeRecords() {
    const list = this._records;
    this._records = [];
    return list;
  }

  _dispatch() {
    const records = this.takeRecords();
    if (records.length === 0) return;
    this._callback.call(this, new PerformanceObserverEntryList(kSkipThrow, records), this);
  }

  static get supportedEntryTypes() {
    return kSupportedEntryTypes;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = { connected: observers.has(this), pending: pendingObservers.has(this),
      entryTypes: [...this._types], buffer: this._records };
    return `PerformanceObserver ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

// ---- timerify ----------------------------------------------------------------------

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  if (options.histogram !== undefined) {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('performance.timerify() with options.histogram');
  }
  // Each call records a 'function' entry for observers (never buffered).
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const entry = new PerformanceEntry(kSkipThrow, fn.name, 'function', start, now() - start);
    entry.detail = args;
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { configurable: false, enumerable: true, value: fn.length },
    name: { configurable: false, enumerable: true, value: `timerified ${fn.name}` },
  });
  return timerified;
}

// ---- performance -----------------------------------------------------------------

let allowPerformance = false;

class Performance extends EventTarget {
  constructor() {
    if (!allowPerformance) throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
    super();
  }

  clearMarks(name = undefined) {
    if (name !== undefined) {
      name = `${name}`;
      if (kMilestones.has(name)) throw new codes.ERR_INVALID_ARG_VALUE('name', name);
      markTimings.delete(name);
    } else {
      markTimings.clear();
    }
    removeBuffered(markBuffer, name);
  }

  clearMeasures(name = undefined) {
    if (name !== undefined) name = `${name}`;
    removeBuffered(measureBuffer, name);
  }

  clearResourceTimings() {}

  getEntries() {
    return bufferedEntries(undefined, undefined);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    return bufferedEntries(`${name}`, type === undefined ? undefined : `${type}`);
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('type');
    return bufferedEntries(undefined, `${type}`);
  }

  mark(name, options = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    const mark = new PerformanceMark(name, options);
    markBuffer.push(mark);
    enqueue(mark);
    return mark;
  }

  measure(name, startOrOptions = undefined, endMark = undefined) {
    if (arguments.length === 0) throw new codes.ERR_MISSING_ARGS('name');
    if (typeof name !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('name', 'string', name);
    const { start, duration } = startAndDuration(startOrOptions, endMark);
    const measure = new PerformanceMeasure(kSkipThrow, name, 'measure', start, duration);
    measure[kDetail] = cloneDetail(startOrOptions?.detail);
    measureBuffer.push(measure);
    enqueue(measure);
    return measure;
  }

  now() {
    return now();
  }

  setResourceTimingBufferSize() {}

  get timeOrigin() {
    initClock();
    return timeOriginMs;
  }

  toJSON() {
    return { timeOrigin: this.timeOrigin };
  }

  eventLoopUtilization() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('performance.eventLoopUtilization()');
  }

  get nodeTiming() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('performance.nodeTiming');
  }

  markResourceTiming() {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('performance.markResourceTiming()');
  }

  timerify(fn, options) {
    return timerify(fn, options);
  }
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, { value: 'Performance', configurable: true });

allowPerformance = true;
const performance = new Performance();
allowPerformance = false;

function monitorEventLoopDelay() {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('perf_hooks.monitorEventLoopDelay()');
}

function createHistogram() {
  throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('perf_hooks.createHistogram()');
}

class PerformanceResourceTiming extends PerformanceEntry {
  constructor() {
    throw new codes.ERR_ILLEGAL_CONSTRUCTOR();
  }
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
