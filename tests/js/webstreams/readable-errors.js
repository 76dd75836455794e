// Every validation error of ReadableStream, its readers and controllers.
'use strict';
Error.stackTraceLimit = 0;
const { ReadableStream: RS2, ReadableStreamDefaultReader: RSDR } = require('stream/web');
const show = (label, f) => {
  try {
    const r = f();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};
const showAsync = async (label, f) => {
  try {
    await f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
};

async function main() {
  console.log('same class', RS2 === ReadableStream, RSDR === ReadableStreamDefaultReader);
  show('type foo', () => new ReadableStream({ type: 'foo' }));
  show('source number', () => new ReadableStream(1));
  show('source null', () => new ReadableStream(null));
  show('strategy number', () => new ReadableStream({}, 1));
  show('pull not fn', () => new ReadableStream({ pull: 1 }));
  show('cancel not fn', () => new ReadableStream({ cancel: 'x' }));
  show('hwm -1', () => new ReadableStream({}, { highWaterMark: -1 }));
  show('hwm x', () => new ReadableStream({}, { highWaterMark: 'x' }));
  show('hwm NaN', () => new ReadableStream({}, { highWaterMark: NaN }));
  show('size number', () => new ReadableStream({}, { size: 1 }));
  show('bytes with size', () => new ReadableStream({ type: 'bytes' }, { size: () => 1 }));
  show('autoAllocate 0', () => new ReadableStream({ type: 'bytes', autoAllocateChunkSize: 0 }));
  show('byob on default', () => new ReadableStream().getReader({ mode: 'byob' }));
  show('mode x', () => new ReadableStream().getReader({ mode: 'x' }));
  show('options number', () => new ReadableStream().getReader(1));
  show('options null', () => new ReadableStream().getReader(null));
  show('bad this getReader', () => ReadableStream.prototype.getReader.call({}));
  show('bad this locked', () => Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(1));
  show('reader of number', () => new ReadableStreamDefaultReader(1));
  show('byob reader of default', () => new ReadableStreamBYOBReader(new ReadableStream()));
  show('controller ctor', () => new ReadableStreamDefaultController());
  show('byte controller ctor', () => new ReadableByteStreamController());
  show('byob request ctor', () => new ReadableStreamBYOBRequest());
  await showAsync('cancel bad this', () => ReadableStream.prototype.cancel.call({}));
  await showAsync('read bad this', () => ReadableStreamDefaultReader.prototype.read.call({}));

  const rs = new ReadableStream();
  const reader = rs.getReader();
  show('getReader locked', () => rs.getReader());
  show('new reader locked', () => new ReadableStreamDefaultReader(rs));
  await showAsync('cancel locked', () => rs.cancel());
  await showAsync('pipeTo locked', () => rs.pipeTo(new WritableStream()));
  show('pipeThrough locked', () => rs.pipeThrough(new TransformStream()));
  show('tee locked', () => rs.tee());
  show('values locked', () => rs.values());
  const pendingRead = reader.read();
  reader.releaseLock();
  await showAsync('pending read after release', () => pendingRead);
  await showAsync('closed after release', () => reader.closed);
  await showAsync('read after release', () => reader.read());
  await showAsync('cancel after release', () => reader.cancel());
  show('release twice', () => reader.releaseLock());

  const closedRs = new ReadableStream({ start(c) { c.close(); } });
  const cr = closedRs.getReader();
  cr.releaseLock();
  await showAsync('closed of released reader (stream closed)', () => cr.closed);

  let c;
  new ReadableStream({ start(cc) { c = cc; } });
  c.close();
  show('enqueue after close', () => c.enqueue(1));
  show('close after close', () => c.close());
  show('error after close', () => c.error(new Error('late')));
  let c2;
  new ReadableStream({ start(cc) { c2 = cc; } });
  c2.error(new Error('x'));
  show('enqueue after error', () => c2.enqueue(1));
  show('close after error', () => c2.close());

  show('pipeThrough 1', () => new ReadableStream().pipeThrough(1));
  show('pipeThrough no writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream() }));
  show('pipeThrough options', () => new ReadableStream().pipeThrough(new TransformStream(), 1));
  show('pipeThrough signal', () => new ReadableStream().pipeThrough(new TransformStream(), { signal: 1 }));
  await showAsync('pipeTo 1', () => new ReadableStream().pipeTo(1));
  await showAsync('pipeTo signal', () => new ReadableStream().pipeTo(new WritableStream(), { signal: {} }));
  const lockedWs = new WritableStream();
  lockedWs.getWriter();
  await showAsync('pipeTo locked dest', () => new ReadableStream().pipeTo(lockedWs));
  show('pipeThrough locked writable', () => new ReadableStream().pipeThrough({ readable: new ReadableStream(), writable: lockedWs }));
  show('values 1', () => new ReadableStream().values(1));
  show('from 1', () => ReadableStream.from(1));
  show('from {}', () => ReadableStream.from({}));
  show('from bad iterator', () => ReadableStream.from({ [Symbol.iterator]() { return 1; } }));
}

main();
