// Responses and requests with the stream helpers: pipeline into a
// response, finished() on a response and a request, Readable.from piped
// into a ClientRequest, stream.promises.pipeline.
const http = require('http');
const { Readable, pipeline, finished, promises } = require('stream');
const server = http.createServer((req, res) => {
  finished(req, (err) => console.log('server finished(req)', err ? err.code : 'ok'));
  finished(res, (err) => console.log('server finished(res)', err ? err.code : 'ok'));
  if (req.url === '/pipeline') {
    pipeline(Readable.from(['a', 'b', 'c']), res, (err) => console.log('pipeline done', err ? err.code : 'ok'));
  } else {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => res.end(`got ${body}`));
  }
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/pipeline' }, async (res) => {
    let text = '';
    await promises.pipeline(res, async function* (source) {
      for await (const chunk of source) text += chunk;
    });
    console.log('client via pipeline:', text);
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/upload' }, (res2) => {
      res2.setEncoding('utf8');
      res2.on('data', (d) => console.log('client:', d));
      res2.on('end', () => setTimeout(() => server.close(), 20));
    });
    Readable.from(['x', 'y', 'z']).pipe(req);
  });
});
