// golden: hand-written
// (node 22 output; node 20 differs)
// util.debuglog / util.debug with NODE_DEBUG unset: the logger is a silent
// function, `enabled` is false, and the callback gets the logger lazily.
const util = require('util');
const log = (...a) => console.log(...a);

const d = util.debuglog('mysection');
log(typeof d, d.name, d.enabled, Object.keys(d));
log(d('not printed %s', 'x'));
log(util.debug === util.debuglog);
let got;
const withCb = util.debuglog('other', (fn) => { got = fn; log('callback called', typeof fn, fn.enabled); });
log('before first call', got === undefined);
withCb('first');
log('after first call', typeof got);
withCb('second');
const checkedFirst = util.debuglog('checked', () => log('never: enabled was read first'));
log(checkedFirst.enabled);
checkedFirst('x');
log(util.debuglog('lower-case').enabled, util.debuglog(123).enabled);
process.stderr.write('stderr stays empty above\n');
