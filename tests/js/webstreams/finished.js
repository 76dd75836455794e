// stream.finished() and stream/promises finished() on Web streams: they
// settle when the stream closes or errors.
const { finished } = require('stream');
const { finished: fp } = require('stream/promises');
const rs = new ReadableStream({ start(c) { c.enqueue('a'); c.close(); } });
finished(rs, (err) => console.log('readable finished', err));
(async () => { for await (const x of rs) console.log('chunk', x); })();
const bad = new ReadableStream({ start(c) { c.error(new Error('boom')); } });
fp(bad).catch((e) => console.log('errored readable:', e.message));
const ws = new WritableStream({ write() {} });
finished(ws, (err) => console.log('writable finished', err));
const w = ws.getWriter();
w.write('x').then(() => w.close());
const ws2 = new WritableStream({ write() { throw new Error('sink failed'); } });
fp(ws2).catch((e) => console.log('errored writable:', e.message));
ws2.getWriter().write('y').catch(() => {});
