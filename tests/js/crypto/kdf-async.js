// pbkdf2, scrypt and hkdf call back asynchronously: after the synchronous
// code, nextTicks and promise jobs. Errors in arguments throw synchronously;
// derivation errors reach the callback.
const crypto = require('crypto');

const log = [];
const done = (label) => (err, out) => {
  if (err) log.push(`${label} error ${err.code} ${err.message}`);
  else if (out instanceof ArrayBuffer) log.push(`${label} ArrayBuffer ${Buffer.from(out).toString('hex')}`);
  else log.push(`${label} ${Buffer.isBuffer(out) ? 'Buffer' : typeof out} ${out.toString('hex')}`);
};

function attempt(label, fn) {
  try {
    fn();
    log.push(`${label} returned`);
  } catch (e) {
    log.push(`${label} threw ${e.code} ${e.message}`);
  }
}

// One job at a time (node's thread pool finishes parallel jobs in any
// order); around each, a nextTick and a promise job show that the callback
// comes after both.
const jobs = [
  ['pbkdf2', (cb) => crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', cb)],
  ['scrypt opts', (cb) => crypto.scrypt('password', 'NaCl', 32, { N: 1024, r: 8, p: 16 }, cb)],
  ['scrypt default', (cb) => crypto.scrypt('p', 's', 16, cb)],
  ['hkdf', (cb) => crypto.hkdf('sha256', 'key', 'salt', 'info', 16, cb)],
];
function next() {
  const job = jobs.shift();
  if (job === undefined) {
    for (const line of log) console.log(line);
    return;
  }
  const [label, start] = job;
  start((err, out) => {
    done(label)(err, out);
    next();
  });
  process.nextTick(() => log.push(`${label}: nextTick`));
  Promise.resolve().then(() => log.push(`${label}: promise`));
  log.push(`${label}: started`);
}

attempt('pbkdf2 no callback', () => crypto.pbkdf2('p', 's', 1, 10, 'sha1'));
attempt('pbkdf2 digest as callback', () => crypto.pbkdf2('p', 's', 1, 10, done('never')));
attempt('pbkdf2 bad digest', () => crypto.pbkdf2('p', 's', 1, 10, 'foo', done('never')));
attempt('pbkdf2 bad digest no cb', () => crypto.pbkdf2('p', 's', 1, 10, 'foo'));
attempt('pbkdf2 bad iterations', () => crypto.pbkdf2('p', 's', 0, 10, 'sha1', done('never')));
attempt('scrypt no callback', () => crypto.scrypt('p', 's', 16));
attempt('scrypt bad N', () => crypto.scrypt('p', 's', 16, { N: 3 }, done('never')));
attempt('scrypt cb number', () => crypto.scrypt('p', 's', 16, {}, 5));
attempt('hkdf no callback', () => crypto.hkdf('sha256', 'k', 's', 'i', 5));
attempt('hkdf bad digest', () => crypto.hkdf('foo', 'k', 's', 'i', 5, done('never')));
attempt('hkdf too long', () => crypto.hkdf('sha1', 'k', 's', 'i', 20 * 255 + 1, done('never')));

next();
