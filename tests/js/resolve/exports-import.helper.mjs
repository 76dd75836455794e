// import through package.json "exports": the "import" and "node" conditions.
const strip = (s) => String(s).split(import.meta.dirname).join('<dir>');
async function show(label, specifier) {
  try {
    const ns = await import(specifier, specifier.endsWith('.json') ? { with: { type: 'json' } } : undefined);
    console.log(label, '->', ns.default);
  } catch (err) {
    console.log(label, '!!', err.code, strip(err.message));
  }
}
await show('main', 'cond');
await show('feature', 'cond/feature');
await show('module-sync', 'cond/sync');
await show('array fallback', 'cond/array');
await show('nested conditions', 'cond/nested');
await show('pattern', 'cond/lib/a');
await show('json pattern', 'cond/data/d.json');
await show('sugar', 'sugar');
await show('scoped', '@scope/pkg');
await show('legacy main', 'legacy');
await show('legacy subpath', 'legacy/lib/other.js');
await show('legacy no extension', 'legacy/lib/other');
await show('no-main', 'no-main');
await show('null target', 'cond/null');
await show('not exported', 'cond/nope');
await show('outside package', 'cond/out');
await show('missing target', 'cond/missing');
await show('bad name', '@scope');
await show('meta resolve', 'cond');
console.log('resolve', strip(import.meta.resolve('cond/lib/a')));
