// util.getCallSites(): the frames of the current stack as objects, read from
// the engine's stack text (QuickJS has no structured call-site API).
'use strict';

// Script ids are made up per script name, in order of first sight: V8's
// numbering has no counterpart here.
const scriptIds = new Map();
function scriptIdOf(name) {
  let id = scriptIds.get(name);
  if (id === undefined) {
    id = String(scriptIds.size + 1);
    scriptIds.set(name, id);
  }
  return id;
}

// "    at name (file:line:col)" or "    at file:line:col".
const framePattern = /^\s+at (?:(.*?) \((.*)\)|(.*))$/;
const locationPattern = /^(.*):(\d+):(\d+)$/;

function parseFrame(line) {
  const m = framePattern.exec(line);
  if (m === null) return undefined;
  const location = m[2] !== undefined ? m[2] : m[3];
  const loc = locationPattern.exec(location);
  if (loc === null) return undefined;
  const lineNumber = Number(loc[2]);
  const column = Number(loc[3]);
  return {
    __proto__: null,
    functionName: m[1] !== undefined ? m[1] : '',
    scriptId: scriptIdOf(loc[1]),
    scriptName: loc[1],
    lineNumber,
    columnNumber: column,
    column,
  };
}

// The `count` frames above the public function (`util.getCallSites`).
function callSites(count) {
  const limit = Error.stackTraceLimit;
  let stack;
  try {
    Error.stackTraceLimit = count + 8;
    stack = String(new Error().stack);
  } finally {
    Error.stackTraceLimit = limit;
  }
  const frames = [];
  for (const line of stack.split('\n').slice(1)) {
    const frame = parseFrame(line);
    if (frame !== undefined) frames.push(frame);
  }
  // Drop this module's frame and the public function's (both inside node:).
  let start = 0;
  while (start < frames.length && start < 2 && frames[start].scriptName.startsWith('node:')) start++;
  return frames.slice(start, start + count);
}

module.exports = { callSites };
