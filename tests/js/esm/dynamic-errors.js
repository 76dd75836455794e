// Errors of import(): Node's codes and messages.
const dir = import.meta.dirname;
async function attempt(label, specifier, options) {
  try {
    const ns = await import(specifier, options);
    console.log(label, 'ok', Object.keys(ns));
  } catch (err) {
    console.log(label, err.name, err.code);
    console.log(' ', String(err.message).split(dir).join('<dir>'));
  }
}
await attempt('missing file', './fixtures/nope.js');
await attempt('no extension probing', './fixtures/values');
await attempt('directory', './fixtures');
await attempt('directory slash', './fixtures/');
await attempt('json without attribute', './fixtures/data.json');
await attempt('json attribute on js', './fixtures/values.js', { with: { type: 'json' } });
await attempt('unknown attribute', './fixtures/data.json', { with: { type: 'css' } });
await attempt('bad scheme', 'https://example.com/x.js');
await attempt('missing package', 'no-such-package');
await attempt('unknown builtin', 'node:nope');
await attempt('unknown extension', './fixtures/notes.txt');
await attempt('missing export', './fixtures/imports-missing.js');
await attempt('encoded slash', './fixtures%2fvalues.js');
await attempt('data url', 'data:text/javascript,export default 42;');
await attempt('data json', 'data:application/json,{"a":1}', { with: { type: 'json' } });
await attempt('throws', './fixtures/throws.js');
await attempt('throws again', './fixtures/throws.js');
