// Node's error codes (`ERR_*`) with Node's message texts, and the helpers
// that describe a received value the way Node's validators do.
'use strict';

const codes = {};

// Names Node prints in lower case in "must be of type ..." messages.
const kPrimitiveNames = new Set(['string', 'function', 'number', 'object', 'boolean', 'bigint', 'symbol']);

function quoteShort(value) {
  // A short, single-quoted rendering of a primitive, as Node's messages do.
  let s = typeof value === 'string' ? `'${value}'` : String(value);
  if (typeof value === 'bigint') s += 'n';
  if (Object.is(value, -0)) s = '-0';
  if (s.length > 28) s = `${s.slice(0, 25)}...`;
  return s;
}

// "Received ..." part of ERR_INVALID_ARG_TYPE and friends.
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctorName = value.constructor?.name;
    if (ctorName) return ` Received an instance of ${ctorName}`;
    const { inspect } = require('internal/util/inspect');
    return ` Received ${inspect(value, { depth: -1 })}`;
  }
  let inspected = quoteShort(value);
  if (typeof value === 'symbol') inspected = String(value);
  return ` Received type ${typeof value} (${inspected})`;
}

function listJoin(items, word) {
  if (items.length <= 2) return items.join(` ${word} `);
  return `${items.slice(0, -1).join(', ')}, ${word} ${items[items.length - 1]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  if (!Array.isArray(expected)) expected = [expected];
  let msg = name.endsWith(' argument')
    ? `The ${name} `
    : `The "${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const e of expected) {
    if (kPrimitiveNames.has(e.toLowerCase()) && (e === e.toLowerCase() || e === 'Function' || e === 'Object')) {
      types.push(e.toLowerCase());
    } else if (/^([A-Z][a-z0-9]*)+$/.test(e)) {
      instances.push(e);
    } else {
      other.push(e);
    }
  }
  // Node moves 'object' last when instances are also accepted.
  if (instances.length > 0) {
    const i = types.indexOf('object');
    if (i !== -1) {
      types.splice(i, 1);
      instances.push('Object');
    }
  }
  const parts = [];
  if (types.length > 0) {
    parts.push(`${types.length > 1 ? 'one of type' : 'of type'} ${listJoin(types, 'or')}`);
  }
  if (instances.length > 0) {
    parts.push(`${instances.length > 1 ? 'an instance of' : 'an instance of'} ${listJoin(instances, 'or')}`);
  }
  if (other.length > 0) {
    // Node writes "an stream.Readable" for a single kind with capitals in
    // it, and "one of a, b, or c" for several.
    if (other.length === 1) {
      parts.push(`${other[0].toLowerCase() !== other[0] ? 'an ' : ''}${other[0]}`);
    } else {
      parts.push(`one of ${listJoin(other, 'or')}`);
    }
  }
  msg += `${parts.join(' or ')}.`;
  return msg + describeReceived(actual);
}

// Makes `codes[code]`: a subclass of `Base` whose instances carry `code`
// and print as `TypeError [CODE]: message`, like Node's.
function E(code, Base, message) {
  class NodeError extends Base {
    constructor(...args) {
      super(typeof message === 'function' ? message(...args) : message);
      Object.defineProperty(this, 'code', { value: code, enumerable: true, writable: true, configurable: true });
      fixStackName(this, `${Base.name} [${code}]`);
    }

    toString() {
      return `${this.name} [${code}]: ${this.message}`;
    }
  }
  Object.defineProperty(NodeError, 'name', { value: Base.name });
  codes[code] = NodeError;
}

// The stack's first line shows `Name [CODE]: message`; `name` stays `TypeError`.
function fixStackName(err, shownName) {
  const stack = err.stack;
  if (typeof stack !== 'string') return;
  const head = `${err.name}: ${err.message}`;
  if (stack.startsWith(head)) {
    Object.defineProperty(err, 'stack', {
      value: `${shownName}: ${err.message}${stack.slice(head.length)}`,
      writable: true,
      configurable: true,
      enumerable: false,
    });
  }
}

E('ERR_INVALID_ARG_TYPE', TypeError, invalidArgTypeMessage);
E('ERR_INVALID_ARG_VALUE', TypeError, (name, value, reason = 'is invalid') => {
  const { inspect } = require('internal/util/inspect');
  let shown = inspect(value);
  if (shown.length > 128) shown = `${shown.slice(0, 128)}...`;
  const kind = name.includes('.') ? 'property' : 'argument';
  return `The ${kind} '${name}' ${reason}. Received ${shown}`;
});
E('ERR_USE_AFTER_CLOSE', Error, (name) => `${name} was closed`);
E('ERR_OUT_OF_RANGE', RangeError, (name, range, input) => {
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    const { inspect } = require('internal/util/inspect');
    received = inspect(input);
  }
  return `The value of "${name}" is out of range. It must be ${range}. Received ${received}`;
});
// Takes the already-inspected value (events.emit inspects it, as Node does).
E('ERR_UNHANDLED_ERROR', Error, (err) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
});
E('ERR_INVALID_THIS', TypeError, (type) => `Value of "this" must be of type ${type}`);
E('ERR_AMBIGUOUS_ARGUMENT', TypeError, (name, reason) => `The "${name}" argument is ambiguous. ${reason}`);
E('ERR_CONSTRUCT_CALL_REQUIRED', TypeError, (name) => `Class constructor ${name} cannot be invoked without \`new\``);
E('ERR_INVALID_RETURN_VALUE', TypeError, (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got${describeReceived(value).slice(9)}.`);
E('ERR_UNAVAILABLE_DURING_EXIT', Error, 'Cannot call function in process exit handler');
E('ERR_MISSING_ARGS', TypeError, (...names) => {
  // An array stands for alternatives: "a" or "b".
  const wrapped = names.map((n) => (Array.isArray(n) ? n.map((a) => `"${a}"`).join(' or ') : `"${n}"`));
  return `The ${listJoin(wrapped, 'and')} argument${names.length > 1 ? 's' : ''} must be specified`;
});
E('ERR_UNHANDLED_REJECTION', Error, (reason) =>
  'This error originated either by throwing inside of an async function without a catch block, ' +
  'or by rejecting a promise which was not handled with .catch(). The promise rejected with the' +
  ` reason "${reason}".`);
E('ERR_UNKNOWN_SIGNAL', TypeError, (sig) => `Unknown signal: ${sig}`);
E('ERR_METHOD_NOT_IMPLEMENTED', Error, (method) => `The ${method} method is not implemented`);
E('ERR_INVALID_URL', TypeError, 'Invalid URL');
E('ERR_INVALID_URI', URIError, 'URI malformed');
E('ERR_INVALID_URL_SCHEME', TypeError, (expected) =>
  `The URL must be ${expected.length === 1 ? 'of scheme' : 'one of scheme'} ${expected.join(' or ')}`);
E('ERR_INVALID_FILE_URL_PATH', TypeError, (reason) => `File URL path ${reason}`);
E('ERR_INVALID_FILE_URL_HOST', TypeError, (platform) => `File URL host must be "localhost" or empty on ${platform}`);
E('ERR_INVALID_TUPLE', TypeError, (name, shape) => `${name} must be an iterable ${shape} tuple`);
E('ERR_ARG_NOT_ITERABLE', TypeError, (name) => `${name} must be iterable`);
E('ERR_ILLEGAL_CONSTRUCTOR', TypeError, 'Illegal constructor');
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', TypeError, (ts) => `${ts} is not a valid timestamp`);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', TypeError, (msg) => msg);
E('ERR_NOT_SUPPORTED_IN_SANDNODE', Error, (what) => `${what} is not supported by sandnode`);
E('ERR_INVALID_ASYNC_ID', RangeError, (type, id) => `Invalid ${type} value: ${id}`);
E('ERR_NOT_BUILDING_SNAPSHOT', Error, 'Operation cannot be invoked when not building startup snapshot');
// Module loading (messages are built by the loaders).
for (const [code, Base] of [
  ['ERR_INVALID_PACKAGE_CONFIG', Error], ['ERR_MODULE_NOT_FOUND', Error],
  ['ERR_UNSUPPORTED_DIR_IMPORT', Error], ['ERR_PACKAGE_PATH_NOT_EXPORTED', Error],
  ['ERR_INVALID_PACKAGE_TARGET', Error], ['ERR_PACKAGE_IMPORT_NOT_DEFINED', TypeError],
  ['ERR_INVALID_MODULE_SPECIFIER', TypeError], ['ERR_UNSUPPORTED_ESM_URL_SCHEME', Error],
  ['ERR_UNKNOWN_FILE_EXTENSION', TypeError], ['ERR_IMPORT_ATTRIBUTE_MISSING', TypeError],
  ['ERR_IMPORT_ATTRIBUTE_TYPE_INCOMPATIBLE', TypeError], ['ERR_IMPORT_ATTRIBUTE_UNSUPPORTED', TypeError],
  ['ERR_REQUIRE_ASYNC_MODULE', Error], ['ERR_REQUIRE_CYCLE_MODULE', Error],
  ['ERR_UNKNOWN_MODULE_FORMAT', RangeError],
]) {
  E(code, Base, (message) => message);
}
E('ERR_UNKNOWN_BUILTIN_MODULE', Error, (id) => `No such built-in module: ${id}`);
E('ERR_BUFFER_TOO_LARGE', RangeError, (max) => `Cannot create a Buffer larger than ${max} bytes`);
E('ERR_BROTLI_INVALID_PARAM', RangeError, (param) => `${param} is not a valid Brotli parameter`);
E('ERR_ZLIB_INITIALIZATION_FAILED', Error, 'Initialization failed');
// A broken internal invariant (Node's internal assert), e.g. zlib's reset()
// after close.
E('ERR_INTERNAL_ASSERTION', Error, (message) => {
  const suffix = 'This is caused by either a bug in Node.js or incorrect usage of Node.js internals.\n' +
    'Please open an issue with this stack trace at https://github.com/nodejs/node/issues\n';
  return message === undefined ? suffix : `${message}\n${suffix}`;
});
E('ERR_FEATURE_UNAVAILABLE_ON_PLATFORM', TypeError, (feature) =>
  `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js`);
// node:crypto
E('ERR_CRYPTO_HASH_FINALIZED', Error, 'Digest already called');
E('ERR_CRYPTO_INVALID_DIGEST', TypeError, (name) => `Invalid digest: ${name}`);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', RangeError, 'Input buffers must have the same byte length');
E('ERR_CRYPTO_INVALID_SCRYPT_PARAMS', RangeError, (detail) =>
  (detail ? `Invalid scrypt params: ${detail}` : 'Invalid scrypt params'));
E('ERR_CRYPTO_SCRYPT_INVALID_PARAMETER', Error, 'Invalid scrypt parameter');
E('ERR_CRYPTO_INVALID_KEYLEN', RangeError, 'Invalid key length');
E('ERR_MISSING_OPTION', TypeError, (what) => `${what} is required`);
// node:stream
E('ERR_STREAM_PUSH_AFTER_EOF', Error, 'stream.push() after EOF');
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', Error, 'stream.unshift() after end event');
E('ERR_STREAM_WRITE_AFTER_END', Error, 'write after end');
E('ERR_STREAM_DESTROYED', Error, (name) => `Cannot call ${name} after a stream was destroyed`);
E('ERR_STREAM_ALREADY_FINISHED', Error, (name) => `Cannot call ${name} after a stream was finished`);
E('ERR_STREAM_PREMATURE_CLOSE', Error, 'Premature close');
E('ERR_STREAM_NULL_VALUES', TypeError, 'May not write null values to stream');
E('ERR_STREAM_CANNOT_PIPE', Error, 'Cannot pipe, not readable');
E('ERR_STREAM_UNABLE_TO_PIPE', Error, 'Cannot pipe to a closed or destroyed stream');
E('ERR_MULTIPLE_CALLBACK', Error, 'Callback called multiple times');
E('ERR_UNKNOWN_ENCODING', TypeError, (enc) => `Unknown encoding: ${enc}`);
E('ERR_INVALID_STATE', Error, (msg) => `Invalid state: ${msg}`);
// node:util
E('ERR_INVALID_MIME_SYNTAX', TypeError, (production, str, index) =>
  `The MIME syntax for a ${production} in "${str}" is invalid${index !== -1 ? ` at ${index}` : ''}`);
E('ERR_FALSY_VALUE_REJECTION', Error, 'Promise was rejected with falsy value');
for (const code of ['ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL']) {
  E(code, TypeError, (message) => message);
}

// node:net, node:dns
E('ERR_SOCKET_BAD_PORT', RangeError, (name, port, allowZero = true) =>
  `${name} should be ${allowZero ? '>=' : '>'} 0 and < 65536.${describeReceived(port)}.`);
E('ERR_INVALID_ADDRESS', Error, 'Invalid socket address');
E('ERR_INVALID_IP_ADDRESS', TypeError, (ip) => `Invalid IP address: ${ip}`);
E('ERR_INVALID_ADDRESS_FAMILY', RangeError, (family, host, port) => `Invalid address family: ${family} ${host}:${port}`);
E('ERR_SERVER_ALREADY_LISTEN', Error, 'Listen method has been called more than once without closing.');
E('ERR_SERVER_NOT_RUNNING', Error, 'Server is not running.');
E('ERR_SOCKET_CLOSED', Error, 'Socket is closed');
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', Error, 'Socket closed before the connection was established');
E('ERR_SOCKET_CONNECTION_TIMEOUT', Error, 'Socket connection timeout');
// node:dgram
E('ERR_SOCKET_ALREADY_BOUND', Error, 'Socket is already bound');
E('ERR_SOCKET_BAD_BUFFER_SIZE', TypeError, 'Buffer size must be a positive integer');
E('ERR_SOCKET_BAD_TYPE', TypeError, 'Bad socket type specified. Valid types are: udp4, udp6');
E('ERR_SOCKET_DGRAM_IS_CONNECTED', Error, 'Already connected');
E('ERR_SOCKET_DGRAM_NOT_CONNECTED', Error, 'Not connected');
E('ERR_SOCKET_DGRAM_NOT_RUNNING', Error, 'Not running');
E('ERR_BUFFER_OUT_OF_BOUNDS', RangeError, (name) =>
  (name ? `"${name}" is outside of buffer bounds` : 'Attempt to access memory outside buffer bounds'));
// node:http
E('ERR_INVALID_HTTP_TOKEN', TypeError, (name, field) => `${name} must be a valid HTTP token ["${field}"]`);
E('ERR_HTTP_INVALID_HEADER_VALUE', TypeError, (value, name) => `Invalid value "${value}" for header "${name}"`);
E('ERR_INVALID_CHAR', TypeError, (name, field) =>
  `Invalid character in ${name}${field === undefined ? '' : ` ["${field}"]`}`);
E('ERR_HTTP_HEADERS_SENT', Error, (what) => `Cannot ${what} headers after they are sent to the client`);
E('ERR_HTTP_INVALID_STATUS_CODE', RangeError, (code) => `Invalid status code: ${code}`);
E('ERR_HTTP_TRAILER_INVALID', Error, 'Trailers are invalid with this transfer encoding');
E('ERR_HTTP_BODY_NOT_ALLOWED', Error,
  'Adding content for this request method or response status is not allowed.');
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', Error, (actual, expected) =>
  `Response body's content-length of ${actual} byte(s) does not match the content-length of ${expected} byte(s) set in header`);
E('ERR_HTTP_SOCKET_ASSIGNED', Error, 'ServerResponse has an already assigned socket');
E('ERR_HTTP_SOCKET_ENCODING', Error, 'Changing the socket encoding is not allowed per RFC7230 Section 3.');
E('ERR_HTTP_REQUEST_TIMEOUT', Error, 'Request timeout');
E('ERR_INVALID_PROTOCOL', TypeError, (protocol, expected) =>
  `Protocol "${protocol}" not supported. Expected "${expected}"`);
E('ERR_UNESCAPED_CHARACTERS', TypeError, (name) => `${name} contains unescaped characters`);

function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// Node's AbortError: what aborted operations (timers/promises, events.once
// with a signal, ...) reject with.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options?.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = { codes, describeReceived, fixStackName, AbortError };
