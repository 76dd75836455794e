// util.inspect of an error with colors: runtime frames dimmed, package
// names under node_modules underlined, the working directory dimmed (as a
// path and as a file URL). The stack is set by hand so that every engine
// shows the same frames.
const util = require('util');
const { pathToFileURL } = require('url');
const cwd = process.cwd();
const err = new Error('colored');
err.stack = [
  'Error: colored',
  `    at userFn (${cwd}/app.js:1:2)`,
  `    at ${cwd}/anon.js:3:4`,
  '    at emit (node:events:10:5)',
  '    at node:events:11:6',
  `    at pkg (${cwd}/node_modules/pkg/index.js:5:6)`,
  '    at scoped (/elsewhere/node_modules/@scope/name/lib/x.js:7:8)',
  '    at notSegment (/a/xnode_modules/y.js:1:1)',
  `    at esm (${pathToFileURL(cwd).href}/mod.mjs:9:9)`,
  '    at other (/not/cwd/file.js:1:1)',
].join('\n');
for (const line of util.inspect(err, { colors: true }).split('\n')) console.log(JSON.stringify(line));
err.code = 'E';
for (const line of util.inspect({ nested: err }, { colors: true }).split('\n')) console.log(JSON.stringify(line));
console.log(util.inspect(err).split('\n').length);
