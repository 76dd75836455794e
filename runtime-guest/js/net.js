// node:net over wasi:sockets TCP (natives in runtime-guest/src/net.rs).
//
// A Socket is a stream.Duplex over a native socket id. Nothing blocks:
// - connecting: start the connect, watch the socket's pollable, finish it;
// - reading: take what the host has; when it has nothing, watch the input
//   stream's pollable (a ref'd watcher: a reading socket keeps the process
//   alive, as libuv's active handle does);
// - writing: hand the host what its budget takes; keep the rest and watch the
//   output stream's pollable, calling the Writable back only when all of a
//   chunk is out, so backpressure reaches the writer ('drain').
// A Server binds and listens, then accepts whenever its pollable fires.
// Host names go through internal/dns/lookup first. Unix sockets and
// passing handles/fds are not available in WASI.
'use strict';

const EventEmitter = require('events');
const { Duplex } = require('stream');
const { codes } = require('internal/errors');
const loop = require('internal/event_loop');
const { isIP, isIPv4, isIPv6 } = require('internal/net/ip');
const { SocketAddress, BlockList } = require('internal/net/socketaddress');
const { systemError } = require('internal/net/errors');
const { lookupAll } = require('internal/dns/lookup');

let Buffer;
function toBuffer(bytes) {
  Buffer ??= require('buffer').Buffer;
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const READ_CHUNK = 64 * 1024;
const kEmpty = new Uint8Array(0);

function notSupported(what) {
  return new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(what);
}

// ---- argument checks ---------------------------------------------------------

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF || (port === 0 && !allowZero)) {
    throw new codes.ERR_SOCKET_BAD_PORT(name, port, allowZero);
  }
  return port | 0;
}

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
}

function validateFunction(value, name) {
  if (typeof value !== 'function') throw new codes.ERR_INVALID_ARG_TYPE(name, 'Function', value);
}

function isPipeName(s) {
  return typeof s === 'string' && Number.isNaN(Number(s));
}

// Node's normalizeArgs: [options, callback] from (options[, cb]),
// (port[, host][, cb]) or (path[, cb]).
function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

// ---- Socket ------------------------------------------------------------------

function toBytes(chunk, encoding) {
  if (typeof chunk === 'string') {
    Buffer ??= require('buffer').Buffer;
    return Buffer.from(chunk, encoding);
  }
  if (chunk instanceof Uint8Array) return chunk;
  return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

class Socket extends Duplex {
  constructor(options = undefined) {
    if (typeof options === 'number') options = { fd: options };
    else if (options === undefined) options = {};
    if (options.fd !== undefined) throw notSupported('net.Socket over a file descriptor');
    if (options.handle !== undefined && typeof options.handle !== 'number') {
      throw notSupported('net.Socket over a handle');
    }
    super({
      ...options,
      allowHalfOpen: Boolean(options.allowHalfOpen),
      autoDestroy: true,
      emitClose: false,
      decodeStrings: false,
      highWaterMark: options.highWaterMark,
    });
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._host = null;
    this._peer = null;
    this._sockname = null;
    this._refed = true;
    this._reading = false;
    this._watchingRead = false;
    this._readTimer = null;
    this._pendingWrite = null;
    this._pendingFinal = null;
    this._bytesRead = 0;
    this._bytesDispatched = 0;
    this._timer = null;
    this._timerDue = 0;
    this._timeoutMs = 0;
    this._lastActive = 0;
    this._lookup = null;
    this._keepAlive = options.keepAlive ? [true, options.keepAliveInitialDelay ?? 0] : null;
    this.server = null;
    this._server = null;
    this._mapped = options._mapped === true;
    this.autoSelectFamilyAttemptedAddresses = undefined;
    this.on('end', onReadableEnd);
    if (options.handle !== undefined) this._attach(options.handle);
    if (options.signal !== undefined) this._watchSignal(options.signal);
  }

  _watchSignal(signal) {
    if (signal.aborted) {
      process.nextTick(() => this.destroy(abortError(signal)));
      return;
    }
    const onAbort = () => this.destroy(abortError(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    this.once('close', () => signal.removeEventListener('abort', onAbort));
  }

  // A connected native socket (from accept or connect).
  _attach(handle) {
    this._handle = handle;
    this.connecting = false;
    if (this._keepAlive !== null) this._applyKeepAlive();
  }

  get pending() {
    return this._handle === null || this.connecting;
  }

  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }

  get bytesRead() {
    return this._bytesRead;
  }

  get bytesWritten() {
    Buffer ??= require('buffer').Buffer;
    let pending = 0;
    // A chunk waiting for the connection counts, as Node's _pendingData.
    if (this._pendingWrite !== null) {
      const [chunk, encoding] = this._pendingWrite;
      pending += typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
    }
    for (const entry of this.writableBuffer ?? []) {
      const c = entry.chunk ?? entry;
      if (c != null) pending += typeof c === 'string' ? Buffer.byteLength(c, entry.encoding) : c.length;
    }
    return this._bytesDispatched + pending;
  }

  get _connecting() {
    return this.connecting;
  }

  get bufferSize() {
    return this._handle !== null ? this.writableLength : undefined;
  }

  // ---- addresses ----
  _peerInfo() {
    if (this._peer === null && this._handle !== null) {
      try {
        const [address, port, family] = binding.tcpRemoteAddress(this._handle);
        this._peer = this._mapAddress({ address, port, family });
      } catch {
        return {};
      }
    }
    return this._peer ?? {};
  }

  _sockInfo() {
    if (this._sockname === null && this._handle !== null) {
      try {
        const [address, port, family] = binding.tcpLocalAddress(this._handle);
        this._sockname = this._mapAddress({ address, port, family });
      } catch {
        return {};
      }
    }
    return this._sockname ?? {};
  }

  // A connection taken by the IPv4 half of a dual-stack server looks as it
  // does in Node, where one IPv6 socket takes both: IPv4-mapped IPv6.
  _mapAddress(info) {
    if (this._mapped && info.family === 'IPv4') {
      return { address: `::ffff:${info.address}`, port: info.port, family: 'IPv6' };
    }
    return info;
  }

  get remoteAddress() { return this._peerInfo().address; }
  get remotePort() { return this._peerInfo().port; }
  get remoteFamily() { return this._peerInfo().family; }
  get localAddress() { return this._sockInfo().address; }
  get localPort() { return this._sockInfo().port; }
  get localFamily() { return this._sockInfo().family; }

  address() {
    const info = this._sockInfo();
    return info.address === undefined ? {} : { address: info.address, family: info.family, port: info.port };
  }

  // ---- options ----
  setNoDelay(noDelay) {
    // wasi:sockets has no TCP_NODELAY; the host (wasmtime) writes each
    // chunk as it comes. Nothing to set, as with Node on a closed socket.
    void noDelay;
    return this;
  }

  setKeepAlive(enable = false, initialDelay = 0) {
    this._keepAlive = [Boolean(enable), ~~(initialDelay / 1000) * 1000];
    if (this._handle !== null && !this.connecting) this._applyKeepAlive();
    return this;
  }

  _applyKeepAlive() {
    try {
      binding.tcpSetKeepAlive(this._handle, this._keepAlive[0], this._keepAlive[1]);
    } catch {
      // As Node: a failed setsockopt is not reported.
    }
  }

  // The order of the steps is Node's: `timeout` is stored and the timer
  // armed before the callback is checked.
  //
  // The idle timer is lazy: activity only records when it happened, and the
  // timer, when it fires, arms itself again for what is left if there was
  // activity meanwhile. A server that re-arms the timeout for every request
  // (keep-alive) so pays for a timestamp, not for moving a timer.
  setTimeout(msecs, callback) {
    if (this.destroyed) return this;
    this.timeout = msecs;
    validateNumber(msecs, 'msecs');
    if (!(msecs >= 0) || !Number.isFinite(msecs)) {
      throw new codes.ERR_OUT_OF_RANGE('msecs', 'a non-negative finite number', msecs);
    }
    if (msecs === 0) {
      // A pending timer is left to fire and find nothing to do.
      this._timeoutMs = 0;
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.removeListener('timeout', callback);
      }
    } else {
      this._armTimer(msecs);
      if (callback !== undefined) {
        validateFunction(callback, 'callback');
        this.once('timeout', callback);
      }
    }
    return this;
  }

  // The timeout runs `msecs` from now; a pending timer due no later than
  // that is kept (it re-arms itself for the rest when it fires).
  _armTimer(msecs) {
    const now = binding.monotonicMs();
    this._timeoutMs = msecs;
    this._lastActive = now;
    if (this._timer !== null) {
      if (this._timerDue <= now + msecs) return;
      loop.clearTimeout(this._timer);
    }
    this._startTimer(now, msecs);
  }

  _startTimer(now, delay) {
    this._timerDue = now + delay;
    this._timer = loop.setTimeout(onSocketTimer, delay, this);
    this._timer.unref();
  }

  _onTimeout() {
    this._timer = null;
    if (this.destroyed || this._timeoutMs === 0) return;
    const now = binding.monotonicMs();
    const rest = this._lastActive + this._timeoutMs - now;
    if (rest > 0) {
      this._startTimer(now, rest);
      return;
    }
    // Idle again: the next activity or setTimeout call rearms it.
    this._lastActive = now;
    this._startTimer(now, this._timeoutMs);
    this.emit('timeout');
  }

  // (Nothing to record while the timeout is off: arming it starts afresh.)
  _activity() {
    if (this._timer !== null && this._timeoutMs !== 0) this._lastActive = binding.monotonicMs();
  }

  _clearTimer() {
    if (this._timer !== null) {
      loop.clearTimeout(this._timer);
      this._timer = null;
    }
  }

  ref() {
    this._refed = true;
    this._refWatchers(true);
    if (this._lookup !== null) this._refActive(true);
    return this;
  }

  unref() {
    this._refed = false;
    this._refWatchers(false);
    this._refActive(false);
    return this;
  }

  _refWatchers(refed) {
    if (this._handle === null) return;
    for (let i = 0; i < 3; i++) loop.refWatcher(this._handle + i, refed);
  }

  // ---- connect ----
  connect(...args) {
    let [options, cb] = Array.isArray(args[0]) ? args[0] : normalizeArgs(args);
    if (options.path !== undefined && options.path !== null) {
      throw notSupported('Unix domain sockets (net.connect with a path)');
    }
    if (this.connecting) throw new codes.ERR_INVALID_STATE('Socket is already connecting');
    if (this.destroyed) {
      // Node lets a destroyed socket reconnect; this one does not.
      throw notSupported('reconnecting a destroyed net.Socket');
    }
    if (this._handle !== null) throw new codes.ERR_INVALID_STATE('Socket is already connected');
    const { host = 'localhost', localAddress, localPort, family = 0 } = options;
    let { port } = options;
    if (localAddress !== undefined && !isIP(localAddress)) {
      throw new codes.ERR_INVALID_IP_ADDRESS(localAddress);
    }
    if (localPort !== undefined) validateNumber(localPort, 'options.localPort');
    if (typeof host !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('options.host', 'string', host);
    if (port === undefined) throw new codes.ERR_MISSING_ARGS(['options', 'port', 'path']);
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw new codes.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port);
    }
    port = validatePort(port);
    if (![0, 4, 6].includes(family)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options.family', family, 'must be one of: 0, 4, 6');
    }
    if (options.lookup !== undefined) validateFunction(options.lookup, 'options.lookup');
    if (options.timeout) this.setTimeout(options.timeout);
    if (options.noDelay) this.setNoDelay(true);
    if (options.keepAlive) this.setKeepAlive(true, options.keepAliveInitialDelay);
    if (cb !== null) this.once('connect', cb);
    this.connecting = true;
    this._host = host;
    this._refActive(true);
    const lookupOpts = { family, order: 'verbatim' };
    const go = (err, list) => {
      this._refActive(false);
      this._lookup = null;
      if (this.destroyed) return;
      if (err) {
        this.emit('lookup', err, undefined, undefined, host);
        this.destroy(err);
        return;
      }
      this.emit('lookup', null, list[0].address, list[0].family, host);
      this._connectTo(list, 0, port, localAddress, localPort);
    };
    const ip = isIP(host);
    if (ip !== 0) {
      this._refActive(false);
      // Node connects to an address literal without a lookup event.
      process.nextTick(() => {
        if (!this.destroyed) this._connectTo([{ address: host, family: ip }], 0, port, localAddress, localPort);
      });
    } else if (options.lookup !== undefined) {
      this._lookup = { cancel() {} };
      options.lookup(host, { family, all: true }, (err, addresses, fam) => {
        if (err) return go(err);
        const list = Array.isArray(addresses) ? addresses : [{ address: addresses, family: fam }];
        go(null, list);
      });
    } else {
      this._lookup = lookupAll(host, lookupOpts, go);
    }
    return this;
  }

  // Keeps the loop alive while a lookup or a deferred connect is pending.
  _refActive(on) {
    if (on && !this._activeRef && this._refed) {
      this._activeRef = true;
      loop.refHandle();
    } else if (!on && this._activeRef) {
      this._activeRef = false;
      loop.unrefHandle();
    }
  }

  // Tries each address in turn (as Node's autoSelectFamily does, without
  // the racing): the first that accepts wins; the last failure is reported.
  _connectTo(list, index, port, localAddress, localPort) {
    const { address, family } = list[index];
    if (list.length > 1) {
      this.autoSelectFamilyAttemptedAddresses ??= [];
      this.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
    }
    let id;
    try {
      id = binding.tcpCreate(family);
      this._handle = id;
    } catch (err) {
      this._connectFailed(err, list, index, port, localAddress, localPort);
      return;
    }
    if (localAddress !== undefined || localPort !== undefined) {
      const bindAddress = localAddress ?? (family === 6 ? '::' : '0.0.0.0');
      try {
        binding.tcpBind(id, bindAddress, localPort ?? 0);
      } catch (err) {
        // As Node: a failed local bind is reported as such, not retried.
        binding.tcpClose(id);
        this._handle = null;
        this.destroy(systemError(err, 'bind', bindAddress, localPort ?? 0));
        return;
      }
    }
    try {
      binding.tcpConnect(id, address, port);
    } catch (err) {
      this._connectFailed(err, list, index, port, localAddress, localPort);
      return;
    }
    const finish = () => {
      let connected;
      try {
        connected = binding.tcpFinishConnect(id);
      } catch (err) {
        loop.unwatch(id);
        this._connectFailed(err, list, index, port, localAddress, localPort);
        return;
      }
      loop.unwatch(id);
      if (connected) {
        this._afterConnect();
        return;
      }
      // Woken for nothing (see _waitForRoom): look again a little later.
      const t = loop.setTimeout(() => {
        if (this._handle === id) loop.watch(id, finish, this._refed);
      }, 1);
      if (!this._refed) t.unref();
    };
    loop.watch(id, finish, this._refed);
  }

  _connectFailed(err, list, index, port, localAddress, localPort) {
    const { address } = list[index];
    if (this._handle !== null) {
      binding.tcpClose(this._handle);
      this._handle = null;
    }
    if (index + 1 < list.length && !this.destroyed) {
      this._connectTo(list, index + 1, port, localAddress, localPort);
      return;
    }
    this.destroy(systemError(err, 'connect', address, port));
  }

  _afterConnect() {
    this.connecting = false;
    this._sockname = null;
    this._peer = null;
    if (this._keepAlive !== null) this._applyKeepAlive();
    this._activity();
    this.emit('connect');
    this.emit('ready');
    // Writes and an end() made while connecting go out now.
    if (this._pendingWrite !== null) {
      const [chunk, encoding, cb, onClose] = this._pendingWrite;
      this._pendingWrite = null;
      this.removeListener('close', onClose);
      this._write(chunk, encoding, cb);
    }
    if (this._pendingFinal !== null) {
      const cb = this._pendingFinal;
      this._pendingFinal = null;
      this._final(cb);
    }
    // A _read() that came while connecting is answered now (the stream
    // will not ask twice); otherwise start reading as Node does.
    if (this._reading) {
      this._reading = false;
      this._readNow();
    } else if (this.readableFlowing !== false && !this.destroyed) {
      this.read(0);
    }
  }

  // ---- reading ----
  _read() {
    if (this.connecting || this._handle === null) {
      this._reading = true;
      return;
    }
    this._readNow();
  }

  // `woken`: called because the input stream's pollable fired.
  _readNow(woken = false) {
    let chunk;
    try {
      chunk = binding.tcpRead(this._handle, READ_CHUNK);
    } catch (err) {
      this._stopReadWatch();
      this.destroy(systemError(err, 'read'));
      return;
    }
    if (chunk === null) {
      this._stopReadWatch();
      this.push(null);
      // As Node: with nothing buffered, 'end' comes even if nobody reads.
      this.read(0);
      return;
    }
    if (chunk.length === 0) {
      if (this._watchingRead) return;
      this._watchingRead = true;
      const again = () => {
        this._stopReadWatch();
        if (!this.destroyed && this._handle !== null) this._readNow(true);
      };
      if (woken) {
        // Woken for nothing: the host's budget ran out (see _waitForRoom).
        const t = loop.setTimeout(again, 1);
        if (!this._refed) t.unref();
        this._readTimer = t;
      } else {
        loop.watch(this._handle + 1, again, this._refed);
      }
      return;
    }
    this._stopReadWatch();
    this._bytesRead += chunk.length;
    this._activity();
    this.push(toBuffer(chunk));
  }

  _stopReadWatch() {
    if (this._watchingRead) {
      this._watchingRead = false;
      loop.unwatch(this._handle + 1);
      if (this._readTimer !== null) {
        loop.clearTimeout(this._readTimer);
        this._readTimer = null;
      }
    }
  }

  // ---- writing ----
  _write(chunk, encoding, cb) {
    if (this.connecting) {
      // As Node: a write waiting for the connection fails when the socket
      // closes first, at its 'close' event.
      const onClose = () => cb(new codes.ERR_SOCKET_CLOSED_BEFORE_CONNECTION());
      this.once('close', onClose);
      this._pendingWrite = [chunk, encoding, cb, onClose];
      return;
    }
    if (this._handle === null) {
      cb(new codes.ERR_SOCKET_CLOSED());
      return;
    }
    const bytes = toBytes(chunk, encoding);
    this._bytesDispatched += bytes.length;
    this._activity();
    this._writeFrom(bytes, 0, cb);
  }

  _writev(chunks, cb) {
    if (chunks.length === 1) {
      this._write(chunks[0].chunk, chunks[0].encoding, cb);
      return;
    }
    Buffer ??= require('buffer').Buffer;
    const all = Buffer.concat(chunks.map((c) => toBytes(c.chunk, c.encoding)));
    this._write(all, 'buffer', cb);
  }

  // `woken`: called because the output stream's pollable fired.
  _writeFrom(bytes, offset, cb, woken = false) {
    while (offset < bytes.length) {
      let n;
      try {
        n = binding.tcpWrite(this._handle, bytes, offset);
      } catch (err) {
        cb(systemError(err, 'write'));
        return;
      }
      if (n === 0) {
        this._waitForRoom(bytes, offset, cb, woken);
        return;
      }
      woken = false;
      offset += n;
    }
    this._activity();
    cb();
  }

  // The host is full: wait for room, then go on. A pollable that fires
  // while check-write still grants nothing is not waited on again at once:
  // wasmtime answers from tokio, whose per-task budget (128 readiness polls)
  // can run out inside one guest turn, and then the same ready pollables
  // would wake the loop forever. A 1 ms timer lets the host yield first.
  _waitForRoom(bytes, offset, cb, woken) {
    const retry = (again) => {
      if (this._handle === null) return;
      this._writeFrom(bytes, offset, cb, again);
    };
    if (woken) {
      const t = loop.setTimeout(() => retry(false), 1);
      if (!this._refed) t.unref();
      return;
    }
    loop.watch(this._handle + 2, () => {
      loop.unwatch(this._handle + 2);
      retry(true);
    }, this._refed);
  }

  _final(cb) {
    if (this.connecting) {
      this._pendingFinal = cb;
      return;
    }
    if (this._handle === null) {
      cb();
      return;
    }
    try {
      binding.tcpShutdown(this._handle, 1);
    } catch {
      // Already shut or never connected: nothing more to send.
    }
    // Node's 'finish' waits for the shutdown request to complete, a later
    // poll phase; so does this (an error meanwhile suppresses it, as there).
    loop.queueCompletion(() => cb());
  }

  // ---- teardown ----
  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  resetAndDestroy() {
    // wasi:sockets has no SO_LINGER 0; an ordinary close is what the peer
    // would see, which would be pretending. Say so.
    throw notSupported('socket.resetAndDestroy (no RST in wasi:sockets)');
  }

  _destroy(err, cb) {
    this._clearTimer();
    this._refActive(false);
    if (this._lookup !== null) {
      this._lookup.cancel();
      this._lookup = null;
    }
    this.connecting = false;
    const handle = this._handle;
    if (handle !== null) {
      // Addresses read before now stay cached, others read as undefined
      // from here on, as with Node.
      this._stopReadWatch();
      for (let i = 0; i < 3; i++) loop.unwatch(handle + i);
      binding.tcpClose(handle);
      this._handle = null;
    }
    this._pendingWrite = null;
    cb(err);
    const server = this._server;
    // Node emits 'close' from the handle's close callback, a loop phase
    // after the current callbacks and their ticks; an immediate is as late.
    loop.setImmediate(() => {
      this.emit('close', Boolean(err));
      if (server !== null) {
        server._connections--;
        server._emitCloseIfDrained();
      }
    });
  }
}

function onSocketTimer(socket) {
  socket._onTimeout();
}

// Once the peer has ended and this side may not stay half open, a write
// after our own end() fails as Node's does: EPIPE, "ended by the other party".
function onReadableEnd() {
  if (!this.allowHalfOpen) this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) return Duplex.prototype.write.call(this, chunk, encoding, cb);
  if (typeof encoding === 'function') cb = encoding;
  const err = new Error('This socket has been ended by the other party');
  err.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, err);
  this.destroy(err);
  return false;
}

function abortError(signal) {
  const { AbortError } = require('internal/errors');
  return new AbortError(undefined, { cause: signal.reason });
}

// ---- Server ------------------------------------------------------------------

class Server extends EventEmitter {
  constructor(options = undefined, connectionListener = undefined) {
    super();
    if (typeof options === 'function') {
      connectionListener = options;
      options = {};
    } else if (options == null) {
      options = {};
    } else if (typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
    this._connections = 0;
    this._handles = null;
    this._address = null;
    this._refed = true;
    this._closing = false;
    this._pendingListen = false;
    this.allowHalfOpen = Boolean(options.allowHalfOpen);
    this.pauseOnConnect = Boolean(options.pauseOnConnect);
    this.noDelay = Boolean(options.noDelay);
    this.keepAlive = Boolean(options.keepAlive);
    // Seconds, as Node keeps it.
    this.keepAliveInitialDelay = ~~((options.keepAliveInitialDelay ?? 0) / 1000);
    this.highWaterMark = options.highWaterMark;
    this.maxConnections = undefined;
  }

  get listening() {
    return this._handles !== null;
  }

  listen(...args) {
    if (this._handles !== null || this._pendingListen) throw new codes.ERR_SERVER_ALREADY_LISTEN();
    let [options, cb] = normalizeArgs(args);
    if (typeof options.port === 'undefined' && typeof options.path === 'undefined' &&
        args.length > 0 && typeof args[0] === 'object' && args[0] !== null &&
        (args[0]._handle !== undefined || args[0].fd !== undefined)) {
      throw notSupported('server.listen on a handle or file descriptor');
    }
    if (options.path !== undefined && options.path !== null && options.port === undefined) {
      throw notSupported('Unix domain sockets (server.listen with a path)');
    }
    // (port, host, backlog, cb) and (port, backlog, cb).
    let backlog = options.backlog;
    if (args.length > 0 && typeof args[0] !== 'object') {
      const rest = args.slice(1).filter((a) => typeof a !== 'function');
      if (typeof rest[0] === 'number') backlog = rest[0];
      else if (typeof rest[1] === 'number') backlog = rest[1];
    }
    if (options.signal !== undefined) this._watchSignal(options.signal);
    if (cb !== null) this.once('listening', cb);
    if (args.length > 0 && typeof args[0] === 'object' && args[0] !== null && !('port' in options)) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options, 'must have the property "port" or "path"');
    }
    let port = options.port ?? 0;
    if (typeof port !== 'number' && typeof port !== 'string' && port !== null) {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options);
    }
    port = validatePort(port, 'options.port');
    const host = options.host ?? null;
    if (host !== null && typeof host !== 'string') {
      throw new codes.ERR_INVALID_ARG_VALUE('options', options);
    }
    this._pendingListen = true;
    this._closing = false;
    const start = (addresses) => {
      this._pendingListen = false;
      if (this._closing) return;
      this._listenOn(addresses, port, backlog ?? 511, options.ipv6Only === true);
    };
    if (host === null) {
      start(null);
    } else if (isIP(host)) {
      start([{ address: host, family: isIP(host) }]);
    } else {
      lookupAll(host, { family: 0, order: 'verbatim' }, (err, list) => {
        if (err) {
          this._pendingListen = false;
          this.emit('error', err);
          return;
        }
        start([list[0]]);
      });
    }
    return this;
  }

  _watchSignal(signal) {
    if (signal.aborted) {
      process.nextTick(() => this.close());
      return;
    }
    signal.addEventListener('abort', () => this.close(), { once: true });
  }

  // `addresses` null: any address, as Node's default "::" with dual stack.
  // wasi:sockets IPv6 sockets are IPv6-only, so that is two sockets, "::"
  // and "0.0.0.0" on the same port; address() reports "::".
  _listenOn(addresses, port, backlog, ipv6Only) {
    let handles;
    let shown;
    try {
      if (addresses === null) {
        ({ handles, shown } = this._listenAny(port, backlog, ipv6Only));
      } else {
        const { address, family } = addresses[0];
        shown = { address, family: family === 6 ? 'IPv6' : 'IPv4' };
        handles = [listenOne(family, address, port, backlog)];
      }
    } catch (failure) {
      const [err, address] = Array.isArray(failure) ? failure : [failure, undefined];
      const shownAddress = address ?? (addresses === null ? '::' : addresses[0].address);
      process.nextTick(() => this.emit('error', systemError(err, 'listen', shownAddress, port, true)));
      return;
    }
    const [, boundPort] = binding.tcpLocalAddress(handles[0]);
    this._address = { address: shown.address, family: shown.family, port: boundPort };
    this._handles = handles;
    this._dualStack = handles.length === 2;
    for (const id of handles) this._watchAccept(id);
    process.nextTick(() => {
      if (this._handles !== null) this.emit('listening');
    });
  }

  _listenAny(port, backlog, ipv6Only) {
    let v6;
    try {
      v6 = listenOne(6, '::', port, backlog);
    } catch (failure) {
      const err = Array.isArray(failure) ? failure[0] : failure;
      if (err?.wasi === 'address-in-use') throw [err, '::'];
      // No IPv6 on this host: IPv4 only, as Node falls back to 0.0.0.0.
      return { handles: [listenOne(4, '0.0.0.0', port, backlog)], shown: { address: '0.0.0.0', family: 'IPv4' } };
    }
    if (ipv6Only) return { handles: [v6], shown: { address: '::', family: 'IPv6' } };
    const [, boundPort] = binding.tcpLocalAddress(v6);
    try {
      const v4 = listenOne(4, '0.0.0.0', boundPort, backlog);
      return { handles: [v6, v4], shown: { address: '::', family: 'IPv6' } };
    } catch (failure) {
      binding.tcpClose(v6);
      const err = Array.isArray(failure) ? failure[0] : failure;
      // An ephemeral port free for IPv6 but taken for IPv4: try another.
      if (port === 0 && err?.wasi === 'address-in-use') return this._listenAny(0, backlog, ipv6Only);
      throw [err, '::'];
    }
  }

  _watchAccept(id) {
    loop.watch(id, () => this._acceptAll(id), this._refed);
  }

  // Woken with nothing to accept (see Socket#_waitForRoom): watch again a
  // little later rather than at once.
  _acceptLater(id) {
    loop.unwatch(id);
    const t = loop.setTimeout(() => {
      if (this._handles !== null && this._handles.includes(id)) this._watchAccept(id);
    }, 1);
    if (!this._refed) t.unref();
  }

  _acceptAll(id) {
    let accepted = 0;
    for (;;) {
      if (this._handles === null) return;
      let conn;
      try {
        conn = binding.tcpAccept(id);
      } catch (err) {
        // A connection that failed before it was taken (ECONNABORTED): skip.
        if (err?.wasi === 'connection-aborted' || err?.wasi === 'connection-reset') continue;
        this.emit('error', systemError(err, 'accept'));
        return;
      }
      if (conn === null) {
        if (accepted === 0) this._acceptLater(id);
        return;
      }
      accepted++;
      this._onConnection(conn);
    }
  }

  _onConnection(handle) {
    if (this.maxConnections !== undefined && this._connections >= this.maxConnections) {
      const info = { __proto__: null };
      try {
        const [localAddress, localPort, localFamily] = binding.tcpLocalAddress(handle);
        const [remoteAddress, remotePort, remoteFamily] = binding.tcpRemoteAddress(handle);
        Object.assign(info, { localAddress, localPort, localFamily, remoteAddress, remotePort, remoteFamily });
      } catch { /* the peer is already gone */ }
      binding.tcpClose(handle);
      this.emit('drop', info);
      return;
    }
    const socket = new Socket({
      handle,
      allowHalfOpen: this.allowHalfOpen,
      highWaterMark: this.highWaterMark,
      _mapped: this._dualStack,
    });
    if (this.keepAlive) socket.setKeepAlive(true, this.keepAliveInitialDelay * 1000);
    socket.server = this;
    socket._server = this;
    if (!this._refed) socket.unref();
    this._connections++;
    if (this.pauseOnConnect) socket.pause();
    this.emit('connection', socket);
    // Node starts reading at once, so a peer's end is seen even by a socket
    // nobody reads from.
    if (!socket.destroyed && socket.readableFlowing !== false) socket.read(0);
  }

  address() {
    if (this._handles === null) return null;
    return { ...this._address };
  }

  close(cb) {
    if (typeof cb === 'function') {
      if (this._handles === null) {
        this.once('close', () => cb(new codes.ERR_SERVER_NOT_RUNNING()));
      } else {
        this.once('close', cb);
      }
    }
    if (this._handles !== null) {
      for (const id of this._handles) {
        loop.unwatch(id);
        binding.tcpClose(id);
      }
      this._handles = null;
    }
    if (this._pendingListen) this._closing = true;
    this._emitCloseIfDrained();
    return this;
  }

  _emitCloseIfDrained() {
    if (this._handles !== null || this._connections > 0 || this._closeQueued) return;
    this._closeQueued = true;
    process.nextTick(() => {
      this._closeQueued = false;
      if (this._handles !== null || this._connections > 0) return;
      this.emit('close');
    });
  }

  getConnections(cb) {
    validateFunction(cb, 'callback');
    const count = this._connections;
    process.nextTick(cb, null, count);
    return this;
  }

  ref() {
    this._refed = true;
    for (const id of this._handles ?? []) loop.refWatcher(id, true);
    return this;
  }

  unref() {
    this._refed = false;
    for (const id of this._handles ?? []) loop.refWatcher(id, false);
    return this;
  }

  [Symbol.asyncDispose]() {
    if (this._handles === null) return Promise.resolve();
    return new Promise((resolve, reject) => this.close((err) => (err ? reject(err) : resolve())));
  }
}

// Binds and listens one socket; throws [error, address] on failure.
function listenOne(family, address, port, backlog) {
  let id;
  try {
    id = binding.tcpCreate(family);
    binding.tcpBind(id, address, port);
    binding.tcpListen(id, backlog);
    return id;
  } catch (err) {
    if (id !== undefined) binding.tcpClose(id);
    throw [err, address];
  }
}

// ---- module functions --------------------------------------------------------

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

function connect(...args) {
  const normalized = normalizeArgs(args);
  const [options] = normalized;
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  return socket.connect(normalized);
}

let autoSelectFamily = true;
let autoSelectFamilyAttemptTimeout = 250;

module.exports = {
  BlockList,
  Server,
  Socket,
  SocketAddress,
  Stream: Socket,
  _normalizeArgs: normalizeArgs,
  _createServerHandle() {
    throw notSupported('net._createServerHandle');
  },
  _setSimultaneousAccepts() {},
  connect,
  createConnection: connect,
  createServer,
  getDefaultAutoSelectFamily: () => autoSelectFamily,
  setDefaultAutoSelectFamily(value) {
    if (typeof value !== 'boolean') throw new codes.ERR_INVALID_ARG_TYPE('value', 'boolean', value);
    autoSelectFamily = value;
  },
  getDefaultAutoSelectFamilyAttemptTimeout: () => autoSelectFamilyAttemptTimeout,
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    validateNumber(value, 'value');
    if (!(value >= 1)) throw new codes.ERR_OUT_OF_RANGE('value', '>= 1', value);
    autoSelectFamilyAttemptTimeout = value < 10 ? 10 : value;
  },
  isIP,
  isIPv4,
  isIPv6,
};
