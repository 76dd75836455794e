// --deny-env wins over --allow-env.
// sandnode-flags: --allow-env --deny-env=SANDNODE_SECRET
// exit: 0
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(`${label}: allowed ${JSON.stringify(r)}`);
  } catch (e) {
    console.log(`${label}: ${e.code}`);
  }
}
attempt('secret', () => process.env.SANDNODE_SECRET);
attempt('public', () => process.env.SANDNODE_PUBLIC);
