// Buffer, atob and btoa are globals, the same as node:buffer's.
const buffer = require('buffer');
console.log(typeof Buffer, Buffer === buffer.Buffer, atob === buffer.atob, btoa === buffer.btoa);
console.log(Buffer.from('hi').toString('hex'), btoa('hi'), atob('aGk='));
process.stdout.write('hex-encoded write: ');
process.stdout.write('6f6b0a', 'hex');
console.log(require('util').inspect(Buffer.from('abc')));
