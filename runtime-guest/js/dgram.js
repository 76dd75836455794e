// node:dgram over wasi:sockets UDP (natives in runtime-guest/src/udp.rs).
//
// A Socket gets its native id when it binds (WASI creates and binds in one
// step here): an explicit bind(), or the implicit one of a first send() or
// connect(), which binds the wildcard address to an ephemeral port as Node
// does. Until then the socket has no native state, so calls that need one
// fail with EBADF, as Node's do on an unbound socket.
// - receiving: a bound socket watches its incoming stream's pollable (a
//   ref'd watcher unless unref()'d) and takes every datagram the host has;
// - sending: the host takes a datagram at once or says it is full; then the
//   datagram waits in order with the later ones and the socket watches its
//   outgoing stream's pollable.
// Names go through the socket's lookup function (dns.lookup by default).
// A udp6 socket on '::' is dual-stack as in Node, from two wasi sockets
// (WASI's udp6 sockets are IPv6-only); see _bindNative.
// WASI has no broadcast, multicast or SO_REUSEADDR: those calls throw
// ERR_NOT_SUPPORTED_IN_SANDNODE naming what is missing.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const loop = require('internal/event_loop');
const { systemError, uvCode } = require('internal/net/errors');
const { isIP } = require('internal/net/ip');
const {
  validateString, validateNumber, validateFunction, validateAbortSignal, validateUint32,
} = require('internal/validators');

let Buffer;
function getBuffer() {
  Buffer ??= require('buffer').Buffer;
  return Buffer;
}

const BIND_UNBOUND = 0;
const BIND_BINDING = 1;
const BIND_BOUND = 2;
const CONNECT_NONE = 0;
const CONNECT_PENDING = 1;
const CONNECT_DONE = 2;

// Datagrams taken per wake-up before other work gets a turn.
const RECEIVE_BUDGET = 256;

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
}

// ---- errors --------------------------------------------------------------------

let uvRows;
function uvRow(code) {
  if (uvRows === undefined) {
    uvRows = new Map();
    for (const row of require('internal/util/uv_errors')) uvRows.set(row[1], row);
  }
  return uvRows.get(code) ?? [-5, 'EIO', 'i/o error'];
}

// The libuv code of a native failure; WASI names an oversized datagram
// where libuv says EMSGSIZE.
function codeOf(err) {
  if (err?.wasi === 'datagram-too-large') return 'EMSGSIZE';
  if (err?.wasi === 'canceled') return 'ECANCELED';
  return uvCode(err);
}

// Node's errno exception: "<syscall> <CODE>", no address.
function errnoError(code, syscall) {
  const e = new Error(`${syscall} ${code}`);
  e.errno = uvRow(code)[0];
  e.code = code;
  e.syscall = syscall;
  return e;
}

// Node's error for a failed bind, send or connect: "send EMSGSIZE
// 127.0.0.1:41234" ("... undefined:41234" when no address was given, as in
// Node; the address alone when the port is 0).
function hostPortError(err, syscall, address, port) {
  if (err?.wasi === 'access-denied') {
    return systemError(err, syscall === 'send' ? 'connect' : syscall, address, port);
  }
  const code = codeOf(err);
  if (code === null) return err;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = uvRow(code)[0];
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return e;
}

// ERR_SOCKET_BUFFER_SIZE is one of Node's SystemErrors.
function bufferSizeError(code, which) {
  const [errno, , text] = uvRow(code);
  const syscall = which === 0 ? 'uv_recv_buffer_size' : 'uv_send_buffer_size';
  const e = new Error(`Could not get or set buffer size: ${syscall} returned ${code} (${text})`);
  Object.defineProperty(e, 'name', { value: 'SystemError', writable: true, configurable: true });
  e.code = 'ERR_SOCKET_BUFFER_SIZE';
  e.info = { errno, code, message: text, syscall };
  e.errno = errno;
  e.syscall = syscall;
  return e;
}

// ---- argument checks ---------------------------------------------------------

function validatePort(port) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || +port === 0) {
    throw new codes.ERR_SOCKET_BAD_PORT('Port', port, false);
  }
  return +port;
}

const kBufferTypes = ['Buffer', 'TypedArray', 'DataView', 'string'];

// A Buffer viewing `buffer[offset, offset + length)`.
function sliceBuffer(buffer, offset, length) {
  const B = getBuffer();
  if (typeof buffer === 'string') buffer = B.from(buffer);
  else if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
  offset >>>= 0;
  length >>>= 0;
  if (offset > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('offset');
  if (offset + length > buffer.byteLength) throw new codes.ERR_BUFFER_OUT_OF_BOUNDS('length');
  return B.from(buffer.buffer, buffer.byteOffset + offset, length);
}

// The chunks of one datagram, or null when one is not bytes or a string.
function toChunkList(buffer) {
  const B = getBuffer();
  if (!Array.isArray(buffer)) {
    if (typeof buffer === 'string') return [B.from(buffer)];
    if (!ArrayBuffer.isView(buffer)) throw new codes.ERR_INVALID_ARG_TYPE('buffer', kBufferTypes, buffer);
    return [buffer];
  }
  const list = [];
  for (const chunk of buffer) {
    if (typeof chunk === 'string') list.push(B.from(chunk));
    else if (ArrayBuffer.isView(chunk)) list.push(chunk);
    else throw new codes.ERR_INVALID_ARG_TYPE('buffer list arguments', kBufferTypes, buffer);
  }
  return list;
}

// One Uint8Array holding the chunks back to back (a datagram is one unit).
function joinChunks(list) {
  const views = list.map((c) => new Uint8Array(c.buffer, c.byteOffset, c.byteLength));
  if (views.length === 1) return views[0];
  let total = 0;
  for (const v of views) total += v.byteLength;
  const out = new Uint8Array(total);
  let at = 0;
  for (const v of views) {
    out.set(v, at);
    at += v.byteLength;
  }
  return out;
}

// dns.lookup, except that an address literal answers on the tick queue, as
// Node's lookup does (so a send's callback and the next 'message' keep
// Node's order).
function defaultLookup(address, family, callback) {
  const literal = isIP(address);
  if (literal !== 0) {
    process.nextTick(callback, null, address, literal);
    return {};
  }
  return require('dns').lookup(address, family, callback);
}

// ---- Socket ------------------------------------------------------------------

class Socket extends EventEmitter {
  constructor(type, listener) {
    super();
    let options;
    let lookup;
    if (type !== null && typeof type === 'object') {
      options = type;
      type = options.type;
      lookup = options.lookup;
    }
    if (lookup === undefined) lookup = defaultLookup;
    else validateFunction(lookup, 'lookup');
    if (type !== 'udp4' && type !== 'udp6') throw new codes.ERR_SOCKET_BAD_TYPE();
    this.type = type;
    this._family = type === 'udp6' ? 6 : 4;
    this._lookupFn = lookup;
    this._id = null;
    // The IPv4 side of a dual-stack udp6 socket (see _bindNative).
    this._v4 = null;
    // The native socket a connect() went through.
    this._connectedId = null;
    this._closed = false;
    this._refed = true;
    this._bindState = BIND_UNBOUND;
    this._connectState = CONNECT_NONE;
    // Work waiting for the bind to finish (Node's send/connect queue).
    this._queue = undefined;
    // Datagrams the host had no room for yet, in order.
    this._outbox = [];
    this._watchingOut = null;
    this._ipv6Only = Boolean(options?.ipv6Only);
    this._reuseAddr = Boolean(options?.reuseAddr);
    this._reusePort = Boolean(options?.reusePort);
    if (options?.recvBufferSize) validateUint32(options.recvBufferSize, 'options.recvBufferSize');
    if (options?.sendBufferSize) validateUint32(options.sendBufferSize, 'options.sendBufferSize');
    this._recvBufferSize = options?.recvBufferSize || undefined;
    this._sendBufferSize = options?.sendBufferSize || undefined;
    if (typeof listener === 'function') this.on('message', listener);
    if (options?.signal !== undefined) this._watchSignal(options.signal);
  }

  _watchSignal(signal) {
    validateAbortSignal(signal, 'options.signal');
    const onAbort = () => {
      if (!this._closed) this.close();
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    this.once('close', () => signal.removeEventListener('abort', onAbort));
  }

  _healthCheck() {
    if (this._closed) throw new codes.ERR_SOCKET_DGRAM_NOT_RUNNING();
  }

  // The lookup a socket of this type does: the loopback address when none
  // is given, as Node's.
  _lookup(address, callback) {
    const fallback = this._family === 6 ? '::1' : '127.0.0.1';
    this._lookupFn(address || fallback, this._family, callback);
  }

  // ---- bind ------------------------------------------------------------------

  bind(port_, address_ /* , callback */) {
    this._healthCheck();
    if (this._bindState !== BIND_UNBOUND) throw new codes.ERR_SOCKET_ALREADY_BOUND();
    this._bindState = BIND_BINDING;
    const cb = arguments.length > 0 ? arguments[arguments.length - 1] : undefined;
    if (typeof cb === 'function') this._onceBound(cb);
    let port = port_;
    let address;
    if (port !== null && typeof port === 'object') {
      if (port.fd !== undefined) throw notSupported('dgram bind() to a file descriptor');
      address = port.address || '';
      port = port.port;
    } else {
      address = typeof address_ === 'function' ? '' : address_;
    }
    if (!address) address = this._family === 6 ? '::' : '0.0.0.0';
    this._lookup(address, (err, ip) => {
      if (this._closed) return;
      if (err) {
        this._bindState = BIND_UNBOUND;
        this.emit('error', err);
        return;
      }
      // Node hands the port to libuv as a 32-bit value cut to 16 bits.
      const wanted = ((Number(port) >>> 0) & 0xFFFF) || 0;
      try {
        this._bindNative(ip, wanted);
      } catch (e) {
        this._bindState = BIND_UNBOUND;
        this.emit('error', this._bindError(e, ip, wanted));
        return;
      }
      this._startListening();
    });
    return this;
  }

  // Node's udp6 socket on '::' is dual-stack unless ipv6Only; WASI's udp6
  // sockets are IPv6-only, so an IPv4 socket on the same port serves the
  // IPv4 side and its peers show as IPv4-mapped, as on one dual-stack socket.
  _bindNative(ip, port) {
    if (this._family !== 6 || this._ipv6Only || ip !== '::') {
      this._id = binding.udpBind(this._family, ip, port);
      return;
    }
    for (let tries = 0; ; tries++) {
      const v6 = binding.udpBind(6, '::', port);
      const [, bound] = binding.udpLocalAddress(v6);
      try {
        this._v4 = binding.udpBind(4, '0.0.0.0', bound);
      } catch (err) {
        if (err?.wasi === 'address-in-use') {
          binding.udpClose(v6);
          // An ephemeral port free for IPv6 but taken for IPv4: another one.
          if (port === 0 && tries < 8) continue;
          throw err;
        }
        // No IPv4 here (or not granted): the IPv6 side alone.
      }
      this._id = v6;
      return;
    }
  }

  // A bind callback runs on 'listening'; until then, an 'error' only drops
  // it (so a failed bind with a callback emits to no one, as in Node).
  _onceBound(cb) {
    const onListening = () => {
      this.removeListener('error', onError);
      cb.call(this);
    };
    const onError = () => this.removeListener('listening', onListening);
    this.once('listening', onListening);
    this.once('error', onError);
  }

  _bindError(err, ip, port) {
    if (err?.wasi === 'address-in-use' && (this._reuseAddr || this._reusePort)) {
      return notSupported(`dgram ${this._reuseAddr ? 'reuseAddr' : 'reusePort'} (sharing a bound port)`);
    }
    return hostPortError(err, 'bind', ip, port);
  }

  _startListening() {
    this._bindState = BIND_BOUND;
    if (this._recvBufferSize) this._bufferSize(this._recvBufferSize, 0);
    if (this._sendBufferSize) this._bufferSize(this._sendBufferSize, 1);
    this._watchIncoming(this._id);
    if (this._v4 !== null) this._watchIncoming(this._v4);
    this.emit('listening');
    this._flushQueue();
  }

  _enqueue(task) {
    if (this._queue === undefined) {
      this._queue = [];
      const onError = () => {
        this.removeListener('listening', onListening);
        this._queue = undefined;
      };
      const onListening = () => this.removeListener(EventEmitter.errorMonitor, onError);
      this.once(EventEmitter.errorMonitor, onError);
      this.once('listening', onListening);
    }
    this._queue.push(task);
  }

  _flushQueue() {
    const queue = this._queue;
    this._queue = undefined;
    for (const task of queue ?? []) task();
  }

  // ---- receive ---------------------------------------------------------------

  _watchIncoming(id) {
    loop.watch(id, () => this._receiveAll(id), this._refed);
  }

  _receiveAll(id) {
    const mapped = id === this._v4;
    let budget = RECEIVE_BUDGET;
    while (budget > 0 && this._id !== null) {
      let batch;
      try {
        batch = binding.udpReceive(id);
      } catch (err) {
        this.emit('error', errnoError(codeOf(err) ?? 'EIO', 'recvmsg'));
        return;
      }
      if (batch.length === 0) return;
      budget -= batch.length;
      for (const [bytes, address, port, family] of batch) {
        if (this._id === null) return;
        const msg = getBuffer().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const rinfo = mapped
          ? { address: `::ffff:${address}`, family: 'IPv6', port, size: msg.length }
          : { address, family, port, size: msg.length };
        // One callback per datagram, with the tick queue drained after
        // each, as libuv calls Node back once per datagram.
        loop.invoke(this.emit, this, ['message', msg, rinfo]);
      }
    }
  }

  // ---- send ------------------------------------------------------------------

  send(buffer, offset, length, port, address, callback) {
    const connected = this._connectState === CONNECT_DONE;
    if (!connected) {
      if (address || (port && typeof port !== 'function')) {
        buffer = sliceBuffer(buffer, offset, length);
      } else {
        callback = port;
        port = offset;
        address = length;
      }
    } else {
      if (typeof length === 'number') {
        buffer = sliceBuffer(buffer, offset, length);
        if (typeof port === 'function') {
          callback = port;
          port = null;
        }
      } else {
        callback = offset;
      }
      if (port || address) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    }
    const list = toChunkList(buffer);
    if (!connected) port = validatePort(port);
    if (typeof callback !== 'function') callback = undefined;
    if (typeof address === 'function') {
      callback = address;
      address = undefined;
    } else if (address != null) {
      validateString(address, 'address');
    }
    this._healthCheck();
    if (this._bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (list.length === 0) list.push(getBuffer().alloc(0));
    if (this._bindState !== BIND_BOUND) {
      this._enqueue(() => this.send(list, port, address, callback));
      return;
    }
    if (connected) {
      this._doSend(null, null, list, address, port, callback);
      return;
    }
    this._lookup(address, (err, ip) => this._doSend(err, ip, list, address, port, callback));
  }

  // Node's older spelling, with stricter checks.
  sendto(buffer, offset, length, port, address, callback) {
    validateNumber(offset, 'offset');
    validateNumber(length, 'length');
    validateNumber(port, 'port');
    validateString(address, 'address');
    this.send(buffer, offset, length, port, address, callback);
  }

  _doSend(err, ip, list, address, port, callback) {
    if (err) {
      if (callback) process.nextTick(callback, err);
      else process.nextTick(() => this.emit('error', err));
      return;
    }
    if (this._id === null) return;
    const [sid, routed] = ip === null ? [this._connectedId ?? this._id, null] : this._route(ip);
    const item = { bytes: joinChunks(list), sid, ip: routed, address, port, callback };
    // Earlier datagrams still waiting go first.
    if (this._outbox.length > 0) {
      this._outbox.push(item);
      return;
    }
    if (!this._trySend(item)) {
      this._outbox.push(item);
      this._watchOutbox();
    }
  }

  // The native socket that reaches `ip`, and the address it takes: the
  // IPv4 side of a dual-stack socket for IPv4-mapped addresses (a plain
  // IPv4 address is EINVAL on a udp6 socket, in Node as here).
  _route(ip) {
    if (this._v4 !== null && typeof ip === 'string') {
      const m = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
      if (m !== null) return [this._v4, m[1]];
    }
    return [this._id, ip];
  }

  // Hands one datagram to the host. False: no room yet, keep it.
  _trySend(item) {
    let sent;
    try {
      sent = binding.udpSend(item.sid, item.bytes, item.ip ?? '', item.port ?? 0);
    } catch (err) {
      this._sendFailed(item, err);
      return true;
    }
    if (!sent) return false;
    if (item.callback) process.nextTick(item.callback, null, item.bytes.byteLength);
    return true;
  }

  // Node drops a failed send silently unless it has a callback; a refusal
  // by the sandbox is reported either way, so it is never silent.
  _sendFailed(item, err) {
    const ex = hostPortError(err, 'send', item.address, item.port);
    if (item.callback) process.nextTick(item.callback, ex);
    else if (ex.code === 'ERR_ACCESS_DENIED') process.nextTick(() => this.emit('error', ex));
  }

  // Watches the outgoing stream of the socket the first waiting datagram
  // goes through (its id + 1).
  _watchOutbox() {
    if (this._watchingOut !== null) return;
    const id = this._outbox[0].sid + 1;
    this._watchingOut = id;
    loop.watch(id, () => this._drainOutbox(), true);
  }

  _drainOutbox() {
    this._stopOutbox();
    while (this._outbox.length > 0 && this._id !== null) {
      if (!this._trySend(this._outbox[0])) {
        this._watchOutbox();
        return;
      }
      this._outbox.shift();
    }
  }

  _stopOutbox() {
    if (this._watchingOut === null) return;
    loop.unwatch(this._watchingOut);
    this._watchingOut = null;
  }

  // ---- connect ---------------------------------------------------------------

  connect(port, address, callback) {
    port = validatePort(port);
    if (typeof address === 'function') {
      callback = address;
      address = '';
    } else if (address === undefined) {
      address = '';
    }
    validateString(address, 'address');
    if (this._connectState !== CONNECT_NONE) throw new codes.ERR_SOCKET_DGRAM_IS_CONNECTED();
    this._connectState = CONNECT_PENDING;
    if (this._bindState === BIND_UNBOUND) this.bind({ port: 0, exclusive: true }, null);
    if (this._bindState !== BIND_BOUND) {
      this._enqueue(() => this._connect(port, address, callback));
      return;
    }
    this._connect(port, address, callback);
  }

  _connect(port, address, callback) {
    if (callback) this.once('connect', callback);
    this._lookup(address, (err, ip) => this._doConnect(err, ip, address, port, callback));
  }

  _doConnect(err, ip, address, port, callback) {
    if (this._id === null) return;
    let sid;
    if (!err) {
      let routed;
      [sid, routed] = this._route(ip);
      try {
        binding.udpConnect(sid, routed, port);
      } catch (e) {
        err = hostPortError(e, 'connect', address, port);
      }
    }
    if (err) {
      this._connectState = CONNECT_NONE;
      process.nextTick(() => {
        if (callback) {
          this.removeListener('connect', callback);
          callback(err);
        } else {
          this.emit('error', err);
        }
      });
      return;
    }
    this._connectState = CONNECT_DONE;
    this._connectedId = sid;
    // Only the peer is heard now: the other side of a dual-stack socket
    // goes quiet until disconnect().
    if (this._v4 !== null) loop.unwatch(sid === this._v4 ? this._id : this._v4);
    process.nextTick(() => this.emit('connect'));
  }

  disconnect() {
    if (this._connectState !== CONNECT_DONE) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const sid = this._connectedId;
    try {
      binding.udpDisconnect(sid);
    } catch (err) {
      throw errnoError(codeOf(err) ?? 'EIO', 'connect');
    }
    this._connectState = CONNECT_NONE;
    this._connectedId = null;
    if (this._v4 !== null) this._watchIncoming(sid === this._v4 ? this._id : this._v4);
  }

  remoteAddress() {
    this._healthCheck();
    if (this._connectState !== CONNECT_DONE) throw new codes.ERR_SOCKET_DGRAM_NOT_CONNECTED();
    const [address, port, family] = binding.udpRemoteAddress(this._connectedId);
    if (this._connectedId === this._v4) return { address: `::ffff:${address}`, family: 'IPv6', port };
    return { address, family, port };
  }

  address() {
    this._healthCheck();
    if (this._id === null) throw errnoError('EBADF', 'getsockname');
    const [address, port, family] = binding.udpLocalAddress(this._id);
    return { address, family, port };
  }

  // ---- close, ref ------------------------------------------------------------

  close(callback) {
    if (typeof callback === 'function') this.on('close', callback);
    if (this._queue !== undefined) {
      this._queue.push(() => this.close());
      return this;
    }
    this._healthCheck();
    this._closed = true;
    this._stopOutbox();
    for (const id of [this._id, this._v4]) {
      if (id === null) continue;
      loop.unwatch(id);
      binding.udpClose(id);
    }
    this._id = null;
    this._v4 = null;
    this._connectedId = null;
    this._cancelOutbox();
    process.nextTick(() => this.emit('close'));
    return this;
  }

  // Datagrams the host never took: their callbacks learn so, as libuv's
  // do when a handle closes with sends queued.
  _cancelOutbox() {
    const left = this._outbox;
    this._outbox = [];
    for (const item of left) {
      if (item.callback) process.nextTick(item.callback, hostPortError({ wasi: 'canceled' }, 'send', item.address, item.port));
    }
  }

  ref() {
    if (!this._refed) {
      this._refed = true;
      for (const id of [this._id, this._v4]) if (id !== null) loop.refWatcher(id, true);
    }
    return this;
  }

  unref() {
    if (this._refed) {
      this._refed = false;
      for (const id of [this._id, this._v4]) if (id !== null) loop.refWatcher(id, false);
    }
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this._closed) return Promise.resolve();
    return new Promise((resolve) => this.close(resolve));
  }

  // ---- options ---------------------------------------------------------------

  // `which`: 0 receive, 1 send; size 0 only reads.
  _bufferSize(size, which) {
    if (size >>> 0 !== size) throw new codes.ERR_SOCKET_BAD_BUFFER_SIZE();
    if (this._id === null) throw bufferSizeError('EBADF', which);
    try {
      // wasmtime halves what Linux reports (the kernel doubles a set
      // value for its bookkeeping); Node shows the kernel's figure.
      // The IPv4 side of a dual-stack socket follows, best effort.
      if (size > 0 && this._v4 !== null) {
        try { binding.udpBufferSize(this._v4, which, size); } catch {}
      }
      return binding.udpBufferSize(this._id, which, size) * 2;
    } catch (err) {
      throw bufferSizeError(codeOf(err) ?? 'EIO', which);
    }
  }

  setRecvBufferSize(size) { this._bufferSize(size, 0); }
  setSendBufferSize(size) { this._bufferSize(size, 1); }
  getRecvBufferSize() { return this._bufferSize(0, 0); }
  getSendBufferSize() { return this._bufferSize(0, 1); }

  getSendQueueSize() {
    let bytes = 0;
    for (const item of this._outbox) bytes += item.bytes.byteLength;
    return bytes;
  }

  getSendQueueCount() { return this._outbox.length; }

  setTTL(ttl) {
    validateNumber(ttl, 'ttl');
    if (this._id === null) throw errnoError('EBADF', 'setTTL');
    if (!(ttl >= 1 && ttl <= 255) || !Number.isInteger(ttl)) throw errnoError('EINVAL', 'setTTL');
    try {
      binding.udpSetTTL(this._id, ttl);
      if (this._v4 !== null) binding.udpSetTTL(this._v4, ttl);
    } catch (err) {
      throw errnoError(codeOf(err) ?? 'EIO', 'setTTL');
    }
    return ttl;
  }

  // WASI offers no such socket option. An unbound socket fails first with
  // Node's EBADF; a bound one says what sandnode lacks.
  _unsupported(syscall, what) {
    if (this._id === null) throw errnoError('EBADF', syscall);
    throw notSupported(`dgram ${what} (WASI sockets have no ${syscall.includes('ulticast') || syscall.includes('Membership') ? 'multicast' : 'broadcast'})`);
  }

  setBroadcast() {
    this._unsupported('setBroadcast', 'socket.setBroadcast()');
  }

  setMulticastTTL(ttl) {
    validateNumber(ttl, 'ttl');
    this._unsupported('setMulticastTTL', 'socket.setMulticastTTL()');
  }

  setMulticastLoopback() {
    this._unsupported('setMulticastLoopback', 'socket.setMulticastLoopback()');
  }

  setMulticastInterface(interfaceAddress) {
    this._healthCheck();
    validateString(interfaceAddress, 'interfaceAddress');
    this._unsupported('setMulticastInterface', 'socket.setMulticastInterface()');
  }

  addMembership(multicastAddress, interfaceAddress) {
    this._membership('addMembership', multicastAddress, interfaceAddress);
  }

  dropMembership(multicastAddress, interfaceAddress) {
    this._membership('dropMembership', multicastAddress, interfaceAddress);
  }

  _membership(name, multicastAddress) {
    this._healthCheck();
    if (!multicastAddress) throw new codes.ERR_MISSING_ARGS('multicastAddress');
    validateString(multicastAddress, 'multicastAddress');
    this._unsupported(name, `socket.${name}()`);
  }

  addSourceSpecificMembership(sourceAddress, groupAddress) {
    this._sourceMembership('addSourceSpecificMembership', sourceAddress, groupAddress);
  }

  dropSourceSpecificMembership(sourceAddress, groupAddress) {
    this._sourceMembership('dropSourceSpecificMembership', sourceAddress, groupAddress);
  }

  _sourceMembership(name, sourceAddress, groupAddress) {
    this._healthCheck();
    validateString(sourceAddress, 'sourceAddress');
    validateString(groupAddress, 'groupAddress');
    this._unsupported(name, `socket.${name}()`);
  }
}

function createSocket(type, listener) {
  return new Socket(type, listener);
}

module.exports = { createSocket, Socket };
