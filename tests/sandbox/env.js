// The host's environment is invisible without --allow-env (the runner sets
// SANDNODE_SECRET in sandnode's own environment).
// sandnode-flags:
// exit: 0
const fs = require('fs');
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
attempt('keys', () => Object.keys(process.env));
attempt('secret', () => process.env.SANDNODE_SECRET);
attempt('PATH', () => process.env.PATH);
attempt('HOME', () => process.env.HOME);
attempt('in', () => 'SANDNODE_SECRET' in process.env);
attempt('environ', () => fs.readFileSync('/proc/self/environ', 'latin1').includes('SANDNODE_SECRET'));
attempt('os.homedir', () => typeof require('os').homedir());
