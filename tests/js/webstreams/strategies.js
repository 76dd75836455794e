// ByteLengthQueuingStrategy and CountQueuingStrategy, and using them.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);

const count = new CountQueuingStrategy({ highWaterMark: 3 });
const bytes = new ByteLengthQueuingStrategy({ highWaterMark: 8 });
log(count.highWaterMark, count.size(), count.size('anything'), count.size.name, count.size.length);
log(bytes.highWaterMark, bytes.size(new Uint8Array(5)), bytes.size({ byteLength: 7 }), bytes.size.name);
log(count.size === new CountQueuingStrategy({ highWaterMark: 1 }).size);
log(bytes.size === new ByteLengthQueuingStrategy({ highWaterMark: 1 }).size);
log(new CountQueuingStrategy({ highWaterMark: '4' }).highWaterMark, new CountQueuingStrategy({ highWaterMark: -1 }).highWaterMark);
log(Object.keys(count), count);

for (const [label, f] of [
  ['no init', () => new CountQueuingStrategy()],
  ['init number', () => new ByteLengthQueuingStrategy(5)],
  ['no hwm', () => new CountQueuingStrategy({})],
  ['no hwm bytes', () => new ByteLengthQueuingStrategy({ size: 1 })],
  ['negative in stream', () => new ReadableStream({}, new CountQueuingStrategy({ highWaterMark: -1 }))],
]) {
  try {
    f();
    log(label, 'ok');
  } catch (e) {
    log(label, e.name, e.code, e.message);
  }
}

let rc;
new ReadableStream({ start(c) { rc = c; } }, bytes);
rc.enqueue(new Uint8Array(3));
log('bytes desiredSize', rc.desiredSize);
rc.enqueue(new ArrayBuffer(10));
log('bytes desiredSize', rc.desiredSize);

const ws = new WritableStream({ write() { return new Promise(() => {}); } }, count);
const w = ws.getWriter();
log('count desiredSize', w.desiredSize);
w.write('a');
w.write('b');
log('count desiredSize', w.desiredSize);

const ts = new TransformStream({}, new ByteLengthQueuingStrategy({ highWaterMark: 4 }), new CountQueuingStrategy({ highWaterMark: 2 }));
const tw = ts.writable.getWriter();
log('transform writable desiredSize', tw.desiredSize);
tw.write(new Uint8Array(3));
tw.write(new Uint8Array(3));
setTimeout(() => log('after writes', tw.desiredSize, ts), 5);
