// Uncaught exceptions and unhandled rejections: the 'uncaughtException',
// 'uncaughtExceptionMonitor' and 'unhandledRejection' events, and Node's
// report on stderr when nobody handles them.
'use strict';

const loop = require('internal/event_loop');
const { codes } = require('internal/errors');

let process;
let handlingFatal = false;
// Errors made for a rejection with a non-error reason (their report has
// Node's internal header).
const wrappedNonErrors = new WeakSet();

// Sources of loaded files, for printing the line an error came from.
const sources = new Map();
function registerSource(filename, source) {
  sources.set(filename, source);
}

function install(proc) {
  process = proc;
  loop.hooks.onUncaught = (err) => triggerUncaught(err, false);
  loop.hooks.onUnhandledRejection = onUnhandledRejection;
}

function onUnhandledRejection(reason, promise) {
  if (process.emit('unhandledRejection', reason, promise)) return;
  // Node's default mode ('throw'): report it as an uncaught exception.
  let err = reason;
  if (!(reason instanceof Error)) {
    const { inspect } = require('internal/util/inspect');
    err = new codes.ERR_UNHANDLED_REJECTION(typeof reason === 'string' ? reason : inspect(reason));
    err.name = 'UnhandledPromiseRejection';
    // Node's message shows no `[CODE]` for this one.
    Object.defineProperty(err, 'stack', {
      value: `UnhandledPromiseRejection: ${err.message}${err.stack.slice(err.stack.indexOf('\n'))}`,
      configurable: true,
      writable: true,
    });
    wrappedNonErrors.add(err);
  }
  triggerUncaught(err, true);
}

function triggerUncaught(err, fromPromise) {
  if (typeof process._captureCallback === 'function') {
    process._captureCallback(err);
    return;
  }
  const origin = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  if (handlingFatal) {
    fatalException(err, fromPromise, 7);
  }
  try {
    process.emit('uncaughtExceptionMonitor', err, origin);
  } catch (monitorErr) {
    fatalException(monitorErr, false, 7);
  }
  if (process.listenerCount('uncaughtException') === 0) {
    fatalException(err, fromPromise);
  }
  handlingFatal = true;
  try {
    process.emit('uncaughtException', err, origin);
  } catch (handlerErr) {
    // Node: "Internal Exception Handler Run-Time Failure", exit code 7.
    fatalException(handlerErr, false, 7);
  } finally {
    handlingFatal = false;
  }
}

// Prints the report and ends the process, running 'exit' listeners first.
function fatalException(err, fromPromise, code = 1) {
  try {
    binding.writeStderr(formatFatal(err, fromPromise));
  } catch {
    binding.writeStderr('Uncaught exception (and it could not be printed)\n');
  }
  if (!process._exiting) {
    process.exitCode = code;
    process._exiting = true;
    loop.markExiting();
    try {
      process.emit('exit', code);
    } catch (exitErr) {
      binding.writeStderr(formatFatal(exitErr, false));
    }
  }
  binding.exit(code);
}

function formatFatal(err, fromPromise) {
  const { inspect: plainInspect } = require('internal/util/inspect');
  // Node reports with custom inspection off and at least 5 levels deep.
  const inspect = (value) => plainInspect(value, {
    customInspect: false,
    depth: Math.max(plainInspect.defaultOptions.depth, 5),
  });
  const isError = err instanceof Error || Object.prototype.toString.call(err) === '[object Error]';
  let out = '';
  if (isError && wrappedNonErrors.has(err)) {
    out += 'node:internal/process/promises:389\n      new UnhandledPromiseRejection(reason);\n      ^\n\n';
    out += `${inspect(err)}\n`;
  } else if (isError && unhandledEventStack(err) !== undefined) {
    // Node's header is the throw inside emit(), then the stack with the
    // emit() call appended.
    out += "node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\n";
    try {
      err.stack = unhandledEventStack(err);
    } catch {
      // A read-only stack is printed as it is.
    }
    out += `${inspect(err)}\n`;
  } else if (isError) {
    out += sourceHeader(err);
    out += `${inspect(err)}\n`;
  } else {
    // Node prints thrown non-errors raw, right under the caret.
    const header = sourceHeader(err);
    out += `\n${header.slice(0, -1)}${typeof err === 'string' ? err : inspect(err)}\n`;
    if (!fromPromise && (typeof err !== 'object' || err === null)) {
      out += '(Use `node --trace-uncaught ...` to show where the exception was thrown)\n';
    }
  }
  out += `\nNode.js ${process.version}\n`;
  return out;
}

function unhandledEventStack(err) {
  return require('internal/events_unhandled').enhancedStack(err);
}

// `file:line`, the source line and a caret, then a blank line.
function sourceHeader(err) {
  const loc = require('internal/error_stack').errorLocation(err);
  if (!loc) return '';
  const [file, line, col] = loc;
  let source = sources.get(file);
  if (source === undefined && file.startsWith('node:')) {
    // Thrown inside a built-in: Node shows its own internal line too.
    source = binding.builtinSource(file.slice(5));
    if (source === undefined) return '';
  } else if (source === undefined) {
    try {
      source = binding.readFileUtf8(file);
    } catch {
      return '';
    }
  }
  const text = source.split('\n')[line - 1];
  if (text === undefined) return '';
  const shown = text.replace(/\r$/, '');
  return `${file}:${line}\n${shown}\n${' '.repeat(Math.max(0, col - 1))}^\n\n`;
}

function sourceOf(filename) {
  return sources.get(filename);
}

module.exports = { install, triggerUncaught, fatalException, registerSource, sourceOf, formatFatal };
