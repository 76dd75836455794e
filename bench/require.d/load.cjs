// bench/require's workload: require a large package tree from the npm
// fixture and report how long that took and how many files were loaded.
const { performance } = require('perf_hooks');
const PACKAGES = [
  'lodash', 'rxjs', 'date-fns', 'zod', 'ajv', 'yaml', 'handlebars', 'validator',
  'ramda', 'marked', 'js-yaml', 'semver', 'immer', 'qs', 'dayjs', 'uuid', 'mime-types',
];
const start = performance.now();
for (const name of PACKAGES) require(name);
const ms = performance.now() - start;
const files = Object.keys(require.cache).length;
console.log(JSON.stringify({ ms, files, packages: PACKAGES.length }));
