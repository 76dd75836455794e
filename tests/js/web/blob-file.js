// golden: hand-written (Node 22; node 20 aborts on some Blob.prototype.slice arguments)
// Blob and File: construction from every kind of part, type rules, slicing,
// reading, inspection, blob: URLs and errors.
const { Blob: BufferBlob, File: BufferFile, resolveObjectURL } = require('buffer');
const { inspect } = require('util');

const t = (label, f) => {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'throws', e.name, e.code, e.message);
  }
};

console.log(Blob === BufferBlob, File === BufferFile, Object.getPrototypeOf(File) === Blob);
const parts = ['hello ', new Uint8Array([119, 111]), new Uint16Array([0x6c72]).buffer, new Blob(['d']),
  new DataView(new Uint8Array([33]).buffer)];
const b = new Blob(parts, { type: 'Text/Plain;Charset=UTF-8' });
console.log(b, b.size, b.type, String(b), Object.prototype.toString.call(b));
console.log(inspect(b, { depth: -1 }), inspect({ nested: { b } }, { depth: 0 }), inspect([b]));
console.log(new Blob(), new Blob([]).size, new Blob(undefined).size, new Blob(['x'], null).size);
console.log(new Blob([1, 2, {}, null, true]).size, new Blob(new Set(['ab', 'c'])).size);
console.log(new Blob(['\ud800']).size, new Blob(['\u00e9\ud83d\ude00']).size);

// type: printable ASCII only, lower-cased
for (const type of ['TEXT/HTML', ' spaced ', 'caf\u00e9', 'tab\there', 5, null, undefined]) {
  t(`type ${JSON.stringify(type)}`, () => JSON.stringify(new Blob(['a'], { type }).type));
}
// endings
t('native', () => new Blob(['a\r\nb\nc\rd'], { endings: 'native' }).size);
t('transparent', () => new Blob(['a\r\nb\nc\rd'], { endings: 'transparent' }).size);
t('bad endings', () => new Blob(['a'], { endings: 'NATIVE' }));
t('string sources', () => new Blob('abc'));
t('number sources', () => new Blob(5));
t('null sources', () => new Blob(null));
t('number options', () => new Blob([], 5));

// slice
const s = new Blob(['abcdef'], { type: 'a/b' });
for (const args of [[], [2], [-2], [1, 4], [4, 1], [-4, -1], [1.9, 3.9], [NaN, 2], ['2', '5'], [Infinity],
  [0, Infinity], [-Infinity], [2 ** 32 + 1], [1, 3, 'X/Y'], [1, 3, 'caf\u00e9'], [null, 4], [true]]) {
  const r = s.slice(...args);
  console.log('slice', inspect(args), r.size, JSON.stringify(r.type));
}

// File
const f = new File(['abc', new Uint8Array([100])], 'notes.txt', { type: 'TEXT/plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, Object.prototype.toString.call(f));
console.log(f.slice(1), f.slice(1) instanceof File);
t('file no args', () => new File(['a']));
t('file name number', () => new File(['a'], 5).name);
for (const lastModified of ['foo', 3.7, -1, null, '12', true]) {
  t(`lastModified ${inspect(lastModified)}`, () => new File([], 'x', { lastModified }).lastModified);
}
t('lastModified default', () => typeof new File([], 'x').lastModified);

// brand checks
t('size getter', () => Blob.prototype.size);
t('slice on object', () => Blob.prototype.slice.call({}));
t('stream on object', () => Blob.prototype.stream.call({}));
console.log(Object.getOwnPropertyNames(Blob.prototype), Object.getOwnPropertyNames(File.prototype));
console.log(Object.keys(b), JSON.stringify(b), Blob.length, File.length);

// blob: URLs
const url = URL.createObjectURL(b);
console.log(url.slice(0, 14), url.length, /^blob:nodedata:[0-9a-f-]{36}$/.test(url));
const back = resolveObjectURL(url);
console.log(back instanceof Blob, back === b, back.size, back.type);
console.log(resolveObjectURL(`${url}#frag`)?.size, resolveObjectURL(`${url}?q`)?.size);
URL.revokeObjectURL(url);
console.log(resolveObjectURL(url), resolveObjectURL('blob:nodedata:nope'), resolveObjectURL('http://x/'), resolveObjectURL());
t('createObjectURL string', () => URL.createObjectURL('x'));
t('revokeObjectURL none', () => URL.revokeObjectURL());
t('revokeObjectURL number', () => URL.revokeObjectURL(5));

// structured clone keeps the bytes (a File comes back as a Blob)
const c = structuredClone(f);
console.log(c, c instanceof File, c instanceof Blob);

(async () => {
  console.log('text', JSON.stringify(await b.text()));
  console.log('arrayBuffer', await s.slice(1, 4).arrayBuffer());
  console.log('bytes', await s.slice(-3).bytes());
  console.log('clone text', await c.text());
  const ab = await s.arrayBuffer();
  new Uint8Array(ab)[0] = 0x7a;
  console.log('copies', await s.text(), await new Blob([new Uint8Array([0xff, 0x61])]).text());
  console.log(await Blob.prototype.text.call({}).catch((e) => `${e.name} ${e.code}`));
  console.log(await Blob.prototype.arrayBuffer.call(5).catch((e) => `${e.name} ${e.code}`));
  console.log(await Blob.prototype.bytes.call(null).catch((e) => `${e.name} ${e.code}`));
  const pending = [new Blob(['a']).text(), new Blob(['b']).text()];
  console.log(pending[0] instanceof Promise, await Promise.all(pending));
})();
