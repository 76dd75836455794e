// golden: hand-written (Node 22; node 20 reports some transfer-list errors with other codes)
// MessageChannel and MessagePort: cloning, transfer lists, delivery order
// (after ticks and microtasks, before immediates), start/onmessage rules,
// node-style listeners, close, ref/unref and errors.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

t('construct port', () => new MessagePort());
const { port1, port2 } = new MessageChannel();
console.log(port1 instanceof MessagePort, port1 instanceof EventTarget, Object.prototype.toString.call(port1));
console.log(Object.keys(new MessageChannel()));
console.log(['on', 'once', 'off', 'emit', 'ref', 'unref', 'hasRef', 'start', 'close', 'postMessage']
  .map((m) => typeof port1[m]).join());
console.log('hasRef before listeners', port1.hasRef(), port2.hasRef());

t('no args', () => port1.postMessage());
t('function', () => port1.postMessage(() => {}));
t('symbol', () => port1.postMessage({ s: Symbol('x') }));
t('bad transfer list', () => port1.postMessage(1, 5));
t('source port', () => port1.postMessage(1, [port1]));
t('source port (options)', () => port1.postMessage(1, { transfer: [port1] }));
t('untransferred port', () => port1.postMessage({ p: new MessageChannel().port1 }));
t('invalid transfer', () => port1.postMessage(1, [{}]));
t('illegal this', () => MessagePort.prototype.postMessage.call({}, 1));

const describe = (v) => (typeof v === 'object' ? Object.keys(v).join('+') : JSON.stringify(v));
const log = [];
const seen = [];
port2.addEventListener('message', (e) => {
  seen.push(e);
  log.push(`event ${e.constructor.name} ${describe(e.data)} ports=${e.ports.length} origin=${JSON.stringify(e.origin)}`);
});
port2.on('message', (value) => log.push(`on ${describe(value)}`));
console.log('hasRef with listeners', port1.hasRef(), port2.hasRef());

const shared = { n: 1 };
const payload = { list: [shared, shared], map: new Map([[1, new Set(['a'])]]), date: new Date(0), re: /x/gi };
payload.self = payload;
port1.postMessage(payload);
port1.postMessage('two');
payload.list.push('changed after post');
Promise.resolve().then(() => log.push('microtask'));
process.nextTick(() => log.push('tick'));
setImmediate(() => {
  console.log(log.join('\n'));
  log.length = 0;
  const got = seen[0].data;
  console.log('clone', got.list.length, got.list[0] === got.list[1], got.self === got, got.map, got.date.toISOString(), got.re);
  console.log('event shape', seen[0].target === port2, seen[0].type, seen[0].isTrusted, seen[0].source, seen[0].lastEventId === '');
  port2.close();
  step2();
});

// Messages wait until the receiving port starts.
function step2() {
  const { port1: a, port2: b } = new MessageChannel();
  a.postMessage(1);
  a.postMessage(2);
  setTimeout(() => {
    b.onmessage = (e) => {
      log.push(`late ${e.data}`);
      Promise.resolve().then(() => log.push(`micro after ${e.data}`));
      if (e.data === 2) {
        console.log(log.join('\n'));
        log.length = 0;
        b.close();
        step3();
      }
    };
  }, 20);
}

// Transfers: ArrayBuffers are detached, ports move to the receiver.
function step3() {
  const { port1: a, port2: b } = new MessageChannel();
  const inner = new MessageChannel();
  const ab = new Uint8Array([1, 2, 3]).buffer;
  const view = new Uint8Array(ab, 1);
  b.once('message', (msg) => {
    console.log('transferred', msg.ab.byteLength, msg.view, msg.view.buffer === msg.ab, msg.port instanceof MessagePort);
    console.log('sender side', ab.byteLength, view.length);
    msg.port.on('message', (m) => {
      console.log('through moved port', m);
      msg.port.close();
      a.close();
    });
    inner.port2.postMessage('hello');
  });
  a.postMessage({ ab, view, port: inner.port1 }, [ab, inner.port1]);
  t('old port posts nowhere', () => inner.port1.postMessage('lost'));
  console.log('old port hasRef', inner.port1.hasRef());
  a.on('close', (e) => {
    console.log('close event on a', e instanceof Event, e.type);
    step4();
  });
}

// ref/unref and listener removal.
function step4() {
  const { port1: a, port2: b } = new MessageChannel();
  const f = () => {};
  b.on('message', f);
  console.log('with listener', b.hasRef());
  b.unref();
  console.log('after unref', b.hasRef());
  b.ref();
  console.log('after ref', b.hasRef());
  b.off('message', f);
  console.log('after off', b.hasRef());
  b.onmessage = f;
  console.log('onmessage set', b.hasRef(), b.onmessage === f);
  b.onmessage = null;
  console.log('onmessage cleared', b.hasRef(), b.onmessage);
  b.close();
  t('post after close', () => b.postMessage('x'));
  a.close();
  process.on('exit', () => console.log('exit', a.hasRef(), b.hasRef()));
}
