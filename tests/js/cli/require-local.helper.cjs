// Helper for require-local.js (not a test: tests are .js files).
let loads = (globalThis.__helperLoads = (globalThis.__helperLoads || 0) + 1);
module.exports = {
  name: 'helper',
  add: (a, b) => a + b,
  filename: __filename,
  parentIsMain: require.main !== module,
  loadCount: () => loads,
};
