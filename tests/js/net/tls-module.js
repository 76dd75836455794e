// node:tls loads (clients such as ws and pg require it up front) and has
// the shape code checks before deciding whether to use it.
const tls = require('tls');
const net = require('net');
const fromScheme = require('node:tls');

console.log('same module', tls === fromScheme);
for (const name of ['connect', 'createServer', 'createSecureContext', 'getCiphers', 'checkServerIdentity']) {
  console.log(name, typeof tls[name]);
}
for (const name of ['TLSSocket', 'Server', 'SecureContext']) {
  console.log(name, typeof tls[name]);
}
console.log('TLSSocket extends net.Socket', tls.TLSSocket.prototype instanceof net.Socket);
console.log('Server extends net.Server', tls.Server.prototype instanceof net.Server);
console.log('versions', tls.DEFAULT_MIN_VERSION, tls.DEFAULT_MAX_VERSION);
console.log('ecdh curve', tls.DEFAULT_ECDH_CURVE);
console.log('renegotiation', tls.CLIENT_RENEG_LIMIT, tls.CLIENT_RENEG_WINDOW);
console.log('has rootCertificates', 'rootCertificates' in tls, 'has DEFAULT_CIPHERS', 'DEFAULT_CIPHERS' in tls);
// https and ws-style feature checks do not touch TLS either.
const https = require('https');
console.log('https.Agent', typeof https.Agent, new https.Agent().defaultPort);
