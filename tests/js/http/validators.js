// Constants and validators: STATUS_CODES, METHODS, validateHeaderName and
// validateHeaderValue with Node's error codes; the module's exports.
const http = require('http');
function tryIt(label, fn) {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, JSON.stringify(e.message)); }
}
console.log(http.METHODS.length, http.METHODS.join(' '));
console.log(Object.keys(http.STATUS_CODES).length, http.STATUS_CODES[200], http.STATUS_CODES[418], http.STATUS_CODES[431], http.STATUS_CODES[599]);
tryIt('name ok', () => http.validateHeaderName('X-Good_Name!#$%&\'*+.^`|~'));
tryIt('name space', () => http.validateHeaderName('a b'));
tryIt('name empty', () => http.validateHeaderName(''));
tryIt('name number', () => http.validateHeaderName(5));
tryIt('name colon', () => http.validateHeaderName('a:b'));
tryIt('name unicode', () => http.validateHeaderName('é'));
tryIt('value ok', () => http.validateHeaderValue('x', 'tab\there é'));
tryIt('value undefined', () => http.validateHeaderValue('x', undefined));
tryIt('value newline', () => http.validateHeaderValue('x', 'a\nb'));
tryIt('value nul', () => http.validateHeaderValue('x', 'a\0b'));
tryIt('value number', () => http.validateHeaderValue('x', 5));
tryIt('value array', () => http.validateHeaderValue('x', ['a', 'b']));
tryIt('value wide', () => http.validateHeaderValue('x', 'ā'));
const names = ['Agent', 'ClientRequest', 'IncomingMessage', 'OutgoingMessage', 'Server', 'ServerResponse',
  'createServer', 'get', 'request', 'validateHeaderName', 'validateHeaderValue', 'maxHeaderSize', 'globalAgent'];
console.log(names.map((n) => `${n}:${typeof http[n]}`).join(' '));
console.log(http.Server.prototype instanceof require('net').Server);
console.log(new http.Server() instanceof http.Server, http.createServer() instanceof http.Server);
const s = http.createServer({ requestTimeout: 1000, headersTimeout: 500, keepAliveTimeout: 10 });
console.log(s.requestTimeout, s.headersTimeout, s.keepAliveTimeout, s.maxHeadersCount, s.timeout, s.maxRequestsPerSocket);
tryIt('bad requestTimeout', () => http.createServer({ requestTimeout: 'x' }));
tryIt('bad maxHeaderSize', () => http.createServer({ maxHeaderSize: -1 }));
tryIt('bad joinDuplicateHeaders', () => http.createServer({ joinDuplicateHeaders: 1 }));
tryIt('bad options', () => http.createServer(5));
const common = require('_http_common');
console.log(common._checkIsHttpToken('abc'), common._checkIsHttpToken('a c'), common._checkInvalidHeaderChar('a\nb'));
console.log(typeof require('_http_server').ServerResponse, typeof require('_http_client').ClientRequest,
  typeof require('_http_incoming').IncomingMessage, typeof require('_http_outgoing').OutgoingMessage,
  typeof require('_http_agent').Agent, require('_http_agent').globalAgent === http.globalAgent);
