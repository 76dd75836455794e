// hasRef/ref/unref on timers and immediates; an unref'd timer does not keep
// the process alive.
const t = setTimeout(() => {
  console.log('ref timer fires');
  const im = setImmediate(() => console.log('immediate (refd) fires'));
  console.log('immediate hasRef', im.hasRef());
  const im2 = setImmediate(() => console.log('unref immediate fires too (loop alive this iteration)'));
  console.log('immediate unref returns this', im2.unref() === im2, im2.hasRef());
  console.log('immediate ref returns this', im2.ref() === im2, im2.hasRef());
  im2.unref();
}, 5);
console.log('hasRef', t.hasRef());
console.log('unref returns this', t.unref() === t);
console.log('hasRef after unref', t.hasRef());
console.log('ref returns this', t.ref() === t);
console.log('hasRef after ref', t.hasRef());

const u = setTimeout(() => console.log('unref timer (should not fire)'), 200);
u.unref();
const iv = setInterval(() => console.log('unref interval (should not fire)'), 150);
iv.unref();
process.on('exit', () => console.log('exit'));
