// Writing through read-only grants: the project (read by default) and a
// directory granted with --allow-read only.
// sandnode-flags: --allow-read=@OUTSIDE
// exit: 0
const fs = require('fs');
const [proj, outside] = process.argv.slice(2);
const attempt = require('./attempt');
attempt('read granted', () => fs.readFileSync(`${outside}/secret.txt`, 'utf8').length);
attempt('write granted', () => fs.writeFileSync(`${outside}/secret.txt`, 'x'));
attempt('open granted r+', () => fs.openSync(`${outside}/secret.txt`, 'r+'));
attempt('create in granted', () => fs.writeFileSync(`${outside}/new.txt`, 'x'));
attempt('unlink in granted', () => fs.unlinkSync(`${outside}/secret.txt`));
attempt('write project', () => fs.writeFileSync(`${proj}/package.json`, '{}'));
attempt('append project', () => fs.appendFileSync(`${proj}/package.json`, ' '));
attempt('create in project', () => fs.writeFileSync(`${proj}/new.txt`, 'x'));
attempt('mkdir in project', () => fs.mkdirSync(`${proj}/newdir`));
attempt('truncate project', () => fs.truncateSync(`${proj}/package.json`, 0));
attempt('unlink project', () => fs.unlinkSync(`${proj}/package.json`));
attempt('chmod project', () => fs.chmodSync(`${proj}/package.json`, 0o777));
attempt('utimes project', () => fs.utimesSync(`${proj}/package.json`, 1, 1));
attempt('rmdir project', () => fs.rmdirSync(`${proj}/node_modules`));
