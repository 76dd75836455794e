// Interleaving of several async functions.
const log = (s) => console.log(s);
async function a() {
  log('a1');
  await undefined;
  log('a2');
  await b();
  log('a3');
}
async function b() {
  log('b1');
  await Promise.resolve();
  log('b2');
}
async function c() {
  log('c1');
  await new Promise((r) => setTimeout(r, 1));
  log('c2 (after timer)');
}
a().then(() => log('a done'));
c().then(() => log('c done'));
Promise.resolve().then(() => log('p1')).then(() => log('p2')).then(() => log('p3'));
log('sync end');
