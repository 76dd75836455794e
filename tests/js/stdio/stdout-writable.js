// process.stdout and process.stderr are Writable streams: write callbacks,
// their order relative to ticks and promises, cork/uncork, properties.
const { Writable } = require('stream');
const out = process.stdout;
console.log('Writable', out instanceof Writable, process.stderr instanceof Writable);
console.log('fd', out.fd, process.stderr.fd, 'isTTY', Boolean(out.isTTY));
console.log('writable', out.writable, 'hwm', out.writableHighWaterMark,
  'objectMode', out.writableObjectMode, 'ended', out.writableEnded);
const order = [];
const ret = out.write('one\n', () => order.push('write cb 1'));
out.write(Buffer.from('two\n'), () => order.push('write cb 2'));
out.write('7468726565 (hex)\n'.slice(0, 10), 'hex', () => order.push('hex cb'));
out.write('\n');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('promise'));
console.log('write returned', ret);
out.cork();
out.write('corked A\n');
out.write('corked B\n');
console.log('corked', out.writableCorked);
process.nextTick(() => out.uncork());
setTimeout(() => {
  console.log(order.join(', '));
  process.stderr.write('to stderr\n', () => console.log('stderr cb'));
}, 10);
