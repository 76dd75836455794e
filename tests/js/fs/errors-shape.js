// The shape of system errors in the three forms: class, own keys, errno,
// code, syscall, path, dest, and how they print.
const { fs, join, hide } = require('./tmp.helper.cjs');

Error.stackTraceLimit = 0;
function describe(label, e) {
  console.log(label, e instanceof Error, e.constructor === Error, e.name, Object.keys(e).join(','));
  console.log(' ', e.errno, e.code, e.syscall, hide(e.path), hide(e.dest), hide(e.message));
  console.log(' ', hide(String(e)));
  console.log(' ', Object.prototype.propertyIsEnumerable.call(e, 'message'));
}
try { fs.readFileSync(join('nope')); } catch (e) { describe('sync', e); }
try { fs.renameSync(join('a'), join('b')); } catch (e) { describe('sync dest', e); }
try { fs.closeSync(3333); } catch (e) { describe('sync no path', e); }
try { fs.readFileSync('relative-missing.txt'); } catch (e) { describe('relative', e); }
try { fs.statSync('./x/../missing'); } catch (e) { describe('dotted', e); }
fs.readFile(join('nope'), (e) => {
  describe('callback', e);
  fs.promises.readFile(join('nope')).catch((e2) => {
    describe('promise', e2);
    fs.promises.rename(join('a'), join('b')).catch((e3) => describe('promise dest', e3));
  });
});
