// readline's argument errors, and the cursor helpers' escape sequences.
const readline = require('readline');
function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r === undefined ? '' : JSON.stringify(r));
  } catch (err) {
    console.log(label, err.name, err.code, err.message);
  }
}
attempt('bad completer', () => readline.createInterface({ input: process.stdin, completer: 5 }));
attempt('bad historySize', () => readline.createInterface({ input: process.stdin, historySize: -1 }));
attempt('bad signal', () => readline.createInterface({ input: process.stdin, signal: {} }));
const written = [];
const { Writable } = require('stream');
const fake = new Writable({ write(data, enc, cb) { written.push(String(data)); cb(); } });
attempt('cursorTo x', () => readline.cursorTo(fake, 3));
attempt('cursorTo x,y', () => readline.cursorTo(fake, 3, 4));
attempt('cursorTo NaN', () => readline.cursorTo(fake, NaN));
attempt('moveCursor', () => readline.moveCursor(fake, -2, 3));
attempt('clearLine -1', () => readline.clearLine(fake, -1));
attempt('clearLine 0', () => readline.clearLine(fake, 0));
attempt('clearLine 1', () => readline.clearLine(fake, 1));
attempt('clearScreenDown', () => readline.clearScreenDown(fake));
attempt('cursorTo bad cb', () => readline.cursorTo(fake, 1, 1, 'nope'));
console.log(JSON.stringify(written));
const { Readline } = require('readline/promises');
const rlw = new Readline(fake);
rlw.cursorTo(0).clearLine(0).moveCursor(1, -1);
written.length = 0;
rlw.commit().then(() => {
  attempt('Readline plain object', () => new Readline({ write() {} }));
  console.log('committed', JSON.stringify(written));
  attempt('Readline bad stream', () => new Readline(5));
  const rl = readline.createInterface({ input: process.stdin });
  rl.close();
  attempt('prompt after close', () => rl.prompt());
  attempt('write after close', () => rl.write('x'));
});
