// http.Agent: hands sockets to client requests. Requests to one
// host:port share up to maxSockets connections; the rest queue. With
// keepAlive a socket whose response ended goes to the free list (unref'd,
// with the agent's idle timeout) and the next request to that host takes it.
'use strict';

const EventEmitter = require('events');
const net = require('net');
const { codes } = require('internal/errors');

function validateNumberOpt(value, name, min) {
  if (value === undefined) return;
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!(value >= min)) throw new codes.ERR_OUT_OF_RANGE(name, `>= ${min}`, value);
}

class Agent extends EventEmitter {
  constructor(options) {
    super();
    this.defaultPort = 80;
    this.protocol = 'http:';
    this.options = { __proto__: null, ...options };
    if (this.options.noDelay === undefined) this.options.noDelay = true;
    this.options.path = null;
    this.requests = { __proto__: null };
    this.sockets = { __proto__: null };
    this.freeSockets = { __proto__: null };
    this.keepAliveMsecs = this.options.keepAliveMsecs || 1000;
    this.keepAlive = this.options.keepAlive || false;
    this.maxSockets = this.options.maxSockets || Agent.defaultMaxSockets;
    this.maxFreeSockets = this.options.maxFreeSockets || 256;
    this.scheduling = this.options.scheduling || 'lifo';
    this.maxTotalSockets = this.options.maxTotalSockets;
    this.totalSocketCount = 0;
    if (this.scheduling !== 'fifo' && this.scheduling !== 'lifo') {
      throw new codes.ERR_INVALID_ARG_VALUE('scheduling', this.scheduling, "must be one of: 'fifo', 'lifo'");
    }
    if (this.maxTotalSockets !== undefined) validateNumberOpt(this.maxTotalSockets, 'maxTotalSockets', 1);
    else this.maxTotalSockets = Infinity;
    this.on('free', (socket, opts) => this._onFree(socket, opts));
  }

  _onFree(socket, options) {
    const name = this.getName(options);
    if (!socket.writable) {
      socket.destroy();
      return;
    }
    const queue = this.requests[name];
    if (queue && queue.length) {
      const req = queue.shift();
      if (queue.length === 0) delete this.requests[name];
      // Handed straight over, never idle: not a "reused" socket for Node.
      setRequestSocket(this, req, socket);
      return;
    }
    const req = socket._httpMessage;
    if (!req || !req.shouldKeepAlive || !this.keepAlive) {
      socket.destroy();
      return;
    }
    const free = this.freeSockets[name] || [];
    const count = free.length + (this.sockets[name] ? this.sockets[name].length : 0);
    if (this.totalSocketCount > this.maxTotalSockets || count > this.maxSockets ||
        free.length >= this.maxFreeSockets || !this.keepSocketAlive(socket)) {
      socket.destroy();
      return;
    }
    this.freeSockets[name] = free;
    socket._httpMessage = null;
    this.removeSocket(socket, options);
    socket.once('error', freeSocketErrorListener);
    free.push(socket);
  }

  createConnection(...args) {
    return net.createConnection(...args);
  }

  getName(options = {}) {
    let name = options.host || 'localhost';
    name += ':';
    if (options.port) name += options.port;
    name += ':';
    if (options.localAddress) name += options.localAddress;
    if (options.family === 4 || options.family === 6) name += `:${options.family}`;
    if (options.socketPath) name += `:${options.socketPath}`;
    return name;
  }

  addRequest(req, options, port, localAddress) {
    if (typeof options === 'string') options = { __proto__: null, host: options, port, localAddress };
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    const name = this.getName(options);
    this.sockets[name] ||= [];
    const free = this.freeSockets[name];
    let socket;
    if (free) {
      while (free.length && free[0].destroyed) free.shift();
      socket = this.scheduling === 'fifo' ? free.shift() : free.pop();
      if (!free.length) delete this.freeSockets[name];
    }
    const freeLen = free ? free.length : 0;
    const sockLen = freeLen + this.sockets[name].length;
    if (socket) {
      this.reuseSocket(socket, req);
      setRequestSocket(this, req, socket);
      this.sockets[name].push(socket);
    } else if (sockLen < this.maxSockets && this.totalSocketCount < this.maxTotalSockets) {
      this.createSocket(req, options, (err, s) => {
        if (err) req.onSocket(s, err);
        else setRequestSocket(this, req, s);
      });
    } else {
      (this.requests[name] ||= []).push(req);
    }
  }

  createSocket(req, options, cb) {
    options = { __proto__: null, ...options, ...this.options };
    if (options.socketPath) options.path = options.socketPath;
    const name = this.getName(options);
    options._agentKey = name;
    options.encoding = null;
    let called = false;
    const oncreate = (err, s) => {
      if (called) return;
      called = true;
      if (err) {
        cb(err);
        return;
      }
      (this.sockets[name] ||= []).push(s);
      this.totalSocketCount++;
      installListeners(this, s, options);
      cb(null, s);
    };
    let socket;
    try {
      socket = this.createConnection(options, oncreate);
    } catch (err) {
      process.nextTick(oncreate, err);
      return;
    }
    if (socket) oncreate(null, socket);
  }

  removeSocket(s, options) {
    const name = this.getName(options);
    for (const pool of [this.sockets, this.freeSockets]) {
      const list = pool[name];
      if (!list) continue;
      const i = list.indexOf(s);
      if (i !== -1) {
        list.splice(i, 1);
        if (list.length === 0) delete pool[name];
      }
    }
    const queue = this.requests[name];
    if (queue && queue.length && (this.sockets[name]?.length ?? 0) < this.maxSockets) {
      const req = queue[0];
      queue.shift();
      if (queue.length === 0) delete this.requests[name];
      this.createSocket(req, options, (err, socket) => {
        if (err) req.onSocket(socket, err);
        else setRequestSocket(this, req, socket);
      });
    }
  }

  keepSocketAlive(socket) {
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    let timeout = this.options.timeout || 0;
    let keep = true;
    const hint = socket._httpMessage?.res?.headers['keep-alive'];
    if (hint) {
      const m = /^timeout=(\d+)/.exec(hint);
      if (m) {
        const serverTimeout = Number.parseInt(m[1], 10) * 1000 - 1000;
        if (serverTimeout <= 0) keep = false;
        else if (timeout === 0 || serverTimeout < timeout) timeout = serverTimeout;
      }
    }
    if (socket.timeout !== timeout) socket.setTimeout(timeout);
    return keep;
  }

  reuseSocket(socket, req) {
    socket.removeListener('error', freeSocketErrorListener);
    req.reusedSocket = true;
    socket.ref();
  }

  destroy() {
    for (const pool of [this.freeSockets, this.sockets]) {
      for (const name of Object.keys(pool)) {
        for (const s of [...pool[name]]) s.destroy();
      }
    }
  }
}

Agent.defaultMaxSockets = Infinity;

function freeSocketErrorListener(err) {
  this.destroy();
  this.emit('agentRemove');
  void err;
}

function installListeners(agent, s, options) {
  const onFree = () => agent.emit('free', s, options);
  const onClose = () => {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
  };
  const onTimeout = () => {
    // An idle free socket ends; a busy one is the request's business.
    for (const name of Object.keys(agent.freeSockets)) {
      if (agent.freeSockets[name].includes(s)) {
        s.destroy();
        return;
      }
    }
  };
  const onRemove = () => {
    agent.totalSocketCount--;
    agent.removeSocket(s, options);
    s.removeListener('close', onClose);
    s.removeListener('free', onFree);
    s.removeListener('timeout', onTimeout);
    s.removeListener('agentRemove', onRemove);
  };
  s.on('free', onFree);
  s.on('close', onClose);
  s.on('timeout', onTimeout);
  s.on('agentRemove', onRemove);
}

function setRequestSocket(agent, req, socket) {
  req.onSocket(socket);
  const agentTimeout = agent.options.timeout || 0;
  if (req.timeout === undefined || req.timeout === agentTimeout) return;
  socket.setTimeout(req.timeout);
}

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

module.exports = { Agent, globalAgent };
