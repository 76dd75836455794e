// node:url — the WHATWG URL API (internal/url.js), file URL conversion and
// IDNA domain helpers. The legacy url.parse/resolve API is not implemented
// yet and says so.
'use strict';

const { URL, URLSearchParams } = require('internal/url');
const { codes } = require('internal/errors');
const path = require('path');

function fileURLToPath(input) {
  const url = typeof input === 'string' ? new URL(input) : input;
  if (!(url instanceof URL)) throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], input);
  if (url.protocol !== 'file:') {
    const err = new TypeError('The URL must be of scheme file');
    err.code = 'ERR_INVALID_URL_SCHEME';
    require('internal/errors').fixStackName(err, 'TypeError [ERR_INVALID_URL_SCHEME]');
    throw err;
  }
  if (url.hostname !== '') {
    const err = new TypeError(`File URL host must be "localhost" or empty on linux`);
    err.code = 'ERR_INVALID_FILE_URL_HOST';
    require('internal/errors').fixStackName(err, 'TypeError [ERR_INVALID_FILE_URL_HOST]');
    throw err;
  }
  const pathname = url.pathname;
  for (let i = 0; i < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = pathname.codePointAt(i + 2) | 0x20;
      if (pathname[i + 1] === '2' && third === 102) {
        const err = new TypeError('File URL path must not include encoded / characters');
        err.code = 'ERR_INVALID_FILE_URL_PATH';
        require('internal/errors').fixStackName(err, 'TypeError [ERR_INVALID_FILE_URL_PATH]');
        throw err;
      }
    }
  }
  return decodeURIComponent(pathname);
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') throw new codes.ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  // Characters the URL parser would otherwise treat specially.
  const encoded = resolved
    .replace(/%/g, '%25')
    .replace(/\\/g, '%5C')
    .replace(/\n/g, '%0A')
    .replace(/\r/g, '%0D')
    .replace(/\t/g, '%09')
    .replace(/#/g, '%23')
    .replace(/\?/g, '%3F');
  return new URL(`file://${encoded}`);
}

function urlToHttpOptions(url) {
  const options = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password) {
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return options;
}

// url.format for a WHATWG URL with Node's options; legacy objects are not
// supported yet.
function format(urlObject, options = {}) {
  if (typeof urlObject === 'string') urlObject = new URL(urlObject);
  if (!(urlObject instanceof URL)) {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE('url.format() of a legacy url object');
  }
  const { auth = true, fragment = true, search = true, unicode = false } = options ?? {};
  let out = `${urlObject.protocol}`;
  if (urlObject.host !== '' || urlObject.protocol === 'file:') out += '//';
  if (auth && (urlObject.username || urlObject.password)) {
    out += urlObject.username;
    if (urlObject.password) out += `:${urlObject.password}`;
    out += '@';
  }
  out += unicode ? binding.domainToUnicode(urlObject.hostname) : urlObject.hostname;
  if (urlObject.port) out += `:${urlObject.port}`;
  out += urlObject.pathname;
  if (search) out += urlObject.search;
  if (fragment) out += urlObject.hash;
  return out;
}

function legacy(name) {
  return function () {
    throw new codes.ERR_NOT_SUPPORTED_IN_SANDNODE(`The legacy url.${name}() API`);
  };
}

module.exports = {
  URL,
  URLSearchParams,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  domainToASCII: (domain) => binding.domainToASCII(`${domain}`),
  domainToUnicode: (domain) => binding.domainToUnicode(`${domain}`),
  format,
  parse: legacy('parse'),
  resolve: legacy('resolve'),
  resolveObject: legacy('resolveObject'),
  Url: legacy('Url'),
};
