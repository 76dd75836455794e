// Moving files out of (and into) a writable root.
// sandnode-flags: --allow-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
fs.writeFileSync(`${out}/a.txt`, 'a');
fs.mkdirSync(`${out}/d`);
attempt('rename out', () => fs.renameSync(`${out}/a.txt`, `${outside}/a.txt`));
attempt('rename out via ..', () => fs.renameSync(`${out}/a.txt`, `${out}/../outside/a.txt`));
attempt('rename out via link', () => fs.renameSync(`${out}/a.txt`, `${out}/link-out/a.txt`));
attempt('rename dir out', () => fs.renameSync(`${out}/d`, `${outside}/d`));
attempt('rename in', () => fs.renameSync(`${outside}/secret.txt`, `${out}/secret.txt`));
attempt('rename into project', () => fs.renameSync(`${out}/a.txt`, `${proj}/a.txt`));
attempt('rename project file', () => fs.renameSync(`${proj}/package.json`, `${out}/package.json`));
attempt('still there', () => fs.readFileSync(`${out}/a.txt`, 'utf8'));
attempt('rename inside', () => fs.renameSync(`${out}/a.txt`, `${out}/b.txt`));
