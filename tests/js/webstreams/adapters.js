// Readable/Writable/Duplex .fromWeb and .toWeb, both ways.
'use strict';
Error.stackTraceLimit = 0;
const { Readable, Writable, Duplex, PassThrough } = require('stream');
const log = (...a) => console.log(...a);
const err = (label, e) => log(label, e?.name, e?.code, e?.message ?? e);

async function main() {
  // Readable.fromWeb: bytes become Buffers, encoding and objectMode apply.
  const r1 = Readable.fromWeb(ReadableStream.from([new Uint8Array([104, 105]), new Uint8Array([33])]));
  const got = [];
  for await (const c of r1) got.push(c);
  log(got);
  const r2 = Readable.fromWeb(ReadableStream.from([new TextEncoder().encode('héllo')]), { encoding: 'utf8' });
  let text = '';
  for await (const c of r2) text += c;
  log(text);
  const r3 = Readable.fromWeb(ReadableStream.from([{ a: 1 }, 'two', 3]), { objectMode: true });
  const objs = [];
  for await (const c of r3) objs.push(c);
  log(objs, r3.readableObjectMode);
  // An erroring web stream destroys the Node stream.
  const failing = new ReadableStream({ pull() { throw new Error('web failed'); } });
  const r4 = Readable.fromWeb(failing);
  try {
    for await (const c of r4) log(c);
  } catch (e) {
    err('fromWeb error', e);
  }
  log(r4.destroyed);
  // Destroying the Node stream cancels the web stream.
  const cancellable = new ReadableStream({
    pull(c) {
      c.enqueue(new Uint8Array([1]));
    },
    cancel(reason) {
      log('web cancel', reason?.message);
    },
  });
  const r5 = Readable.fromWeb(cancellable);
  r5.on('error', (e) => err('r5 error', e));
  r5.once('data', () => r5.destroy(new Error('node destroy')));
  await new Promise((resolve) => r5.on('close', resolve));
  log(r5.destroyed, cancellable.locked);

  // Readable.toWeb.
  const web1 = Readable.toWeb(Readable.from([Buffer.from('ab'), Buffer.from('cd')]));
  log(web1);
  for await (const c of web1) log(c.constructor.name, c);
  const web2 = Readable.toWeb(Readable.from(['x', { y: 1 }]));
  const items = [];
  for await (const c of web2) items.push(c);
  log(items);
  const broken = new Readable({ read() { this.destroy(new Error('node failed')); } });
  try {
    for await (const c of Readable.toWeb(broken)) log(c);
  } catch (e) {
    err('toWeb error', e);
  }
  // Cancelling the web side destroys the Node stream.
  const src = new Readable({ read() { this.push('data'); } });
  const web3 = Readable.toWeb(src);
  const reader3 = web3.getReader();
  await reader3.read();
  await reader3.cancel(new Error('web cancel'));
  await new Promise((resolve) => setImmediate(resolve));
  log('src destroyed', src.destroyed, src.errored?.message);
  const destroyed = new PassThrough();
  destroyed.destroy();
  log(await Readable.toWeb(destroyed).getReader().read());

  // Writable.fromWeb: strings are encoded.
  const written = [];
  const w1 = Writable.fromWeb(new WritableStream({
    write(chunk) {
      written.push(chunk);
    },
    close() {
      log('web sink closed', written);
    },
  }));
  w1.write('str');
  w1.write(Buffer.from('buf'));
  await new Promise((resolve) => w1.end('end', resolve));
  log(w1.writableFinished, written.map((c) => c.constructor.name));
  const w2 = Writable.fromWeb(new WritableStream({ write() { throw new Error('sink failed'); } }));
  w2.on('error', (e) => err('fromWeb write error', e));
  w2.write('x');
  await new Promise((resolve) => w2.on('close', resolve));

  // Writable.toWeb.
  const chunks = [];
  const nodeSink = new Writable({
    write(chunk, enc, cb) {
      chunks.push(chunk.toString());
      cb();
    },
  });
  const webSink = Writable.toWeb(nodeSink);
  log(webSink);
  const writer = webSink.getWriter();
  await writer.write(new TextEncoder().encode('one'));
  await writer.write(new TextEncoder().encode('two'));
  await writer.close();
  log(chunks, nodeSink.writableFinished);
  const failSink = new Writable({ write(c, e, cb) { cb(new Error('node sink failed')); } });
  const fw = Writable.toWeb(failSink).getWriter();
  try {
    await fw.write(new Uint8Array([1]));
    await fw.closed;
  } catch (e) {
    err('toWeb write error', e);
  }
  await ReadableStream.from([new Uint8Array([65, 66])]).pipeTo(Writable.toWeb(new Writable({
    write(c, e, cb) {
      log('piped into node', c.toString());
      cb();
    },
  })));

  // Duplex.fromWeb / toWeb.
  const ts = new TransformStream({ transform(chunk, c) { c.enqueue(new TextEncoder().encode(new TextDecoder().decode(chunk).toUpperCase())); } });
  const duplex = Duplex.fromWeb(ts, { encoding: 'utf8' });
  duplex.end('shout');
  let out = '';
  for await (const c of duplex) out += c;
  log(out);
  const pair = Duplex.toWeb(new PassThrough());
  log(Object.keys(pair), pair.readable, pair.writable);
  const pw = pair.writable.getWriter();
  pw.write(new TextEncoder().encode('through'));
  pw.close();
  for await (const c of pair.readable) log(Buffer.from(c).toString());

  // Validation.
  for (const [label, f] of [
    ['Readable.fromWeb({})', () => Readable.fromWeb({})],
    ['Readable.fromWeb encoding', () => Readable.fromWeb(new ReadableStream(), { encoding: 'nope' })],
    ['Readable.fromWeb objectMode', () => Readable.fromWeb(new ReadableStream(), { objectMode: 1 })],
    ['Readable.toWeb({})', () => Readable.toWeb({})],
    ['Writable.fromWeb(1)', () => Writable.fromWeb(1)],
    ['Writable.fromWeb decodeStrings', () => Writable.fromWeb(new WritableStream(), { decodeStrings: 'no' })],
    ['Writable.toWeb(null)', () => Writable.toWeb(null)],
    ['Duplex.fromWeb({})', () => Duplex.fromWeb({})],
    ['Duplex.fromWeb(1)', () => Duplex.fromWeb(1)],
    ['Duplex.fromWeb no writable', () => Duplex.fromWeb({ readable: new ReadableStream() })],
    ['Duplex.toWeb(readable)', () => Duplex.toWeb(new Readable())],
  ]) {
    try {
      f();
      log(label, 'ok');
    } catch (e) {
      err(label, e);
    }
  }
}

main();
