// new console.Console(stdout, stderr) writes to any EventEmitter with a
// write method; console.time/timeEnd output is normalized here because it
// has timings.
const EventEmitter = require('events');
const sink = (arr) => Object.assign(new EventEmitter(), { write(s, cb) { arr.push(String(s)); if (typeof cb === 'function') cb(); return true; } });
const out = [];
const err = [];
const c = new console.Console(sink(out), sink(err));
c.log('to out', { a: 1 });
c.error('to err');
c.warn('warn to err');
c.table([{ x: 1 }]);
c.count('lbl');
c.group('g');
c.log('indented');
c.groupEnd();
c.time('timer');
c.timeLog('timer', 'extra', 1);
c.timeEnd('timer');
const norm = (s) => s.replace(/\d+(\.\d+)?(ms|s|min|h)\b/g, '<T>');
console.log(JSON.stringify(out.map(norm), null, 1));
console.log(JSON.stringify(err));
console.log('Console is a function', typeof console.Console);
