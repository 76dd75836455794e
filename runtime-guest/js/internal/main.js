// The guest's entry point. Rust compiles this file as a function of `binding`
// and calls it once; it returns `run(argv)`, which runs the user's program
// and the event loop and returns the exit code.
//
// argv from the host: [execPath, launchJSON, ...userArgs], where launchJSON
// (written by host/src/launch.rs) holds:
//   mode     'file' (payload: absolute script path), 'eval' (-e, payload: code),
//            'print' (-p, payload: code) or 'stdin' (script read from stdin);
//            'serve' (an app's snapshot) and 'command' (`sandnode build` of a
//            script: payload is its path, `sources` the files to embed)
//   payload, cwd, pid, ppid, and the terminal size of stdout/stderr if any
//   grants   { read: [dirs], write: [dirs], env: bool, net: bool, lookup: bool }: what the
//            program was granted, for error messages only (the host
//            enforces). node:fs reads its grants from the preopens
//            themselves (internal/fs/permissions.js).

'use strict';

// ---- built-in module loader --------------------------------------------------
// Each file under runtime-guest/js/ is one module, compiled lazily on first
// require. `internal/*` modules are reachable only from other built-ins.

const builtinCache = new Map();

function requireBuiltin(id) {
  const cached = builtinCache.get(id);
  if (cached !== undefined) return cached.exports;
  const source = binding.builtinSource(id);
  if (source === undefined) {
    throw new Error(`sandnode: no built-in module named '${id}'`);
  }
  const mod = { id, exports: {}, loaded: false };
  builtinCache.set(id, mod);
  try {
    const fn = binding.compileBuiltin(source, `node:${id}`, 'exports, require, module, binding');
    fn.call(mod.exports, mod.exports, requireBuiltin, mod, binding);
  } catch (err) {
    // A built-in that failed to load (out of memory, say) is tried afresh
    // next time rather than left half-made in the cache.
    builtinCache.delete(id);
    throw err;
  }
  mod.loaded = true;
  return mod.exports;
}

// Everything that does not depend on how the program was launched is done
// now, when this file is first evaluated: when the host pre-initialises the
// guest, that work is captured in the snapshot.
requireBuiltin('internal/bootstrap').init();

// The launch of an app snapshot (`sandnode serve`, `sandnode build`): kept
// in the snapshot, so that another host (`wasmtime serve`), which passes no
// launch, runs the app the way it was built.
let snapshotLaunch = null;

// The launch of a command built by `sandnode build` (mode 'command'): its
// runner (`wasmtime run script.wasm a b`) passes plain arguments, which are
// the script's.
let commandLaunch = null;

function run(argv) {
  // Rust's call into this function reset QuickJS's stack limit.
  binding.armStackLimit();
  const startMs = binding.monotonicMs();
  const config = commandLaunch !== null ? commandConfig(argv, startMs) : launchConfig(argv, startMs);
  // Nothing runs when a command is built.
  if (config === null) return 0;
  requireBuiltin('internal/bootstrap').setup(config);
  return requireBuiltin('internal/run_main').runMain(config);
}

function launchConfig(argv, startMs) {
  let [execPath, launchJSON, ...userArgs] = argv;
  if (launchJSON === undefined && snapshotLaunch !== null) {
    launchJSON = snapshotLaunch;
    execPath ??= 'sandnode';
  }
  if (launchJSON === undefined) {
    throw new Error('this guest was started without a launch: run it with sandnode, ' +
      'or build a standalone component with `sandnode build`');
  }
  const launch = JSON.parse(launchJSON);
  if (launch.mode === 'serve') snapshotLaunch ??= launchJSON;
  if (launch.mode === 'command') {
    // Build time: embed the module files, and run nothing of the script.
    requireBuiltin('internal/modules/sources').embed(launch.sources);
    launch.sources = undefined;
    commandLaunch = launch;
    return null;
  }
  return { ...launch, execPath, userArgs, startMs };
}

// A built command's run: the runner's arguments are the script's.
function commandConfig(argv, startMs) {
  const execPath = argv.length > 0 ? argv[0] : 'sandnode';
  return { ...commandLaunch, mode: 'file', execPath, userArgs: argv.slice(1), startMs };
}

return run;
