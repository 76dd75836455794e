// Callback forms of readFile/writeFile/appendFile: results arrive after the
// current code, errors as the first argument.
const { fs, join, show, hide } = require('./tmp.helper.cjs');

const f = join('cb.txt');
const order = [];
fs.writeFile(f, 'one\n', (err) => {
  order.push('written');
  show('writeFile', err);
  fs.appendFile(f, 'two\n', (err) => {
    show('appendFile', err);
    fs.readFile(f, 'utf8', (err, data) => {
      show('readFile', err);
      console.log(JSON.stringify(data));
      fs.readFile(f, (err, buf) => {
        console.log(Buffer.isBuffer(buf), buf.length);
        fs.readFile(join('nope'), (err, data) => {
          show('missing', err);
          console.log('data', data);
          console.log(err instanceof Error, Object.keys(err).map(hide));
          fs.writeFile(f, 'x', { flag: 'wx' }, (err) => {
            show('wx', err);
            fs.readFile(f, { encoding: 'hex' }, (err, data) => {
              console.log(data);
              console.log(order.join(','));
            });
          });
        });
      });
    });
  });
});
order.push('sync');
process.nextTick(() => order.push('tick'));
Promise.resolve().then(() => order.push('micro'));
try { fs.readFile(f); } catch (e) { show('no cb', e); }
try { fs.readFile(f, 'utf8', 'nope'); } catch (e) { show('bad cb', e); }
try { fs.writeFile(f, 'x'); } catch (e) { show('no cb write', e); }
try { fs.readFile(f, 'bogus', () => {}); } catch (e) { show('bad enc cb', e); }
try { fs.writeFile(42n, 'x', () => {}); } catch (e) { show('bad path', e); }
