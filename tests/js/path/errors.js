// Every path function rejects non-string arguments with ERR_INVALID_ARG_TYPE.
const path = require('path');
const calls = {
  join: (v) => path.join('a', v),
  resolve: (v) => path.resolve('a', v),
  normalize: (v) => path.normalize(v),
  isAbsolute: (v) => path.isAbsolute(v),
  relative: (v) => path.relative(v, 'a'),
  dirname: (v) => path.dirname(v),
  basename: (v) => path.basename(v),
  basenameExt: (v) => path.basename('a.js', v),
  extname: (v) => path.extname(v),
  parse: (v) => path.parse(v),
  format: (v) => path.format(v),
  toNamespacedPath: (v) => path.toNamespacedPath(v),
};
for (const [name, fn] of Object.entries(calls)) {
  for (const value of [undefined, null, 42, {}, ['a']]) {
    try {
      const r = fn(value);
      console.log(name, typeof value, '->', JSON.stringify(r));
    } catch (err) {
      console.log(name, typeof value, err.name, err.code, err.message);
    }
  }
}
for (const flavor of ['posix', 'win32']) {
  try {
    path[flavor].join('a', 5);
  } catch (err) {
    console.log(flavor, err.code);
  }
}
