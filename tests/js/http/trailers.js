// Trailers both ways: a chunked request with addTrailers, req.trailers on
// the server, res.addTrailers back, res.trailers on the client.
const http = require('http');
const server = http.createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    console.log('server trailers', JSON.stringify(req.trailers), JSON.stringify(req.rawTrailers));
    res.writeHead(200, { Trailer: 'X-Sum' });
    res.write('data');
    res.addTrailers({ 'X-Sum': 'abc', 'X-Other': ['1', '2'] });
    res.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    res.resume();
    res.on('end', () => {
      console.log('client trailers', JSON.stringify(res.trailers), JSON.stringify(res.rawTrailers));
      console.log('trailersDistinct', JSON.stringify(res.trailersDistinct));
      server.close();
    });
  });
  req.write('x');
  req.addTrailers([['X-Req', 'r1'], ['x-req', 'r2']]);
  try {
    req.addTrailers({ 'bad name': 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
  req.addTrailers({ 'X-Req': 'final' });
  req.end();
  // Trailers on a response that is not chunked are an error.
  const res2 = new http.ServerResponse({ method: 'GET', httpVersionMajor: 1, httpVersionMinor: 1, headers: {} });
  try {
    res2.writeHead(200, { Trailer: 'x', 'Content-Length': 1 });
  } catch (e) {
    console.log(e.code, e.message);
  }
});
