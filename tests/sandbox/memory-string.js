// A memory bomb (string) under --max-memory: a catchable out-of-memory error,
// and the host's peak RSS stays within the limit plus the documented overhead.
// sandnode-flags: --max-memory=128M
// exit: 0
// max-rss-mib: 192
console.log("bombing");
function bomb() {
  // Doubling hits QuickJS's string length limit first; many distinct
  // large strings then exhaust memory.
  const keep = [];
  let s = 'x';
  try {
    for (;;) s += s;
  } catch (e) {
    console.log('doubling:', e.name, e.message);
  }
  for (let i = 0; ; i++) keep.push(s.slice(0, 1 << 24) + i);
}
try {
  bomb();
} catch (e) {
  console.log('caught', e.name, e.message);
}
console.log('still running');
