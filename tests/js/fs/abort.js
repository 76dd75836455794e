// AbortSignal on readFile/writeFile/appendFile: an aborted signal rejects
// or calls back with an AbortError.
const { fs, join, show } = require('./tmp.helper.cjs');

fs.writeFileSync(join('f'), 'data');
const ac = new AbortController();
ac.abort();
fs.readFile(join('f'), { signal: ac.signal }, (err, data) => {
  show('cb read', err);
  console.log(err.name, data);
  fs.writeFile(join('g'), 'x', { signal: ac.signal }, (err) => {
    show('cb write', err);
    console.log(fs.existsSync(join('g')));
    run();
  });
});
async function run() {
  try { await fs.promises.readFile(join('f'), { signal: ac.signal }); } catch (e) { show('p read', e); console.log(e.cause === ac.signal.reason); }
  try { await fs.promises.writeFile(join('g'), 'x', { signal: ac.signal }); } catch (e) { show('p write', e); }
  try { await fs.promises.appendFile(join('g'), 'x', { signal: ac.signal }); } catch (e) { show('p append', e); }
  const live = new AbortController();
  console.log(await fs.promises.readFile(join('f'), { signal: live.signal, encoding: 'utf8' }));
  try { await fs.promises.readFile(join('f'), { signal: 'nope' }); } catch (e) { show('p bad signal', e); }
}
