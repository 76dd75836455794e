// Empty standard input: 'end' without any 'data', and readline closes at once.
let data = 0;
process.stdin.on('data', () => data++);
process.stdin.on('end', () => console.log('end after', data, 'data events'));
const rl = require('readline').createInterface({ input: process.stdin });
rl.on('line', () => console.log('no line expected'));
rl.on('close', () => console.log('readline closed'));
