// Node's error codes for misuse of streams.
const { Readable, Writable, Transform, Duplex } = require('stream');

const show = (label, e) => console.log(label, '|', e.name, '|', e.code, '|', e.message);

// ERR_STREAM_PUSH_AFTER_EOF
const r1 = new Readable({ read() {} });
r1.on('error', (e) => show('push after EOF', e));
r1.push(null);
console.log('push after eof returns', r1.push('x'));

// ERR_STREAM_UNSHIFT_AFTER_END_EVENT
const r2 = new Readable({ read() {} });
r2.on('error', (e) => show('unshift after end', e));
r2.on('end', () => r2.unshift('late'));
r2.resume();
r2.push(null);

// ERR_INVALID_ARG_TYPE for bad chunks (push and write)
const r3 = new Readable({ read() {} });
r3.on('error', (e) => show('push number', e));
console.log('push 42 returns', r3.push(42));
const w1 = new Writable({ write(c, e, cb) { cb(); } });
for (const bad of [42, {}, true]) {
  try { w1.write(bad); } catch (e) { show('write bad', e); }
}
// ERR_STREAM_NULL_VALUES
try { w1.write(null); } catch (e) { show('write null', e); }
const wo = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
try { wo.write(null); } catch (e) { show('object write null', e); }
// ERR_UNKNOWN_ENCODING
try { w1.write('x', 'klingon'); } catch (e) { show('bad encoding', e); }
try { new Writable({ defaultEncoding: 'nope' }); } catch (e) { show('bad defaultEncoding', e); }

// ERR_STREAM_WRITE_AFTER_END
const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', (e) => show('write after end (event)', e));
w2.end();
console.log('write after end returns', w2.write('x', (e) => show('write after end (cb)', e)));

// ERR_STREAM_ALREADY_FINISHED
const w3 = new Writable({ write(c, e, cb) { cb(); } });
w3.end();
w3.on('finish', () => {
  w3.end((e) => show('end after finish', e));
});

// ERR_STREAM_DESTROYED
const w4 = new Writable({ write(c, e, cb) { cb(); } });
w4.on('error', (e) => show('write after destroy (event)', e));
w4.destroy();
w4.write('x', (e) => show('write after destroy (cb)', e));

// ERR_METHOD_NOT_IMPLEMENTED
const r5 = new Readable();
r5.on('error', (e) => show('no _read', e));
r5.read();
const w5 = new Writable();
w5.on('error', (e) => show('no _write', e));
try { w5.write('x'); } catch (e) { show('no _write (thrown)', e); }
const t5 = new Transform();
t5.on('error', (e) => show('no _transform (event)', e));
try { t5.write('x'); } catch (e) { show('no _transform (thrown)', e); }

// ERR_MULTIPLE_CALLBACK
const w6 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w6.on('error', (e) => show('write cb twice', e));
w6.write('x');
const w7 = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(); cb(); } });
w7.on('error', (e) => show('final cb twice', e));
w7.end();

// ERR_STREAM_CANNOT_PIPE
const w8 = new Writable({ write(c, e, cb) { cb(); } });
w8.on('error', (e) => show('pipe from writable', e));
w8.pipe(new Writable({ write(c, e, cb) { cb(); } }));

// highWaterMark validation
for (const hwm of [-1, 1.5, 'x', NaN]) {
  try { new Readable({ highWaterMark: hwm }); } catch (e) { show(`hwm ${String(hwm)}`, e); }
}
try { new Duplex({ readableHighWaterMark: -5 }); } catch (e) { show('duplex readableHwm', e); }
try { new Readable({ read() {} }).read(2 ** 31); } catch (e) { show('read too big', e); }
