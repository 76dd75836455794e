const { Buffer, kMaxLength } = require('buffer');
const clean = (m) => String(m).replace(String(kMaxLength), 'kMaxLength');
const t = (f) => {
  try { console.log(f()); } catch (e) {
    console.log(e.name, e.code, clean(e.message), e instanceof TypeError, e instanceof RangeError);
    console.log(clean(String(e.stack).split('\n')[0]));
  }
};
t(() => Buffer.from(5));
t(() => Buffer.from({}));
t(() => Buffer.from(null));
t(() => Buffer.from(undefined));
t(() => Buffer.from(Symbol('s')));
t(() => Buffer.from('x', 'bogus'));
t(() => Buffer.from(new ArrayBuffer(4), 5));
t(() => Buffer.from(new ArrayBuffer(4), 1, 9));
t(() => Buffer.alloc('5'));
t(() => Buffer.alloc(-1).length);
t(() => Buffer.alloc(NaN));
t(() => Buffer.allocUnsafe({}));
t(() => Buffer.allocUnsafeSlow(-3).length);
t(() => Buffer.byteLength(5));
t(() => Buffer.byteLength({}));
t(() => Buffer.from('abc').toString('nope'));
t(() => Buffer.from('abc').toString('utf32'));
t(() => Buffer.from('abc').toString(5));
t(() => Buffer.from('abc').write('x', 'bogus'));
t(() => { require('buffer').INSPECT_MAX_BYTES = 'x'; });
console.log(Buffer.from(new ArrayBuffer(4), 1, -5).length, Buffer.from(new ArrayBuffer(4), 'x').length);
