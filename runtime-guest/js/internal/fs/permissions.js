// The sandbox's file-system grants, as the program sees them: errors from
// paths the host did not grant become Node's permission-model error
// (ERR_ACCESS_DENIED, with `permission` and `resource`), and the message
// names the sandnode flag that would allow the operation.
//
// Enforcement is the host's (preopens, read-only or writable); this only
// explains a refusal. A path outside every grant does not exist for the
// guest (ENOENT), a write under a read-only grant and a symlink leading out
// of a grant are refused (EPERM): those, and only those, are translated.
'use strict';

const pathModule = require('path');

let grants;
function loadGrants() {
  if (grants === undefined) {
    grants = binding.fsGrants().map(([root, writable]) => ({
      root: root.length > 1 ? root.replace(/\/+$/, '') : root,
      writable,
    }));
  }
  return grants;
}

// The grant whose directory holds `abs` (the deepest one), or undefined.
function grantOf(abs) {
  let best;
  for (const g of loadGrants()) {
    const inside = g.root === '/' || abs === g.root || abs.startsWith(`${g.root}/`);
    if (inside && (best === undefined || g.root.length > best.root.length)) best = g;
  }
  return best;
}

function denied(write, resource) {
  const flag = write ? '--allow-write' : '--allow-read';
  const err = new Error(`Access to this API has been restricted. Use ${flag} to manage permissions.`);
  err.code = 'ERR_ACCESS_DENIED';
  err.permission = write ? 'FileSystemWrite' : 'FileSystemRead';
  err.resource = resource;
  return err;
}

// Syscalls that change the file system (open depends on its flags).
const WRITES = new Set([
  'mkdir', 'mkdtemp', 'rmdir', 'rm', 'unlink', 'rename', 'link', 'symlink', 'copyfile',
  'cp', 'utime', 'lutime', 'futime', 'truncate', 'ftruncate', 'write',
]);

let openWrites = false;
// Called by the open paths just before the native open: whether it writes.
function noteOpen(flags) {
  // O_WRONLY 1, O_RDWR 2, O_CREAT 0o100, O_TRUNC 0o1000, O_APPEND 0o2000.
  openWrites = (flags & 3) !== 0 || (flags & 0o3100) !== 0;
}

const NOT_CAPABLE = '__sandnodeNotCapable';

// The permission error `err` stands for, or undefined when it is an
// ordinary file-system error. `path`/`dest` are as the program gave them.
function accessDeniedFor(err, path, dest) {
  const code = err?.code;
  if (code !== 'ENOENT' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EROFS') return undefined;
  const syscall = err.syscall;
  const write = syscall === 'open' ? openWrites : WRITES.has(syscall);
  const notCapable = err[NOT_CAPABLE] === true;
  // rename and link write both ends; copyfile reads its source.
  const targets = dest === undefined ? [[path, write]]
    : [[path, write && syscall !== 'copyfile' && syscall !== 'symlink'], [dest, write]];
  for (const [p, needsWrite] of targets) {
    if (typeof p !== 'string') continue;
    const abs = pathModule.resolve(p);
    const grant = grantOf(abs);
    if (grant === undefined) return denied(needsWrite, abs);
    if (code === 'ENOENT') continue;
    if (notCapable) return denied(needsWrite, abs);
    if (needsWrite && !grant.writable) return denied(true, abs);
    // A symlink inside a grant that leads out of it (or into a read-only
    // one): the host refuses with EPERM. Find out where the path really
    // goes, so that a genuine EPERM stays what it is.
    const real = realTarget(abs);
    if (real !== abs) {
      const realGrant = real === undefined ? undefined : grantOf(real);
      if (realGrant === undefined) return denied(needsWrite, abs);
      if (needsWrite && !realGrant.writable) return denied(true, abs);
    }
  }
  return undefined;
}

// Where `abs` leads after symlinks, following each link the guest can
// read (links inside grants) until the path leaves every grant. Missing
// components are kept as they are (a file about to be created).
function realTarget(abs) {
  let path = abs;
  for (let hops = 0; hops <= 40; hops++) {
    const grant = grantOf(path);
    if (grant === undefined) return path;
    // Walk down from the grant's root, looking for a symlink.
    const rest = path.slice(grant.root.length).split('/').filter(Boolean);
    let current = grant.root;
    let followed = false;
    for (let i = 0; i < rest.length; i++) {
      const next = current === '/' ? `/${rest[i]}` : `${current}/${rest[i]}`;
      let target;
      try {
        target = binding.fsReadlink(next);
      } catch (err) {
        // A link whose target WASI will not even show (an absolute one)
        // leads out of the sandbox's view.
        if (err?.code === 'EPERM') return undefined;
        current = next;
        continue;
      }
      path = pathModule.join(pathModule.resolve(current, target), ...rest.slice(i + 1));
      followed = true;
      break;
    }
    if (!followed) return path;
  }
  return undefined;
}

module.exports = { accessDeniedFor, noteOpen, grantOf };
