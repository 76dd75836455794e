// https.request argument handling and connection failures (no server
// listens on 127.0.0.1:1).
const https = require('https');

function attempt(label, fn) {
  try {
    const req = fn();
    console.log(label, 'created', req.constructor.name);
    return req;
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    return null;
  }
}

attempt('http url', () => https.request('http://127.0.0.1:1/'));
attempt('bad url', () => https.request('not a url'));
attempt('bad method', () => https.request({ host: '127.0.0.1', port: 1, method: 42 }));
attempt('bad token', () => https.request({ host: '127.0.0.1', port: 1, method: 'GE T' }));
attempt('bad agent', () => https.request({ host: '127.0.0.1', port: 1, agent: 'yes' }));
attempt('bad timeout', () => https.request({ host: '127.0.0.1', port: 1, timeout: 'soon' }));
attempt('bad path', () => https.request({ host: '127.0.0.1', port: 1, path: '/a b' }));
attempt('bad header', () => https.request({ host: '127.0.0.1', port: 1, headers: { 'x-bad': 'a\nb' } }));
attempt('bad host', () => https.request({ host: 42, port: 1 }));
attempt('http protocol', () => https.request({ host: '127.0.0.1', port: 1, protocol: 'http:' }));

const steps = [];
function run(label, make) {
  return new Promise((resolve) => {
    const req = make();
    req.on('error', (e) => {
      console.log(label, 'error', e.name, e.code, e.message, e.errno, e.syscall, e.address, e.port);
    });
    req.on('abort', () => console.log(label, 'abort'));
    req.on('close', () => {
      console.log(label, 'close', req.destroyed);
      resolve();
    });
  });
}

(async () => {
  await run('refused', () => {
    const req = https.request('https://127.0.0.1:1/path?q=1', { headers: { 'X-A': '1' } });
    console.log('refused', req.method, req.path, req.host, req.protocol, req.getHeader('host'), req.getHeader('x-a'));
    console.log('refused', req.agent === https.globalAgent, req.reusedSocket, req.headersSent, req.writableEnded);
    req.end();
    console.log('refused', req.writableEnded, req.headersSent);
    return req;
  });
  await run('get-refused', () => https.get({ hostname: '127.0.0.1', port: 1, path: '/x' }));
  await run('post-refused', () => {
    const req = https.request({ hostname: '127.0.0.1', port: 1, method: 'POST' });
    req.write('some body');
    req.end('more');
    return req;
  });
  await run('destroyed', () => {
    const req = https.get('https://127.0.0.1:1/');
    req.destroy();
    return req;
  });
  await run('abort', () => {
    const req = https.get('https://127.0.0.1:1/');
    req.abort();
    console.log('abort', req.aborted, req.destroyed);
    return req;
  });
  await run('signal', () => {
    const ac = new AbortController();
    ac.abort();
    return https.get('https://127.0.0.1:1/', { signal: ac.signal });
  });
  await run('destroy-error', () => {
    const req = https.get('https://127.0.0.1:1/');
    req.destroy(new Error('mine'));
    return req;
  });
  await run('agent-false', () => https.get('https://127.0.0.1:1/', { agent: false }));
  console.log('done', steps.length);
})();
