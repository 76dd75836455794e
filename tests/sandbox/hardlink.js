// Hard links across the boundary of a root, in both directions.
// sandnode-flags: --allow-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
attempt('link outside file in', () => fs.linkSync(`${outside}/secret.txt`, `${out}/hl.txt`));
attempt('link via ..', () => fs.linkSync(`${out}/../outside/secret.txt`, `${out}/hl2.txt`));
attempt('link via symlink', () => fs.linkSync(`${out}/link-out/secret.txt`, `${out}/hl3.txt`));
attempt('read the link', () => fs.readFileSync(`${out}/hl.txt`, 'utf8'));
fs.writeFileSync(`${out}/mine.txt`, 'mine');
attempt('link own file out', () => fs.linkSync(`${out}/mine.txt`, `${outside}/hl.txt`));
attempt('link read-only file in', () => fs.linkSync(`${proj}/package.json`, `${out}/pkg.json`));
attempt('link own file', () => fs.linkSync(`${out}/mine.txt`, `${out}/mine2.txt`));
attempt('read own link', () => fs.readFileSync(`${out}/mine2.txt`, 'utf8'));
