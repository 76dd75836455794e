// --deny-write wins over --allow-write: the grant becomes read-only.
// sandnode-flags: --allow-write=@OUT --deny-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
// A refusal prints "denied" whichever code carries it (ENOENT or EPERM
// from WASI today, ERR_ACCESS_DENIED once the guest names the flag).
const DENIED = new Set(['ENOENT', 'EPERM', 'EACCES', 'EROFS', 'ERR_ACCESS_DENIED']);
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(`${label}: allowed ${JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${label}: ${DENIED.has(e.code) ? 'denied' : e.code}`);
  }
}
attempt('readdir', () => fs.readdirSync(out).sort());
attempt('write', () => fs.writeFileSync(`${out}/new.txt`, 'x'));
attempt('unlink link', () => fs.unlinkSync(`${out}/link-out`));
