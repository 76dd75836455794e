// --deny-read wins over --allow-read and --allow-write of the same directory.
// sandnode-flags: --allow-read=@OUTSIDE --allow-write=@OUT --deny-read=@OUTSIDE,@OUT
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
attempt('read outside', () => fs.readFileSync(`${outside}/secret.txt`, 'utf8'));
attempt('readdir out', () => fs.readdirSync(out));
attempt('write out', () => fs.writeFileSync(`${out}/new.txt`, 'x'));
attempt('read project', () => fs.existsSync(`${proj}/package.json`));
