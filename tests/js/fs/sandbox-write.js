// Writing outside the write grant fails (the test's own directory is only
// readable); node may write there, so only sandnode's codes are pinned.
const fs = require('fs');

for (const [label, fn] of [
  ['writeFileSync', () => fs.writeFileSync('fixtures/created-by-test.txt', 'x')],
  ['mkdirSync', () => fs.mkdirSync('fixtures/created-dir')],
  ['appendFileSync', () => fs.appendFileSync('fixtures/hello.txt', '')],
  ['unlinkSync', () => fs.unlinkSync('fixtures/tree/a.txt.missing')],
]) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code);
  }
}
try { fs.rmSync('fixtures/created-by-test.txt', { force: true }); fs.rmSync('fixtures/created-dir', { recursive: true, force: true }); } catch {}
