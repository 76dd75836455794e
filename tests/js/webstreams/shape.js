// Module surface, globals, prototypes and util.inspect of the stream objects.
'use strict';
const util = require('util');
const web = require('stream/web');
const webNode = require('node:stream/web');
const log = (...a) => console.log(...a);

log(Object.keys(web).filter((k) => !k.includes('ompressionStream')));
log(web === webNode);
for (const name of Object.keys(web)) {
  if (name.includes('ompressionStream')) continue;
  const same = web[name] === globalThis[name];
  const desc = Object.getOwnPropertyDescriptor(globalThis, name);
  log(name, same, desc.enumerable, desc.writable, desc.configurable);
}
for (const C of [ReadableStream, WritableStream, TransformStream, ReadableStreamDefaultReader,
  WritableStreamDefaultWriter, ByteLengthQueuingStrategy, CountQueuingStrategy, TextEncoderStream, TextDecoderStream]) {
  const proto = C.prototype;
  const keys = Object.getOwnPropertyNames(proto).filter((k) => k !== 'constructor');
  log(C.name, C.length, keys.map((k) => `${k}${Object.getOwnPropertyDescriptor(proto, k).enumerable ? '' : '(hidden)'}`).join(' '),
    proto[Symbol.toStringTag]);
}
log(typeof ReadableStream.from, ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values);
log(Object.prototype.toString.call(new ReadableStream()), String(new WritableStream()));
log(Object.keys(new ReadableStream()), Object.keys(new TransformStream()));

const rs = new ReadableStream();
log(util.inspect(rs));
log(util.inspect({ nested: { deeper: { rs } } }));
log(util.inspect([rs], { depth: 0 }));
log(util.format('%o', new WritableStream()).split('\n')[0]);
const reader = rs.getReader();
log(reader);
log(new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }));
const ws = new WritableStream();
log(ws.getWriter());
log(new TransformStream());
log(new CountQueuingStrategy({ highWaterMark: 2 }), new ByteLengthQueuingStrategy({ highWaterMark: 16 }));
let rc;
let bc;
new ReadableStream({ start(c) { rc = c; } });
new ReadableStream({ type: 'bytes', start(c) { bc = c; } });
log(rc, bc, bc.byobRequest);
let wc;
new WritableStream({ start(c) { wc = c; } });
log(wc);
log(wc.signal);
log(util.inspect(new TextEncoderStream(), { depth: 0 }));
