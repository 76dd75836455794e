// The global crypto: getRandomValues fills integer arrays, randomUUID is a
// v4 UUID; bad input fails like Node. Values are random, so only shapes print.
const a = crypto.getRandomValues(new Uint8Array(32));
console.log(a instanceof Uint8Array, a.length, a.some((x) => x !== 0));
const b = new Uint32Array(4);
console.log(crypto.getRandomValues(b) === b);
const big = crypto.getRandomValues(new BigUint64Array(2));
console.log(typeof big[0]);
const uuids = new Set(Array.from({ length: 20 }, () => crypto.randomUUID()));
console.log(uuids.size, [...uuids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
for (const bad of [() => crypto.getRandomValues(new Float64Array(2)), () => crypto.getRandomValues(new Uint8Array(65537))]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(Object.prototype.toString.call(crypto));
