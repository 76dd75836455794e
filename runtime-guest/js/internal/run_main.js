// Runs the program given on the command line, then the event loop, then
// 'beforeExit' (again while it schedules more work) and 'exit'.
'use strict';

const loop = require('internal/event_loop');
const execution = require('internal/process/execution');

// The evaluation of an ES module main entry.
let mainPromise;

// Node: an entry module whose top-level await never settles ends the
// process with exit code 13 and a warning naming the await.
function warnUnsettledTLA(mainPath) {
  const { pathToURL } = require('internal/modules/esm/resolve');
  const url = pathToURL(binding.realpath(require('path').resolve(mainPath)));
  let where = url;
  const source = execution.sourceOf(url);
  if (source !== undefined) {
    const lines = source.split('\n');
    const i = lines.findIndex((l) => /^\S.*\bawait\b|^\s*await\b/.test(l) && !/^\s*(\/\/|\*)/.test(l));
    if (i !== -1) {
      const col = Math.max(lines[i].search(/\bawait\b/), 0);
      where = `${url}:${i + 1}\n${lines[i]}\n${' '.repeat(col)}^\n\n\n`;
    }
  }
  binding.writeStderr(`Warning: Detected unsettled top-level await at ${where}\n`);
  if (process.exitCode === undefined || process.exitCode === 0) process.exitCode = 13;
}

function runMain(config) {
  const process = globalThis.process;
  try {
    switch (config.mode) {
      case 'file':
        mainPromise = require('internal/modules/cjs/loader').runMain(config.payload);
        mainPromise?.then(undefined, (err) => loop.hooks.onUncaught(err));
        break;
      case 'eval':
        evalScript('[eval]', config.payload, false, config.cwd);
        break;
      case 'print':
        evalScript('[eval]', config.payload, true, config.cwd);
        break;
      case 'stdin':
        evalScript('[stdin]', binding.readStdin(), false, config.cwd);
        break;
      case 'serve':
        // One request of `sandnode serve`, or its pre-initialisation
        // (internal/serve.js).
        if (require('internal/serve').serve(config) === 'preload') {
          loop.drain();
          return require('internal/serve').preloaded() ? 0 : 1;
        }
        break;
      default:
        throw new Error(`sandnode: unknown launch mode '${config.mode}'`);
    }
  } catch (err) {
    loop.hooks.onUncaught(err);
  }

  for (;;) {
    loop.run();
    if (process._exiting) break;
    try {
      process.emit('beforeExit', process.exitCode ?? 0);
    } catch (err) {
      loop.hooks.onUncaught(err);
    }
    loop.drain();
    if (!loop.alive()) break;
  }
  // A served request ends with its loop; the instance is not a process.
  if (config.mode === 'serve') return process.exitCode ?? 0;
  if (mainPromise && binding.promiseState(mainPromise)[0] === 0) warnUnsettledTLA(config.payload);
  process._exitNaturally();
  return 0; // not reached: the guest ends in _exitNaturally
}

// -e, -p and a script on stdin run as global code, with `require`,
// `module`, `exports`, `__filename` and `__dirname` as globals, like Node.
function evalScript(name, code, print, cwd) {
  const { Module } = require('internal/modules/cjs/loader');
  const mod = new Module(name, null);
  mod.filename = `${cwd}/${name}`;
  mod.paths = Module._nodeModulePaths(cwd);
  const req = Module.makeRequire(mod);
  for (const [k, v] of Object.entries({ require: req, module: mod, exports: mod.exports, __filename: name, __dirname: '.' })) {
    Object.defineProperty(globalThis, k, { value: v, writable: true, configurable: true });
  }
  execution.registerSource(name, code);
  const result = binding.evalScript(code, name);
  if (print) {
    const { inspect } = require('internal/util/inspect');
    binding.writeStdout(`${typeof result === 'string' ? result : inspect(result)}\n`);
  }
}

module.exports = { runMain };
