// `..` traversal out of the project, the only directory the program may read.
// sandnode-flags:
// exit: 0
const fs = require('fs');
const [proj, outside] = process.argv.slice(2);
const attempt = require('./attempt');
const up = `${proj}/../outside/secret.txt`;
attempt('read ../', () => fs.readFileSync(up, 'utf8'));
attempt('read ../../..', () => fs.readFileSync(`${proj}/../../../../../../../../..${outside}/secret.txt`, 'utf8'));
attempt('stat ../', () => fs.statSync(up).size);
attempt('exists ../', () => fs.existsSync(up));
attempt('readdir ..', () => fs.readdirSync(`${proj}/..`));
attempt('readdir ../outside', () => fs.readdirSync(`${proj}/../outside`));
attempt('open ../', () => fs.openSync(up, 'r'));
attempt('realpath ../', () => fs.realpathSync(up));
attempt('require ../', () => require(`${proj}/../outside/secret.js`));
attempt('read own project', () => fs.readFileSync(`${proj}/package.json`, 'utf8').length > 0);
attempt('read project via ..', () => fs.readdirSync(`${proj}/node_modules/..`).includes('package.json'));
