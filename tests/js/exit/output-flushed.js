// Output written before process.exit is fully flushed (stdout and stderr).
// Total stays well under 64 KiB: node itself drops whatever does not fit
// into a pipe's buffer when process.exit() comes right after a write.
for (let i = 0; i < 2000; i++) {
  console.log(`line ${i}`);
}
console.error('stderr line before exit');
process.exit(0);
