// Node's system errors for sockets and name lookup, from the failures the
// natives report (runtime-guest/src/net.rs): `err.wasi` is a wasi:sockets
// error code ("connection-refused") or "stream:<host text>" for a failed
// read or write.
'use strict';

let byName;
function uvRow(code) {
  if (byName === undefined) {
    byName = new Map();
    for (const row of require('internal/util/uv_errors')) byName.set(row[1], row);
  }
  return byName.get(code) ?? [-5, 'EIO', 'i/o error'];
}

const kWasiToUv = {
  'access-denied': 'EACCES',
  'not-supported': 'ENOTSUP',
  'invalid-argument': 'EINVAL',
  'out-of-memory': 'ENOMEM',
  timeout: 'ETIMEDOUT',
  'concurrency-conflict': 'EALREADY',
  'would-block': 'EAGAIN',
  'invalid-state': 'EINVAL',
  'new-socket-limit': 'EMFILE',
  'address-not-bindable': 'EADDRNOTAVAIL',
  'address-in-use': 'EADDRINUSE',
  'remote-unreachable': 'EHOSTUNREACH',
  'connection-refused': 'ECONNREFUSED',
  'connection-reset': 'ECONNRESET',
  'connection-aborted': 'ECONNABORTED',
  'bad-handle': 'EBADF',
};

// The libuv code name for a native failure. `closedCode` is what a closed
// stream means here (EPIPE for a write; a read sees no error, only the end).
function uvCode(err, closedCode = 'EPIPE') {
  const wasi = err?.wasi;
  if (typeof wasi !== 'string') return null;
  if (!wasi.startsWith('stream:')) return kWasiToUv[wasi] ?? 'EIO';
  const text = wasi.slice(7).toLowerCase();
  if (text === 'closed') return closedCode;
  // The host describes the I/O error that failed the stream.
  if (text.includes('reset')) return 'ECONNRESET';
  if (text.includes('broken pipe') || text.includes('broken')) return 'EPIPE';
  if (text.includes('abort')) return 'ECONNABORTED';
  if (text.includes('timed out') || text.includes('timeout')) return 'ETIMEDOUT';
  if (text.includes('refused')) return 'ECONNREFUSED';
  return 'EIO';
}

// Turns a native failure into Node's error; anything else is returned as is.
// `withText`: Node's "listen EADDRINUSE: address already in use ..." form,
// else "connect ECONNREFUSED 127.0.0.1:80".
// The host refused a connect, listen or lookup that --allow-net does not
// cover: Node's permission-model error, naming the flag.
function netAccessDenied(resource) {
  const e = new Error('Access to this API has been restricted. Use --allow-net to manage permissions.');
  e.code = 'ERR_ACCESS_DENIED';
  e.permission = 'Net';
  e.resource = resource;
  return e;
}

function systemError(err, syscall, address, port, withText = false) {
  if (err?.wasi === 'access-denied' && (syscall === 'connect' || syscall === 'listen' || syscall === 'bind')) {
    return netAccessDenied(port !== undefined ? `${address}:${port}` : `${address}`);
  }
  const code = uvCode(err, syscall === 'write' ? 'EPIPE' : 'ECONNRESET');
  if (code === null) return err;
  const [errno, , text] = uvRow(code);
  let message = withText ? `${syscall} ${code}: ${text}` : `${syscall} ${code}`;
  if (address !== undefined) message += port !== undefined && port !== 0 || withText ? ` ${address}:${port}` : ` ${address}`;
  const e = new Error(message);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  if (address !== undefined) e.address = address;
  if (port !== undefined && port !== 0 || (address !== undefined && withText)) e.port = port;
  return e;
}

// getaddrinfo failures: "getaddrinfo ENOTFOUND host".
const kLookupCodes = {
  'name-unresolvable': 'ENOTFOUND',
  'invalid-argument': 'ENOTFOUND',
  'temporary-resolver-failure': 'EAI_AGAIN',
  'permanent-resolver-failure': 'EAI_FAIL',
  'access-denied': 'EAI_FAIL',
};

function lookupError(err, syscall, hostname) {
  const wasi = err?.wasi;
  if (err !== undefined && typeof wasi !== 'string') return err;
  // With name lookup off (no --allow-net covering names), the host fails
  // every lookup as a permanent resolver failure.
  if (wasi === 'access-denied' ||
      (wasi === 'permanent-resolver-failure' && !require('internal/grants').getGrants().lookup)) {
    return netAccessDenied(hostname);
  }
  const code = err === undefined ? 'ENOTFOUND' : (kLookupCodes[wasi] ?? 'EAI_FAIL');
  const e = new Error(`${syscall} ${code} ${hostname}`);
  // Node gives getaddrinfo errors the libuv number, query errors none.
  if (syscall === 'getaddrinfo') e.errno = code === 'ENOTFOUND' ? -3008 : uvRow(code)[0];
  else e.errno = undefined;
  e.code = code;
  e.syscall = syscall;
  e.hostname = hostname;
  return e;
}

module.exports = { systemError, lookupError, uvCode, netAccessDenied };
