// --deny-env wins over --allow-env.
// sandnode-flags: --allow-env --deny-env=SANDNODE_SECRET
// exit: 0
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
attempt('secret', () => process.env.SANDNODE_SECRET);
attempt('public', () => process.env.SANDNODE_PUBLIC);
