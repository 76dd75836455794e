// --deny-write wins over --allow-write: the grant becomes read-only.
// sandnode-flags: --allow-write=@OUT --deny-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
attempt('readdir', () => fs.readdirSync(out).sort());
attempt('write', () => fs.writeFileSync(`${out}/new.txt`, 'x'));
attempt('unlink link', () => fs.unlinkSync(`${out}/link-out`));
