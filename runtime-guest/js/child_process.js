// node:child_process — a sandboxed program cannot start processes, so every
// way of starting one throws an error that says so (nothing is run and no
// ChildProcess pretends to exist). Packages that only load the module work.
'use strict';

const { codes } = require('internal/errors');
const EventEmitter = require('events');

function refuse(name) {
  const fn = {
    [name]() {
      throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(
        `child_process.${name}()`);
    },
  }[name];
  return fn;
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(
      'child_process.ChildProcess');
  }
}

module.exports = {
  ChildProcess,
  exec: refuse('exec'),
  execFile: refuse('execFile'),
  execFileSync: refuse('execFileSync'),
  execSync: refuse('execSync'),
  fork: refuse('fork'),
  spawn: refuse('spawn'),
  spawnSync: refuse('spawnSync'),
  _forkChild: refuse('_forkChild'),
};
