// writeSync: buffer and string forms, positions, encodings; writing to a
// read-only fd.
const { fs, join, attempt } = require('./tmp.helper.cjs');

const f = join('w.txt');
const fd = fs.openSync(f, 'w+');
console.log(fs.writeSync(fd, Buffer.from('hello world')));
console.log(fs.writeSync(fd, Buffer.from('HELLO'), 0, 5, 0));
console.log(fs.writeSync(fd, Buffer.from('abcdef'), 2, 2));
console.log(fs.writeSync(fd, Buffer.from('xyz'), { offset: 1, length: 1, position: 1 }));
console.log(fs.writeSync(fd, 'str'));
console.log(fs.writeSync(fd, 'AT', 20));
console.log(fs.writeSync(fd, '68656c6c6f', null, 'hex'));
console.log(fs.writeSync(fd, 'ü', undefined, 'latin1'));
console.log(fs.writeSync(fd, 'é'));
console.log(fs.writeSync(fd, new Uint8Array([33, 33])));
console.log(fs.writeSync(fd, ''));
console.log(fs.writeSync(fd, Buffer.alloc(0)));
console.log(JSON.stringify(fs.readFileSync(f, 'latin1')));
attempt('bad buffer', () => fs.writeSync(fd, 42));
attempt('bad buffer obj', () => fs.writeSync(fd, {}));
attempt('bad encoding', () => fs.writeSync(fd, 'x', 0, 'nope'));
attempt('length too big', () => fs.writeSync(fd, Buffer.alloc(2), 0, 3));
attempt('offset too big', () => fs.writeSync(fd, Buffer.alloc(2), 3));
attempt('bad position', () => fs.writeSync(fd, Buffer.alloc(2), 0, 1, 1.5));
attempt('bad fd', () => fs.writeSync('x', 'y'));
attempt('closed fd', () => fs.writeSync(12345, 'y'));
fs.closeSync(fd);
const r = fs.openSync(f, 'r');
attempt('read-only fd', () => fs.writeSync(r, 'nope'));
attempt('read-only fd buffer', () => fs.writeSync(r, Buffer.from('nope'), 0, 4, 0));
fs.closeSync(r);
console.log(fs.readFileSync(f, 'latin1').length);
