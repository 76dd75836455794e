// openSync/closeSync and their flags; fd validation.
const { fs, join, attempt } = require('./tmp.helper.cjs');

const f = join('o.txt');
attempt('open missing r', () => fs.openSync(f));
attempt('open missing r+', () => fs.openSync(f, 'r+'));
let fd = fs.openSync(f, 'w');
console.log(typeof fd, fd > 2);
fs.writeSync(fd, 'abc');
fs.closeSync(fd);
attempt('close again', () => fs.closeSync(fd));
attempt('wx', () => fs.openSync(f, 'wx'));
attempt('xw+', () => fs.openSync(f, 'xw+'));
fd = fs.openSync(f, 'a');
fs.writeSync(fd, 'def');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fd = fs.openSync(f, 'r+');
fs.writeSync(fd, 'X');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fd = fs.openSync(f, 'w+');
console.log(fs.readFileSync(f, 'utf8').length);
fs.closeSync(fd);
fd = fs.openSync(f, fs.constants.O_WRONLY | fs.constants.O_APPEND);
fs.writeSync(fd, 'num');
fs.closeSync(fd);
console.log(fs.readFileSync(f, 'utf8'));
fd = fs.openSync(join('new.txt'), fs.constants.O_CREAT | fs.constants.O_EXCL | fs.constants.O_RDWR, 0o600);
fs.closeSync(fd);
console.log(fs.existsSync(join('new.txt')));
fd = fs.openSync(new URL(`file://${f}`));
console.log(fs.readFileSync(fd, 'utf8'));
fs.closeSync(fd);
fd = fs.openSync(Buffer.from(f), 'r');
fs.closeSync(fd);
attempt('dir for write', () => fs.openSync(join(), 'w'));
attempt('bad flags', () => fs.openSync(f, 'rw'));
attempt('bad flags type', () => fs.openSync(f, {}));
attempt('bad mode', () => fs.openSync(f, 'r', 'abc'));
attempt('bad mode neg', () => fs.openSync(f, 'r', -1));
attempt('bad path', () => fs.openSync(undefined));
attempt('bad path num', () => fs.openSync(5));
attempt('close -1', () => fs.closeSync(-1));
attempt('close 1.5', () => fs.closeSync(1.5));
attempt('close str', () => fs.closeSync('3'));
attempt('close big', () => fs.closeSync(2 ** 31));
attempt('close 4096', () => fs.closeSync(4096));
fs.open(f, 'r', (err, fd2) => {
  console.log('cb open', err, typeof fd2);
  fs.close(fd2, (err) => {
    console.log('cb close', err);
    fs.close(fd2, (err) => {
      console.log('cb close again', err.code, err.message);
      // Without a callback, the error is thrown from the event loop.
      process.on('uncaughtException', (e) => console.log('uncaught', e.code, e.syscall));
      fs.close(fd2);
    });
  });
});
fs.open(join('missing'), (err, fd3) => console.log('cb missing', err.code, fd3));
attempt('open no cb', () => fs.open(f, 'r'));
