// golden: hand-written (Node 22 validation messages differ from node 20)
// structuredClone with transfer lists, and the DataCloneError messages for
// values V8 refuses.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

const ab = new ArrayBuffer(4);
new Uint8Array(ab).set([7, 8, 9, 10]);
const view = new Uint8Array(ab, 1, 2);
const r = structuredClone({ ab, view }, { transfer: [ab] });
console.log(ab.byteLength, view.length, r.ab.byteLength, r.view, r.view.buffer === r.ab, r.ab !== ab);
t('options number', () => structuredClone(1, 5));
t('options null', () => structuredClone(1, null));
t('transfer number', () => structuredClone(1, { transfer: 5 }));
t('transfer string', () => structuredClone(1, { transfer: 'ab' }));
t('transfer primitive', () => structuredClone(1, { transfer: [5] }));
t('transfer object', () => structuredClone(1, { transfer: [{}] }));
t('duplicate', () => { const a = new ArrayBuffer(1); return structuredClone(1, { transfer: [a, a] }); });
t('clone detached', () => structuredClone(ab));
t('transfer detached', () => structuredClone(1, { transfer: [ab] }));
const keep = new ArrayBuffer(2);
t('failed clone keeps buffer', () => structuredClone({ keep, f() {} }, { transfer: [keep] }));
console.log('kept', keep.byteLength);
const { port1 } = new MessageChannel();
t('port not transferred', () => structuredClone({ port1 }));
t('port transferred', () => { const c = structuredClone({ p: port1 }, { transfer: [port1] }); return c.p instanceof MessagePort && c.p !== port1; });
for (const v of [function foo(a) {
  return a;
}, async () => 1, class A {}, (x) => x * 2, Symbol('s'), Symbol.iterator, new WeakMap(), new WeakSet(),
Promise.resolve(), Object(Symbol('q')), new Proxy({}, {}), { nested: [() => 1] }]) {
  t('uncloneable', () => structuredClone(v));
}
t('URL', () => structuredClone(new URL('http://x/')));
t('Blob', () => structuredClone(new Blob(['ab'], { type: 'a/b' })));
t('class instance', () => structuredClone(new (class Foo { constructor() { this.a = 1; } })()));
t('getter throws', () => structuredClone({ get x() { throw new Error('getter'); } }));
t('null proto', () => structuredClone(Object.create(null, { a: { value: 1, enumerable: true } })));
t('Buffer', () => structuredClone(Buffer.from('hi')));
t('missing', () => structuredClone());
