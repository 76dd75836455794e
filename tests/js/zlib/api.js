// golden: hand-written
// (recorded from Node 22: node 20 lacks the zstd names and constants and
// has an older ZLIB_VERNUM)
// The module's shape: exports in order, zlib.constants and zlib.codes,
// the legacy top-level constants, function names and property attributes.
'use strict';
const zlib = require('zlib');
const nodeZlib = require('node:zlib');

console.log('same module', zlib === nodeZlib);
console.log(Object.keys(zlib).join(' '));
for (const key of Object.keys(zlib)) {
  const v = zlib[key];
  if (typeof v === 'function') console.log(key, typeof v, v.name, v.length);
}
console.log('constants prototype', Object.getPrototypeOf(zlib.constants));
console.log('constants', Object.keys(zlib.constants).length);
for (const [key, value] of Object.entries(zlib.constants)) console.log(' ', key, value);
console.log(zlib.codes);
console.log('codes frozen', Object.isFrozen(zlib.codes));

const describe = (d) => d && `${'value' in d ? `value=${d.value}` : 'accessor'} w=${d.writable} e=${d.enumerable} c=${d.configurable}`;
for (const key of ['constants', 'codes', 'gzipSync', 'createGzip', 'Z_NO_FLUSH', 'Z_BEST_COMPRESSION', 'DEFLATE',
  'ZLIB_VERNUM', 'Z_MAX_CHUNK', 'ZSTD_e_end', 'BROTLI_OPERATION_FINISH']) {
  const d = Object.getOwnPropertyDescriptor(zlib, key);
  console.log('descriptor', key, typeof d?.value === 'object' || typeof d?.value === 'function' ? describe({ ...d, value: typeof d.value }) : describe(d));
}
const legacy = Object.getOwnPropertyNames(zlib).filter((k) => !Object.keys(zlib).includes(k));
console.log('legacy constants', legacy.length, legacy.every((k) => zlib[k] === zlib.constants[k]));
console.log('no legacy brotli names', legacy.some((k) => k.startsWith('BROTLI')));
console.log(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK,
  zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.Z_DEFAULT_CHUNK, zlib.Z_MAX_CHUNK);
'use strict';
try {
  zlib.Z_NO_FLUSH = 5;
} catch (err) {
  console.log('assigning a legacy constant:', err.name);
}
