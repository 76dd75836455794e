// Symlinks inside a root that point out of it: read, write and readdir
// through them, and symlinks the program makes itself.
// sandnode-flags: --allow-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
// The runner made proj/link-out -> outside, proj/link-secret -> outside/secret.txt,
// out/link-out -> outside and out/link-abs -> /etc/passwd.
attempt('readlink', () => fs.readlinkSync(`${proj}/link-out`) === outside);
attempt('read via dir link', () => fs.readFileSync(`${proj}/link-out/secret.txt`, 'utf8'));
attempt('read via file link', () => fs.readFileSync(`${proj}/link-secret`, 'utf8'));
attempt('readdir via link', () => fs.readdirSync(`${proj}/link-out`));
attempt('stat via link', () => fs.statSync(`${proj}/link-secret`).size);
attempt('realpath via link', () => fs.realpathSync(`${proj}/link-out`));
attempt('require via link', () => require(`${proj}/link-out/secret.js`));
attempt('write via dir link', () => fs.writeFileSync(`${out}/link-out/new.txt`, 'x'));
attempt('append via dir link', () => fs.appendFileSync(`${out}/link-out/secret.txt`, 'x'));
attempt('read via abs link', () => fs.readFileSync(`${out}/link-abs`, 'utf8').length > 0);
attempt('write via abs link', () => fs.writeFileSync(`${out}/link-abs`, 'x'));
attempt('mkdir via link', () => fs.mkdirSync(`${out}/link-out/dir`));
attempt('make abs link', () => fs.symlinkSync(outside, `${out}/mine-abs`));
attempt('make rel link', () => fs.symlinkSync('../outside', `${out}/mine-rel`));
attempt('read via own link', () => fs.readFileSync(`${out}/mine-rel/secret.txt`, 'utf8'));
attempt('write via own link', () => fs.writeFileSync(`${out}/mine-rel/new.txt`, 'x'));
attempt('unlink the link', () => fs.unlinkSync(`${out}/link-out`));
