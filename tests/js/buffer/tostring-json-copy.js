// golden: hand-written (Node 22: kMaxLength is 2**53-1, node 20 has 2**32)
// toString(encoding, start, end) edge cases, toJSON, copy and equals/compare
// argument handling, subarray vs slice, and byteLength for each encoding.
const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};
const b = Buffer.from('h\u00e9llo world');
for (const args of [[], ['hex'], ['utf8', 1], ['utf8', 1, 3], ['latin1', -5, 100], ['ascii', 3, 2], ['base64', 0, 4],
  ['base64url', 2], ['ucs2', 0, 5], ['hex', '2', '4'], ['utf8', NaN, NaN], ['utf8', 1.9, 4.2], [undefined, 2], ['bogus'],
  [5], [null], ['utf8', Infinity], ['utf8', 0, Infinity]]) {
  t(`toString ${JSON.stringify(args)}`, () => JSON.stringify(b.toString(...args)));
}
console.log(JSON.stringify(Buffer.from([1, 2])), JSON.stringify({ b: Buffer.alloc(0) }), Buffer.from('ab').toJSON());
const target = Buffer.alloc(6, '.');
t('copy', () => [Buffer.from('abc').copy(target, 1), target.toString()]);
t('copy source range', () => [Buffer.from('abcdef').copy(target, 0, 4), target.toString()]);
t('copy overlapping', () => { const x = Buffer.from('abcdef'); x.copy(x, 2, 0, 4); return x.toString(); });
t('copy past end', () => Buffer.from('abc').copy(target, 10));
t('copy negative target', () => Buffer.from('abc').copy(target, -1));
t('copy negative source', () => Buffer.from('abc').copy(target, 0, -1));
t('copy bad target', () => Buffer.from('abc').copy('x'));
t('copy to uint8array', () => { const u = new Uint8Array(2); Buffer.from('hi').copy(u); return u; });
t('copy string offsets', () => Buffer.from('abc').copy(target, '1'));
t('equals', () => [Buffer.from('a').equals(Buffer.from('a')), Buffer.from('a').equals(new Uint8Array([97])), Buffer.from('a').equals(Buffer.from('b'))]);
t('equals bad', () => Buffer.from('a').equals('a'));
t('compare ranges', () => Buffer.from('abcd').compare(Buffer.from('xbcx'), 1, 3, 1, 3));
t('compare out of range', () => Buffer.from('abcd').compare(Buffer.from('x'), 0, 5));
t('compare bad target', () => Buffer.from('a').compare('a'));
t('Buffer.compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')), Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a'))]);
t('Buffer.compare bad', () => Buffer.compare(Buffer.from('a'), 'b'));
const p = Buffer.from('parent');
const sub = p.subarray(1, 3);
const sl = p.slice(-3);
sub[0] = 0x41;
console.log(p.toString(), sub.toString(), sl.toString(), Buffer.isBuffer(sub), sub.buffer === p.buffer);
for (const args of [[-2], [2, -1], [4, 2], [NaN, 3], ['1', '3'], [0, 100]]) console.log('subarray', args, p.subarray(...args).toString());
for (const enc of ['utf8', 'ucs2', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'bogus', undefined]) {
  t(`byteLength ${enc}`, () => [Buffer.byteLength('h\u00e9\ud83d\ude00', enc), Buffer.byteLength('abcd==', enc), Buffer.byteLength('abc', enc)]);
}
t('byteLength buffer', () => [Buffer.byteLength(Buffer.alloc(3)), Buffer.byteLength(new Uint16Array(2)), Buffer.byteLength(new ArrayBuffer(5)), Buffer.byteLength(new DataView(new ArrayBuffer(7)))]);
t('byteLength number', () => Buffer.byteLength(5));
t('concat', () => Buffer.concat([Buffer.from('ab'), new Uint8Array([99])], 5));
t('concat short', () => Buffer.concat([Buffer.from('abc'), Buffer.from('def')], 4).toString());
t('concat bad item', () => Buffer.concat([Buffer.from('a'), 'b']));
t('concat bad list', () => Buffer.concat('ab'));
t('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
