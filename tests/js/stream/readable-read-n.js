// read(n) sizes, unshift, setEncoding, highWaterMark growth, read(0).
const { Readable } = require('stream');

const log = (...a) => console.log(...a);
const r = new Readable({ read() {}, highWaterMark: 4 });
r.push('abc');
r.push('defg');
r.push('hi');
log('len', r.readableLength, 'push returns', r.push('j'));
log('read(2)', String(r.read(2)));
log('read(4) across chunks', String(r.read(4)));
log('read(100) not ended', r.read(100), 'hwm now', r.readableHighWaterMark);
r.unshift('XY');
log('after unshift', r.readableLength, String(r.read(3)));
log('read(0)', r.read(0));
r.push(null);
log('read(100) ended', String(r.read(100)));
log('read() at end', r.read());
r.on('end', () => log('end emitted'));

const s = new Readable({ read() {} });
s.push(Buffer.from('héllo wörld'));
s.setEncoding('utf8');
log('encoding', s.readableEncoding, 'len chars', s.readableLength);
log('read(3)', JSON.stringify(s.read(3)));
s.setEncoding('hex');
s.push(Buffer.from([1, 2, 255]));
log('hex', JSON.stringify(s.read()));
s.unshift('ffee', 'hex');
log('unshift hex', JSON.stringify(s.read()));

const b64 = new Readable({ read() {}, encoding: 'base64' });
b64.push('ab');
b64.push('c');
b64.push(null);
b64.on('data', (d) => log('base64 chunk', JSON.stringify(d)));

const o = new Readable({ objectMode: true, read() {} });
o.push(0);
o.push('');
o.push(false);
o.push(undefined);
log('objects', o.readableLength, o.read(), JSON.stringify(o.read()), o.read(), o.read(), o.readableLength);

const u = new Readable({ read() {} });
u.push(new Uint8Array([104, 105]));
u.push(new Uint16Array([0x6a6a]));
log('typed arrays', String(u.read()));
