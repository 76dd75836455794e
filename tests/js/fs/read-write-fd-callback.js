// fs.read and fs.write callback forms: (err, bytes, buffer).
const { fs, join, show } = require('./tmp.helper.cjs');

const f = join('rw.txt');
fs.writeFileSync(f, 'abcdefghij');
const fd = fs.openSync(f, 'r+');
const buf = Buffer.alloc(4);
fs.read(fd, buf, 0, 4, 2, (err, n, b) => {
  console.log('read', err, n, b === buf, b.toString());
  fs.read(fd, { buffer: Buffer.alloc(3), position: 7 }, (err, n, b) => {
    console.log('read opts', err, n, b.toString());
    fs.read(fd, (err, n, b) => {
      console.log('read default', err, n, b.length, b.subarray(0, n).toString());
      fs.write(fd, Buffer.from('XY'), 0, 2, 0, (err, n, b) => {
        console.log('write', err, n, b.toString());
        fs.write(fd, 'str', 4, 'utf8', (err, n, s) => {
          console.log('write str', err, n, s);
          fs.write(fd, 'end', (err, n, s) => {
            console.log('write end', err, n, s);
            fs.read(9999, Buffer.alloc(1), 0, 1, 0, (err) => {
              show('read bad fd', err);
              fs.write(9999, 'x', (err) => {
                show('write bad fd', err);
                fs.closeSync(fd);
                console.log(fs.readFileSync(f, 'utf8'));
              });
            });
          });
        });
      });
    });
  });
});
try { fs.read(fd, buf, 0, 9, 0, () => {}); } catch (e) { show('read range', e); }
try { fs.read(fd, buf, 0, 1, 0); } catch (e) { show('read no cb', e); }
try { fs.write(fd, 1, () => {}); } catch (e) { show('write bad', e); }
try { fs.write(fd, 'x'); } catch (e) { show('write no cb', e); }
