// What the http modules share: status texts, methods, the token and header
// value checks behind validateHeaderName/validateHeaderValue, and the
// cached Date header.
'use strict';

const { codes } = require('internal/errors');

// Reason phrases by status code (the IANA registry, as Node lists them).
const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

// The methods llhttp knows; others are refused with HPE_INVALID_METHOD.
const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD',
  'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE',
  'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT',
  'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND',
  'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const kMethodSet = new Set(METHODS);

// RFC 9110 token characters.
const kTokenRe = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(value) {
  return typeof value === 'string' && kTokenRe.test(value);
}

// Header values: HTAB, visible ASCII, space and obs-text (0x80-0xff).
const kInvalidHeaderCharRe = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(value) {
  return kInvalidHeaderCharRe.test(value);
}

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw new codes.ERR_INVALID_HTTP_TOKEN(label, name);
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) throw new codes.ERR_HTTP_INVALID_HEADER_VALUE(value, name);
  if (checkInvalidHeaderChar(String(value))) throw new codes.ERR_INVALID_CHAR('header content', name);
}

// The Date header changes once a second; it is formatted once per second
// (and only when a response is sent, never at module load).
let dateCache = null;
let dateSecond = -1;
function utcDate() {
  const now = Date.now();
  const second = Math.floor(now / 1000);
  if (second !== dateSecond) {
    dateSecond = second;
    dateCache = new Date(now).toUTCString();
  }
  return dateCache;
}

// Headers whose duplicates Node drops (the first one wins).
const kFirstWins = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

// Adds one received header to `dest` the way IncomingMessage.headers
// joins duplicates.
function addHeaderLine(dest, name, value, joinDuplicates) {
  const key = name.toLowerCase();
  const old = dest[key];
  if (old === undefined) {
    dest[key] = key === 'set-cookie' ? [value] : value;
  } else if (key === 'set-cookie') {
    old.push(value);
  } else if (joinDuplicates) {
    dest[key] = `${old}, ${value}`;
  } else if (kFirstWins.has(key)) {
    // Keep the first.
  } else if (key === 'cookie') {
    dest[key] = `${old}; ${value}`;
  } else {
    dest[key] = `${old}, ${value}`;
  }
}

module.exports = {
  STATUS_CODES,
  METHODS,
  kMethodSet,
  checkIsHttpToken,
  checkInvalidHeaderChar,
  validateHeaderName,
  validateHeaderValue,
  utcDate,
  addHeaderLine,
};
