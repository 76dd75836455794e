// node:module: createRequire, builtinModules, isBuiltin, Module.
const { createRequire, builtinModules, isBuiltin } = require('module');
const Module = require('node:module');
const { pathToFileURL } = require('url');
const path = require('path');
const req = createRequire(path.join(__dirname, 'fixtures', 'anything.js'));
console.log('from path', req('./child').id.endsWith('child.js'));
const req2 = createRequire(pathToFileURL(path.join(__dirname, 'fixtures/')));
console.log('from dir URL', req2('./data.json').value);
const req3 = createRequire(pathToFileURL(__filename).href);
console.log('from URL string', req3('./fixtures/explicit.cjs'));
console.log('resolve', path.relative(__dirname, req.resolve('./data.json')));
for (const bad of ['relative/path.js', 42, undefined]) {
  try {
    createRequire(bad);
  } catch (err) {
    console.log('bad', err.code, err.message);
  }
}
console.log('builtins', ['fs', 'path', 'node:test', 'fs/promises', 'stream/web'].map((m) => builtinModules.includes(m)));
console.log('isBuiltin', ['fs', 'node:fs', 'node:test', 'test', 'fs/promises', 'nope', 'node:nope'].map(isBuiltin));
console.log('Module', typeof Module, Module === Module.Module, typeof Module._load, typeof Module._resolveFilename);
console.log('instance', module instanceof Module, Module.wrap('x'));
console.log('same builtin', require('path') === require('node:path'));
console.log('posix subpath', require('path/posix') === require('path').posix);
