// 1 GiB written to stdout, respecting backpressure: the host passes it on
// without buffering it (the runner checks the peak RSS and the byte count).
// sandnode-flags:
// exit: 0
// stdout-bytes: 1073741824
// max-rss-mib: 300
const chunk = Buffer.alloc(1 << 20, 0x61);
let left = 1024;
function pump() {
  while (left > 0) {
    left--;
    if (!process.stdout.write(chunk)) return process.stdout.once('drain', pump);
  }
}
pump();
