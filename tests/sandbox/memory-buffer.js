// A memory bomb (buffer) under --max-memory: a catchable out-of-memory error,
// and the host's peak RSS stays within the limit plus the documented overhead.
// sandnode-flags: --max-memory=128M
// exit: 0
// max-rss-mib: 192
console.log("bombing");
function bomb() {
  const keep = [];
  for (;;) {
    keep.push(Buffer.alloc(4 << 20, 1));
  }
}
try {
  bomb();
} catch (e) {
  console.log('caught', e.name, e.message);
}
console.log('still running');
