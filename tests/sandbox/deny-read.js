// --deny-read wins over --allow-read and --allow-write of the same directory.
// sandnode-flags: --allow-read=@OUTSIDE --allow-write=@OUT --deny-read=@OUTSIDE,@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
attempt('read outside', () => fs.readFileSync(`${outside}/secret.txt`, 'utf8'));
attempt('readdir out', () => fs.readdirSync(out));
attempt('write out', () => fs.writeFileSync(`${out}/new.txt`, 'x'));
attempt('read project', () => fs.existsSync(`${proj}/package.json`));
