// http.OutgoingMessage and http.ServerResponse are plain constructor
// functions, as in Node: libraries (light-my-request behind fastify.inject)
// set up their own objects with ServerResponse.call(this, req), and classes
// may still extend them.
const http = require('http');
const util = require('util');

function FakeResponse(req) {
  http.ServerResponse.call(this, req);
  this.chunks = [];
}
util.inherits(FakeResponse, http.ServerResponse);

const res = new FakeResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
console.log('instanceof', res instanceof http.ServerResponse, res instanceof http.OutgoingMessage, res instanceof require('stream').Stream);
console.log('fields', res.statusCode, res.sendDate, res.headersSent, res.finished, res.writable, res.chunks.length);
res.setHeader('X-A', '1');
res.setHeader('Set-Cookie', ['a=1', 'b=2']);
console.log('headers', JSON.stringify(res.getHeaders()), res.hasHeader('x-a'), JSON.stringify(res.getHeaderNames()));
res.removeHeader('x-a');
console.log('after remove', res.hasHeader('x-a'));
console.log('typeof', typeof http.ServerResponse, typeof http.OutgoingMessage, http.ServerResponse.name, http.OutgoingMessage.name);
console.log('constructor', http.ServerResponse.prototype.constructor === http.ServerResponse, Object.getPrototypeOf(http.ServerResponse) === http.OutgoingMessage);
console.log('prototype chain', Object.getPrototypeOf(http.ServerResponse.prototype) === http.OutgoingMessage.prototype);

function Plain() {
  http.OutgoingMessage.call(this);
}
util.inherits(Plain, http.OutgoingMessage);
const p = new Plain();
p.setHeader('content-type', 'text/plain');
console.log('plain outgoing', p.getHeader('content-type'), p.writableEnded, p.headersSent);

try {
  http.ServerResponse.call({}, undefined);
} catch (err) {
  console.log('no request', err.name);
}

// A class extending ServerResponse, used by a real server.
class TaggedResponse extends http.ServerResponse {
  constructor(req, options) {
    super(req, options);
    this.setHeader('X-Tagged', 'yes');
  }
}
const server = http.createServer({ ServerResponse: TaggedResponse }, (req, res2) => {
  res2.end(`tagged ${res2 instanceof TaggedResponse} ${res2 instanceof http.ServerResponse}`);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port, path: '/', agent: false }, (r) => {
    let body = '';
    r.setEncoding('utf8');
    r.on('data', (c) => { body += c; });
    r.on('end', () => {
      console.log('server', r.statusCode, r.headers['x-tagged'], body);
      server.close();
    });
  });
});
