// os.getPriority/setPriority argument checking. (Changing priorities is
// not something the sandbox allows; only validation is compared here.)
const os = require('os');
Error.stackTraceLimit = 0;
const show = (label, fn) => {
  try {
    console.log(label, 'ok', typeof fn());
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
};
show('get()', () => os.getPriority());
show('get(0)', () => os.getPriority(0));
show('get(pid)', () => os.getPriority(process.pid));
console.log(os.getPriority() === os.getPriority(process.pid));
for (const pid of ['1', 1.5, NaN, 2 ** 31, -(2 ** 31) - 1, null, {}, 1n]) show(`get(${String(pid)})`, () => os.getPriority(pid));
for (const args of [[0, '1'], [0, 20], [0, -21], [0, 1.5], ['0', 0], [2 ** 31, 0], [20], [-21], [NaN], [null], [0, null], []]) {
  show(`set(${args.map(String).join(',')})`, () => os.setPriority(...args));
}
// A pid that cannot exist is a system error (ESRCH), with Node's shape.
try {
  os.getPriority(2147483647);
} catch (err) {
  console.log(err.name, err.code, err.message);
  console.log(err.info, err.errno, err.syscall, Object.keys(err));
  console.log(String(err));
  err.errno = -1;
  console.log(err.info.errno);
}
