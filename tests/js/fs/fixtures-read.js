// Reading the test's own directory (readable by default) through relative
// paths, __dirname, URLs and Buffers.
const fs = require('fs');
const path = require('path');

console.log(JSON.stringify(fs.readFileSync('fixtures/hello.txt', 'utf8')));
console.log(JSON.stringify(fs.readFileSync('./fixtures/../fixtures/hello.txt', 'latin1')));
console.log(fs.readFileSync(path.join(__dirname, 'fixtures', 'hello.txt')).length);
console.log(fs.readFileSync(new URL('./fixtures/hello.txt', `file://${__filename}`), 'utf8').split('\n').length);
console.log(fs.readFileSync(Buffer.from('fixtures/tree/a.txt'), 'utf8'));
console.log(fs.readdirSync('fixtures/tree'));
console.log(fs.readdirSync('fixtures/tree', { withFileTypes: true }).map((d) => `${d.name}:${d.isFile()}:${d.parentPath}`));
console.log(fs.statSync('fixtures/tree/sub').isDirectory(), fs.statSync('fixtures/hello.txt').size);
console.log(fs.existsSync('fixtures/hello.txt'), fs.existsSync('fixtures/none.txt'));
console.log(fs.realpathSync('fixtures/tree/sub/..') === path.join(__dirname, 'fixtures', 'tree'));
const fd = fs.openSync('fixtures/hello.txt');
const b = Buffer.alloc(5);
fs.readSync(fd, b, 0, 5, 6);
console.log(b.toString());
fs.closeSync(fd);
try { fs.readFileSync('fixtures/none.txt'); } catch (e) { console.log(e.code, e.message, e.path); }
fs.readFile('fixtures/hello.txt', 'utf8', (err, data) => {
  console.log('cb', err, data.length);
  fs.promises.readFile('fixtures/tree/sub/b.txt', 'utf8').then((d) => console.log('p', JSON.stringify(d)));
});
