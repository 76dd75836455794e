// What each string flag does to an existing and a missing file.
const { fs, join } = require('./tmp.helper.cjs');

const flags = ['r', 'r+', 'rs+', 'w', 'wx', 'w+', 'wx+', 'a', 'ax', 'a+', 'ax+', 'as', 'as+'];
for (const flag of flags) {
  const f = join(`f-${flag}`);
  const results = [];
  for (const exists of [true, false]) {
    if (exists) fs.writeFileSync(f, 'orig');
    else fs.rmSync(f, { force: true });
    let out;
    try {
      const fd = fs.openSync(f, flag);
      let wrote = '-';
      try { fs.writeSync(fd, 'W'); wrote = 'w'; } catch (e) { wrote = e.code; }
      let read = '-';
      try { const b = Buffer.alloc(8); read = b.toString('utf8', 0, fs.readSync(fd, b, 0, 8, 0)); } catch (e) { read = e.code; }
      fs.closeSync(fd);
      out = `${wrote}/${read}/${fs.readFileSync(f, 'utf8')}`;
    } catch (e) {
      out = e.code;
    }
    results.push(out);
  }
  console.log(flag.padEnd(4), results.join('  '));
}
