// os.userInfo: a null-prototype object; the encoding option turns the
// strings into Buffers ('buffer') and is otherwise ignored.
const os = require('os');
const u = os.userInfo();
console.log(Object.getPrototypeOf(u), Object.keys(u));
console.log(typeof u.uid, typeof u.gid, typeof u.username, typeof u.homedir, u.shell === null || typeof u.shell === 'string');
console.log(u.uid === process.getuid(), u.gid === process.getgid());
const b = os.userInfo({ encoding: 'buffer' });
console.log(Buffer.isBuffer(b.username), Buffer.isBuffer(b.homedir), b.shell === null || Buffer.isBuffer(b.shell));
console.log(b.username.toString() === u.username, b.homedir.toString() === u.homedir, typeof b.uid);
for (const opts of [undefined, null, {}, 'buffer', { encoding: 'utf8' }, { encoding: 'bogus' }, { encoding: 1 }, 42, []]) {
  const r = os.userInfo(opts);
  console.log(JSON.stringify(opts), typeof r.username, r.username === u.username || Buffer.isBuffer(r.username));
}
// Each call gives a fresh object.
console.log(os.userInfo() !== os.userInfo());
