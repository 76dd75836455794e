// require.cache: the same object each time; deleting the entry reloads.
// Cycles hand out the partial exports of the module still loading.
const first = require('./fixtures/counter');
const again = require('./fixtures/counter');
console.log('same object', first === again, first.loads);
const key = require.resolve('./fixtures/counter');
delete require.cache[key];
const reloaded = require('./fixtures/counter');
console.log('after delete', reloaded === first, reloaded.loads);
const a = require('./fixtures/cycle-a');
const b = require('./fixtures/cycle-b');
console.log('a', JSON.stringify(a));
console.log('b', JSON.stringify(b));
console.log('json', require('./fixtures/data.json'), require('./fixtures/data') === require('./fixtures/data.json'));
console.log('cjs', require('./fixtures/explicit.cjs'));
console.log('dir main', require('./fixtures/dir-main'));
console.log('dir index', require('./fixtures/dir-index'), require('./fixtures/dir-index/'));
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message.replace(__dirname, '<dir>')));
console.log('bad main', require('./fixtures/bad-main'));
