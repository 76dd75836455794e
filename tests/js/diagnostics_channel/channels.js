// node:diagnostics_channel: named channels, subscribers, publish order,
// subscriber errors, unsubscribe, bound stores and runStores.
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');

const ch = dc.channel('my.channel');
console.log('same object', ch === dc.channel('my.channel'), ch instanceof dc.Channel, ch.name);
console.log('hasSubscribers', ch.hasSubscribers, dc.hasSubscribers('my.channel'), dc.hasSubscribers('never.used'));

const seen = [];
const a = (msg, name) => seen.push(`a:${name}:${JSON.stringify(msg)}`);
const b = (msg) => seen.push(`b:${msg.n}`);
ch.subscribe(a);
dc.subscribe('my.channel', b);
console.log('hasSubscribers after', ch.hasSubscribers, dc.hasSubscribers('my.channel'));
ch.publish({ n: 1 });
console.log(seen.join(' | '));
console.log('unsubscribe', ch.unsubscribe(a), ch.unsubscribe(a), dc.unsubscribe('my.channel', b));
ch.publish({ n: 2 });
console.log('after unsubscribe', seen.length, ch.hasSubscribers);

const sym = Symbol('sym.channel');
const sc = dc.channel(sym);
console.log('symbol name', sc.name === sym);

for (const bad of [1, null, {}, undefined]) {
  try {
    dc.channel(bad);
  } catch (err) {
    console.log('bad name', err.code, err.name, err.message);
  }
}
try {
  ch.subscribe('nope');
} catch (err) {
  console.log('bad subscriber', err.code, err.message);
}

// A subscriber that throws: the others still run; the error is uncaught later.
const order = [];
ch.subscribe(() => { order.push('first'); throw new Error('subscriber failed'); });
ch.subscribe(() => order.push('second'));
process.on('uncaughtException', (err) => {
  console.log('uncaught', err.message, 'order', order.join(','));
  storesPart();
});
ch.publish('x');
console.log('publish returned', order.join(','));

function storesPart() {
  const store = new AsyncLocalStorage();
  const sc2 = dc.channel('with.store');
  console.log('store channel has subscribers', sc2.hasSubscribers);
  sc2.bindStore(store, (data) => ({ wrapped: data }));
  console.log('bound has subscribers', sc2.hasSubscribers);
  sc2.subscribe((msg) => console.log('published', JSON.stringify(msg), 'store', JSON.stringify(store.getStore())));
  const r = sc2.runStores({ id: 7 }, function (x, y) {
    console.log('inside runStores', JSON.stringify(store.getStore()), this.tag, x, y);
    return 'result';
  }, { tag: 'thisArg' }, 1, 2);
  console.log('runStores returned', r, 'store after', store.getStore());
  console.log('unbindStore', sc2.unbindStore(store), sc2.unbindStore(store));
  sc2.runStores({ id: 8 }, () => console.log('without store', store.getStore()));
}
