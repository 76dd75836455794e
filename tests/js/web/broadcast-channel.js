// BroadcastChannel: same-name delivery to every other open channel, one
// copy each, close(), errors, inspection and unref().
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const a = new BroadcastChannel('news');
const b = new BroadcastChannel('news');
const c = new BroadcastChannel('other');
const d = new BroadcastChannel('news');
console.log(a, a.name, Object.prototype.toString.call(a), a instanceof EventTarget);
console.log(Object.getOwnPropertyNames(BroadcastChannel.prototype).sort().join());
t('no name', () => new BroadcastChannel());
t('no message', () => a.postMessage());
t('uncloneable', () => a.postMessage(Symbol('s')));
const got = [];
b.onmessage = (e) => {
  got.push(e.data);
  console.log('b got', e.data, e.constructor.name, e.target === b, e.type);
  if (got.length === 2) {
    console.log('copies differ', got[0] !== d.last);
    b.close();
    d.close();
    a.close();
    c.close();
    t('post after close', () => a.postMessage(1));
    console.log(a, b.onmessage === null);
    const e = new BroadcastChannel('lonely');
    e.unref();
    e.onmessage = () => console.log('never');
  }
};
c.onmessage = () => console.log('other channel got it');
a.onmessage = () => console.log('sender got its own message');
d.addEventListener('message', (e) => {
  d.last = e.data;
  console.log('d got', e.data);
});
a.postMessage({ n: 1, list: [1, 2] });
a.postMessage('second');
console.log('posted');
