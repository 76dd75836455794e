// A paused stdin with no reader left does not keep the process alive, and
// resume() after a timer picks up where it left off.
let total = 0;
process.stdin.once('data', (chunk) => {
  total += chunk.length;
  process.stdin.pause();
  console.log('paused:', process.stdin.isPaused());
  setTimeout(() => {
    process.stdin.on('data', (c) => { total += c.length; });
    process.stdin.on('end', () => console.log('total', total));
    process.stdin.resume();
    console.log('resumed:', !process.stdin.isPaused());
  }, 20);
});
