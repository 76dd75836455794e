// node:perf_hooks — `performance` with a monotonic clock and user timing
// marks and measures.
'use strict';

const { codes } = require('internal/errors');

const originMono = binding.monotonicMs();
// Wall-clock time at which performance.now() was 0.
const timeOriginMs = binding.wallMs();
const entries = [];

class PerformanceEntry {
  constructor(name, entryType, startTime, duration, detail) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail ?? null;
  }

  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail };
  }
}

class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

function now() {
  return binding.monotonicMs() - originMono;
}

function markTime(name) {
  if (name === undefined) return 0;
  if (typeof name === 'number') return name;
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  }
  const { DOMException } = require('internal/event_target');
  throw new DOMException(`The "${name}" performance mark has not been set`, 'SyntaxError');
}

const performance = {
  get timeOrigin() { return timeOriginMs; },
  now,
  mark(name, options) {
    if (name === undefined) throw new codes.ERR_MISSING_ARGS('name');
    const m = new PerformanceMark(String(name), 'mark', options?.startTime ?? now(), 0, options?.detail);
    entries.push(m);
    return m;
  },
  measure(name, startOrOptions, endMark) {
    let start;
    let end;
    let detail;
    if (startOrOptions !== null && typeof startOrOptions === 'object') {
      start = markTime(startOrOptions.start);
      end = startOrOptions.end !== undefined ? markTime(startOrOptions.end) : now();
      detail = startOrOptions.detail;
    } else {
      start = markTime(startOrOptions);
      end = endMark !== undefined ? markTime(endMark) : now();
    }
    const m = new PerformanceMeasure(String(name), 'measure', start, end - start, detail);
    entries.push(m);
    return m;
  },
  getEntries() { return entries.slice(); },
  getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (!type || e.entryType === type)); },
  getEntriesByType(type) { return entries.filter((e) => e.entryType === type); },
  clearMarks(name) { remove('mark', name); },
  clearMeasures(name) { remove('measure', name); },
  toJSON() { return { timeOrigin: this.timeOrigin }; },
};

function remove(type, name) {
  for (let i = entries.length - 1; i >= 0; i--) {
    if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
  }
}

module.exports = { performance, PerformanceEntry, PerformanceMark, PerformanceMeasure };
