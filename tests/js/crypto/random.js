// Random APIs: only shapes, lengths and ranges print, never values.
const crypto = require('crypto');

function attempt(label, fn) {
  try {
    const r = fn();
    const shape = Buffer.isBuffer(r) ? `Buffer(${r.length})` : ArrayBuffer.isView(r) ? `${r.constructor.name}(${r.length})`
      : r instanceof ArrayBuffer ? `ArrayBuffer(${r.byteLength})` : typeof r;
    console.log(label, 'ok', shape);
  } catch (e) {
    console.log(label, e.code, e.name, e.message);
  }
}

const b = crypto.randomBytes(32);
console.log(Buffer.isBuffer(b), b.length, crypto.randomBytes(0).length, crypto.randomBytes(1.9).length);
console.log(new Set(Array.from({ length: 50 }, () => crypto.randomBytes(8).toString('hex'))).size);
const big = crypto.randomBytes(3 << 20);
console.log(big.length, big.subarray(big.length - 4096).some((x) => x !== 0));
attempt('bytes -1', () => crypto.randomBytes(-1));
attempt('bytes str', () => crypto.randomBytes('1'));
attempt('bytes huge', () => crypto.randomBytes(2 ** 31));
attempt('bytes NaN', () => crypto.randomBytes(NaN));
attempt('bytes none', () => crypto.randomBytes());
attempt('bytes cb', () => crypto.randomBytes(3, 5));

// randomInt ranges.
let ok = true;
for (let i = 0; i < 300; i++) {
  const x = crypto.randomInt(10);
  const y = crypto.randomInt(-5, 5);
  const z = crypto.randomInt(2 ** 47, 2 ** 48 - 1);
  ok &&= Number.isInteger(x) && x >= 0 && x < 10 && y >= -5 && y < 5 && z >= 2 ** 47;
}
console.log('randomInt in range', ok, crypto.randomInt(5, 6), crypto.randomInt(-3, -2), crypto.randomInt(1));
const seen = new Set(Array.from({ length: 400 }, () => crypto.randomInt(4)));
console.log('randomInt covers', [...seen].sort().join(','));
for (const [label, args] of [['max<min', [10, 5]], ['frac', [1.5]], ['zero', [0]], ['equal', [5, 5]],
  ['too wide', [2 ** 48]], ['too wide range', [-(2 ** 48), 0]], ['string', ['1']], ['unsafe', [2 ** 53]],
  ['cb number', [1, 2, 3]], ['min str', ['a', 2]], ['max str', [1, 'a']]]) {
  attempt(`int ${label}`, () => crypto.randomInt(...args));
}

// randomFillSync on every kind of buffer, with offset and size.
for (const T of [Uint8Array, Int8Array, Uint16Array, Int32Array, Float32Array, Float64Array, BigInt64Array, Uint8ClampedArray]) {
  const arr = new T(8);
  const same = crypto.randomFillSync(arr, 2, 3) === arr;
  const zeroAt = (i) => (typeof arr[i] === 'bigint' ? arr[i] === 0n : arr[i] === 0);
  console.log(T.name, same, zeroAt(0) && zeroAt(1) && zeroAt(5) && zeroAt(7));
}
const dv = new DataView(new ArrayBuffer(16));
console.log(crypto.randomFillSync(dv) === dv, crypto.randomFillSync(new ArrayBuffer(4), 1, 2).byteLength);
const part = new Uint8Array(16);
crypto.randomFillSync(part, 15);
console.log('offset only', part.subarray(0, 15).every((x) => x === 0));
attempt('fill offset big', () => crypto.randomFillSync(new Uint8Array(4), 5));
attempt('fill size big', () => crypto.randomFillSync(new Uint8Array(4), 1, 5));
attempt('fill array', () => crypto.randomFillSync([1, 2]));
attempt('fill none', () => crypto.randomFillSync());
attempt('fill u32 over', () => crypto.randomFillSync(new Uint32Array(4), 1, 4));
attempt('fill f64 offset', () => crypto.randomFillSync(new Float64Array(2), 3));
attempt('fill offset -1', () => crypto.randomFillSync(new Uint8Array(4), -1));
attempt('fill offset str', () => crypto.randomFillSync(new Uint8Array(4), 'a'));
attempt('fill offset NaN', () => crypto.randomFillSync(new Uint8Array(4), NaN));
attempt('fill size NaN', () => crypto.randomFillSync(new Uint8Array(4), 0, NaN));
attempt('fill size -1', () => crypto.randomFillSync(new Uint8Array(4), 0, -1));
attempt('fill frac', () => crypto.randomFillSync(new Uint8Array(4), 1.5, 1.5));
attempt('fill no cb', () => crypto.randomFill(new Uint8Array(4)));
attempt('fill no cb2', () => crypto.randomFill(new Uint8Array(4), 1, 2));
attempt('fill cb bad offset', () => crypto.randomFill(new Uint8Array(4), 9, () => {}));

// randomUUID and getRandomValues.
const uuids = new Set(Array.from({ length: 30 }, () => crypto.randomUUID()));
console.log(uuids.size, [...uuids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
console.log(crypto.randomUUID({ disableEntropyCache: true }).length, crypto.randomUUID({}).length);
attempt('uuid opts', () => crypto.randomUUID({ disableEntropyCache: 1 }));
attempt('uuid num', () => crypto.randomUUID(1));
attempt('uuid null', () => crypto.randomUUID(null));
attempt('grv', () => crypto.getRandomValues(new Uint16Array(4)));
attempt('grv float', () => crypto.getRandomValues(new Float32Array(2)));
attempt('grv number', () => crypto.getRandomValues(5));
attempt('grv big', () => crypto.getRandomValues(new Uint8Array(65537)));
attempt('global grv none', () => globalThis.crypto.getRandomValues());
attempt('global grv this', () => globalThis.crypto.getRandomValues.call({}, new Uint8Array(2)));
attempt('global uuid this', () => globalThis.crypto.randomUUID.call({}));
console.log(crypto.webcrypto === globalThis.crypto, crypto.subtle === globalThis.crypto.subtle);

// Async forms call back after the synchronous code and microtasks; one at
// a time, since node's thread pool may finish parallel jobs in any order.
const target = new Uint32Array(4);
const jobs = [
  ['randomBytes', (cb) => crypto.randomBytes(8, cb), (buf) => `${Buffer.isBuffer(buf)} ${buf.length}`],
  ['randomInt', (cb) => crypto.randomInt(10, cb), (n) => n >= 0 && n < 10],
  ['randomInt range', (cb) => crypto.randomInt(3, 4, cb), (n) => n],
  ['randomFill', (cb) => crypto.randomFill(target, cb), (buf) => buf === target],
  ['randomFill offset', (cb) => crypto.randomFill(new Uint8Array(8), 2, cb), (buf) => buf.length],
  ['randomFill ab', (cb) => crypto.randomFill(new ArrayBuffer(8), 2, 4, cb), (buf) => buf.byteLength],
];
const order = [];
function next() {
  const job = jobs.shift();
  if (job === undefined) {
    console.log(order.join('\n'));
    return;
  }
  const [label, start, shape] = job;
  start((err, result) => {
    order.push(`${label} ${err} ${shape(result)}`);
    next();
  });
  Promise.resolve().then(() => order.push(`${label}: promise`));
  process.nextTick(() => order.push(`${label}: tick`));
  order.push(`${label}: started`);
}
next();
