// The error a refused file operation gets: Node's permission-model error,
// whose message names the sandnode flag that would allow it, in every form
// (sync, callback, promise) and for existsSync (false, as Node).
// sandnode-flags: --allow-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const shown = (p) => String(p).replace(outside, '<OUTSIDE>').replace(out, '<OUT>').replace(proj, '<PROJ>');
function show(label, e) {
  console.log(`${label}: ${e.name} ${e.code} ${e.permission} ${shown(e.resource)}`);
  console.log(`  ${e.message}`);
  console.log(`  own keys: ${Object.keys(e).join(', ')}`);
}
try { fs.readFileSync(`${outside}/secret.txt`); } catch (e) { show('read', e); }
try { fs.writeFileSync(`${proj}/new.txt`, 'x'); } catch (e) { show('write read-only', e); }
try { fs.renameSync(`${out}/missing`, `${outside}/moved`); } catch (e) { show('rename out', e); }
console.log('existsSync outside:', fs.existsSync(`${outside}/secret.txt`));
console.log('existsSync missing in grant:', fs.existsSync(`${out}/missing`));
try { fs.readFileSync(`${out}/missing`); } catch (e) { console.log('missing in grant:', e.code); }
fs.readFile(`${outside}/secret.txt`, (e) => {
  console.log('callback:', e.code, e.permission);
  fs.promises.writeFile(`${outside}/new.txt`, 'x').catch((err) => console.log('promise:', err.code, err.permission));
});
