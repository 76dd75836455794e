// Absolute paths outside every granted root, including the host's secrets.
// sandnode-flags: --allow-write=@OUT
// exit: 0
const fs = require('fs');
const [proj, outside, out] = process.argv.slice(2);
const attempt = require('./attempt');
attempt('read outside', () => fs.readFileSync(`${outside}/secret.txt`, 'utf8'));
attempt('read /etc/passwd', () => fs.readFileSync('/etc/passwd', 'utf8').length > 0);
attempt('read /proc/self/environ', () => fs.readFileSync('/proc/self/environ', 'utf8').length > 0);
attempt('read /proc/self/mem', () => fs.readFileSync('/proc/self/mem').length);
attempt('readdir /', () => fs.readdirSync('/').length > 0);
attempt('readdir /etc', () => fs.readdirSync('/etc').length > 0);
attempt('stat /', () => fs.statSync('/').isDirectory());
attempt('write outside', () => fs.writeFileSync(`${outside}/new.txt`, 'x'));
attempt('append outside', () => fs.appendFileSync(`${outside}/secret.txt`, 'x'));
attempt('truncate outside', () => fs.truncateSync(`${outside}/secret.txt`, 0));
attempt('unlink outside', () => fs.unlinkSync(`${outside}/secret.txt`));
attempt('mkdir outside', () => fs.mkdirSync(`${outside}/dir`));
attempt('rm outside', () => fs.rmSync(outside, { recursive: true, force: true }));
attempt('chmod outside', () => fs.chmodSync(`${outside}/secret.txt`, 0o777));
attempt('utimes outside', () => fs.utimesSync(`${outside}/secret.txt`, 1, 1));
attempt('copy outside in', () => fs.copyFileSync(`${outside}/secret.txt`, `${out}/copy.txt`));
attempt('copy out', () => {
  fs.writeFileSync(`${out}/mine.txt`, 'mine');
  return fs.copyFileSync(`${out}/mine.txt`, `${outside}/mine.txt`);
});
attempt('write in the grant', () => fs.readFileSync(`${out}/mine.txt`, 'utf8'));
