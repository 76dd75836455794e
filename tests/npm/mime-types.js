// mime-types: extension <-> content-type lookups.
const mime = require('mime-types');

for (const p of ['json', '.md', 'file.html', 'folder/file.JS', 'a/b/c.tar.gz', 'x.png', 'video.mp4', 'font.woff2', 'noext', 'x.unknownext', 'archive.zip', 'style.css', 'doc.pdf', 'data.csv', 'image.SVG', 'x.wasm', 'x.mjs']) {
  console.log('lookup', p, mime.lookup(p));
}
for (const t of ['text/html', 'application/json', 'text/plain; charset=utf-8', 'image/jpeg', 'application/octet-stream', 'text/x-unknown', 'garbage', 'application/javascript']) {
  console.log('extension', t, mime.extension(t), 'charset', mime.charset(t));
}
for (const t of ['markdown', 'file.json', 'text/html', 'text/x-unknown', 'application/vnd.ms-excel', 'image/svg+xml']) {
  console.log('contentType', t, mime.contentType(t));
}
console.log('extensions', JSON.stringify(mime.extensions['image/jpeg']), JSON.stringify(mime.extensions['text/plain']));
console.log('types', mime.types.json, mime.types.txt, mime.types.mp3);
console.log('counts', Object.keys(mime.types).length > 1000, Object.keys(mime.extensions).length > 800);
console.log('bad input', mime.lookup(''), mime.lookup(42), mime.extension(null), mime.charset(''), mime.contentType(''));
