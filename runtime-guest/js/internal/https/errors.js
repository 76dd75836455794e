// Node's errors for a failed HTTPS exchange, from what the fetch natives
// report (runtime-guest/src/fetch.rs): `err.wasi` names the wasi:http error
// code. The host reports a rejected server certificate as a TLS alert whose
// message is `certificate:<Node's code>:<detail>` (host/src/tls.rs), so the
// codes are OpenSSL's as Node reports them.
'use strict';

const { systemError, netAccessDenied } = require('internal/net/errors');

// OpenSSL's texts for the verification failures the host can name.
const kCertMessages = {
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'unable to verify the first certificate',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'self-signed certificate',
  SELF_SIGNED_CERT_IN_CHAIN: 'self-signed certificate in certificate chain',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'unable to get local issuer certificate',
  CERT_HAS_EXPIRED: 'certificate has expired',
  CERT_NOT_YET_VALID: 'certificate is not yet valid',
  CERT_REVOKED: 'certificate revoked',
  CERT_SIGNATURE_FAILURE: 'certificate signature failure',
  CERT_REJECTED: 'certificate rejected',
};

function withCode(message, code) {
  const e = new Error(message);
  e.code = code;
  return e;
}

// The certificate failure in a TLS alert from the host, or null.
function certificateError(err, host) {
  const text = err.alertMessage;
  if (typeof text !== 'string' || !text.startsWith('certificate:')) return null;
  const rest = text.slice('certificate:'.length);
  const colon = rest.indexOf(':');
  const code = colon === -1 ? rest : rest.slice(0, colon);
  const detail = colon === -1 ? '' : rest.slice(colon + 1);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
    const e = withCode(`Hostname/IP does not match certificate's altnames: ${detail}`, code);
    e.reason = detail;
    e.host = host;
    return e;
  }
  return withCode(kCertMessages[code] ?? (detail || code), code);
}

// A TLS failure (wasi `TLS-*`) as Node reports it, or null for other codes.
function tlsError(err, host) {
  switch (err?.wasi) {
    case 'TLS-alert-received': {
      const cert = certificateError(err, host);
      if (cert !== null) return cert;
      // An alert from the server: OpenSSL names it "ssl/tls alert <name>".
      const name = String(err.alertMessage ?? 'unknown').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
      const e = withCode(`SSL alert number ${err.alertId ?? 0}: ssl/tls alert ${name}`, 'ERR_SSL_TLSV1_ALERT');
      e.library = 'SSL routines';
      return e;
    }
    case 'TLS-certificate-error':
      return withCode(kCertMessages.CERT_REJECTED, 'CERT_REJECTED');
    case 'TLS-protocol-error': {
      const e = withCode('TLS handshake failed (protocol error)', 'ERR_SSL_PROTOCOL_ERROR');
      e.library = 'SSL routines';
      return e;
    }
    default:
      return null;
  }
}

function connReset(message) {
  const e = new Error(message);
  e.code = 'ECONNRESET';
  return e;
}

// The error node:https emits for a failed exchange with `host:port`.
function httpsError(err, host, port) {
  const wasi = err?.wasi;
  if (typeof wasi !== 'string') return err;
  const tls = tlsError(err, host);
  if (tls !== null) return tls;
  switch (wasi) {
    case 'HTTP-request-denied':
      return netAccessDenied(`${host}:${port}`);
    case 'connection-refused':
      return systemError({ wasi: 'connection-refused' }, 'connect', host, port);
    case 'DNS-error':
    case 'DNS-timeout':
    case 'destination-not-found': {
      const e = new Error(`getaddrinfo ENOTFOUND ${host}`);
      e.errno = -3008;
      e.code = 'ENOTFOUND';
      e.syscall = 'getaddrinfo';
      e.hostname = host;
      return e;
    }
    case 'connection-timeout':
      return systemError({ wasi: 'timeout' }, 'connect', host, port);
    case 'destination-unavailable':
    case 'destination-IP-unroutable':
      return systemError({ wasi: 'remote-unreachable' }, 'connect', host, port);
    case 'connection-terminated':
      return connReset('Client network socket disconnected before secure TLS connection was established');
    case 'HTTP-response-incomplete':
    case 'HTTP-protocol-error':
      return connReset('socket hang up');
    default: {
      const e = new Error(`HTTPS request failed in the host: ${wasi}`);
      e.code = 'ERR_SANDNODE_HTTP';
      return e;
    }
  }
}

module.exports = { httpsError, tlsError };
