// import.meta.resolve and createRequire from an ES module.
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name));
import { createRequire } from 'node:module';
const strip = (s) => s.split(import.meta.dirname).join('<dir>');
console.log(strip(import.meta.resolve('./fixtures/values.js')));
console.log(strip(import.meta.resolve('./fixtures/not-there.js')));
console.log(import.meta.resolve('node:path'), import.meta.resolve('fs'));
try {
  import.meta.resolve('no-such-package');
} catch (err) {
  console.log(err.code, strip(err.message));
}
const require = createRequire(import.meta.url);
console.log('require from esm', require('./fixtures/plain.cjs').alpha, typeof require.resolve);
console.log('require of esm', require('./fixtures/values.js').counter);
