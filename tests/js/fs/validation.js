// Argument validation shared by the fs functions: paths, fds, encodings,
// flags, modes, callbacks.
const { fs, join, attempt } = require('./tmp.helper.cjs');

fs.writeFileSync(join('f'), 'x');
for (const p of [undefined, null, 1, true, {}, [], Symbol('s'), () => {}, 1n]) {
  attempt(`path ${typeof p}`, () => fs.statSync(p));
}
attempt('nul string', () => fs.readFileSync('a\u0000b'));
attempt('nul buffer', () => fs.readFileSync(Buffer.from('a\u0000b')));
attempt('url http', () => fs.readFileSync(new URL('http://example.com/x')));
attempt('url host', () => fs.readFileSync(new URL('file://host/x')));
attempt('url encoded slash', () => fs.readFileSync(new URL('file:///a%2fb')));
for (const fd of [-1, 1.5, '1', null, 2 ** 31, NaN, Infinity]) {
  attempt(`fd ${String(fd)}`, () => fs.fstatSync(fd));
}
for (const enc of ['utf8', 'UTF-8', 'ucs2', 'binary', 'ascii', 'bogus', '', 5]) {
  attempt(`encoding ${enc}`, () => typeof fs.readFileSync(join('f'), { encoding: enc }));
}
for (const flag of ['r', 'rs+', 'sr+', 'w+', 'xa', 'RW', '', 'r ', 0, 2]) {
  attempt(`flag ${JSON.stringify(flag)}`, () => { fs.closeSync(fs.openSync(join('f'), flag)); });
}
for (const mode of [0o666, '644', '0o644', '8', -1, 2 ** 32, 1.5, null]) {
  attempt(`mode ${String(mode)}`, () => { fs.closeSync(fs.openSync(join('m'), 'w', mode)); });
}
for (const cb of [undefined, null, 'x', {}]) {
  attempt(`callback ${String(cb)}`, () => fs.stat(join('f'), cb));
}
attempt('options type', () => fs.readdirSync(join(), 5));
attempt('options true', () => fs.readFileSync(join('f'), true));
attempt('signal type', () => fs.readFileSync(join('f'), { signal: 'x' }));
attempt('too large', () => fs.readFileSync(join('f'), { encoding: 'utf8', flag: 'r' }).length);
