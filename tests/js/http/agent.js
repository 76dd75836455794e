// http.Agent: keep-alive reuses one socket (reusedSocket), maxSockets
// queues requests, getName, free-socket bookkeeping, the global agent's
// options, agent.destroy.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => {
  setTimeout(() => res.end(req.url), 10);
});
server.on('connection', () => { connections++; });
console.log(JSON.stringify(http.globalAgent.options), http.globalAgent.keepAlive, http.globalAgent.maxSockets);
console.log(http.globalAgent instanceof http.Agent, http.Agent.defaultMaxSockets);
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
console.log(agent.getName({ host: 'a', port: 8 }), agent.getName({}), agent.getName({ host: 'h', port: 1, localAddress: '::1', family: 6 }));
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${body} reused=${req.reusedSocket}`));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  const name = `127.0.0.1:${server.address().port}:`;
  const all = await Promise.all([get('/a'), get('/b'), get('/c')]);
  console.log(all.join(', '));
  console.log('pending queues', Object.keys(agent.requests).length);
  await new Promise((r) => setImmediate(r));
  console.log('free', agent.freeSockets[name]?.length, 'busy', agent.sockets[name]?.length ?? 0, 'total', agent.totalSocketCount);
  console.log('again', await get('/d'));
  console.log('connections', connections);
  const noKeep = new http.Agent();
  console.log('noKeep', noKeep.keepAlive, noKeep.maxFreeSockets, noKeep.scheduling);
  http.get({ port: server.address().port, host: '127.0.0.1', agent: noKeep }, (res) => {
    console.log('connection header', res.headers.connection);
    res.resume();
    res.on('end', () => {
      agent.destroy();
      setTimeout(() => {
        console.log('after destroy', agent.totalSocketCount, Object.keys(agent.freeSockets).length);
        server.close(() => console.log('closed'));
      }, 30);
    });
  });
  try {
    new http.Agent({ scheduling: 'random' });
  } catch (e) {
    console.log(e.code, e.message);
  }
});
