// A memory bomb (array) under --max-memory: a catchable out-of-memory error,
// and the host's peak RSS stays within the limit plus the documented overhead.
// sandnode-flags: --max-memory=128M
// exit: 0
// max-rss-mib: 192
console.log("bombing");
function bomb() {
  const keep = [];
  for (;;) {
    keep.push({ n: keep.length, s: 'x' + keep.length });
  }
}
try {
  bomb();
} catch (e) {
  // When even the error object cannot be allocated, QuickJS throws null.
  console.log('caught', e === null ? 'null' : `${e.name} ${e.message}`);
}
console.log('still running');
