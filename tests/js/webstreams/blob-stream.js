// Blob.prototype.stream(): a byte stream with one chunk per blob part.
'use strict';
const log = (...a) => console.log(...a);

async function chunks(blob) {
  const out = [];
  for await (const c of blob.stream()) out.push(`${c.constructor.name}:${Buffer.from(c).toString()}`);
  return out;
}

async function main() {
  const blob = new Blob(['abc', 'def', 'ghi'], { type: 'text/plain' });
  const s = blob.stream();
  log(s, s !== blob.stream());
  log(await chunks(blob));
  log(await chunks(blob.slice(1, 5)));
  log(await chunks(blob.slice(4)));
  log(await chunks(blob.slice(-2)));
  log(await chunks(new Blob([blob, 'xy', blob.slice(2, 4)])));
  log(await chunks(new Blob(['', 'a', ''])));
  log(await chunks(new Blob([])));
  log(await chunks(new Blob([new Uint8Array([104, 105]), new Uint16Array([0x6968]).buffer])));
  log(await chunks(new File(['file', 'parts'], 'f.txt')));

  // BYOB reads take part of a chunk.
  const reader = new Blob(['0123456789']).stream().getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(4));
  log(Buffer.from(r.value).toString(), r.done);
  r = await reader.read(new Uint8Array(10));
  log(Buffer.from(r.value).toString(), r.done);
  r = await reader.read(new Uint8Array(10));
  log(r.value.length, r.done);

  // Chunks are copies: changing them does not change the blob.
  const b2 = new Blob(['zz']);
  const first = (await b2.stream().getReader().read()).value;
  first[0] = 65;
  log(await b2.text());

  // The stream can be cancelled and piped.
  const cs = new Blob(['a', 'b']).stream();
  const cr = cs.getReader();
  log(await cr.read());
  await cr.cancel();
  log(await cr.read());
  const text = [];
  await new Blob(['piped ', 'text']).stream()
    .pipeThrough(new TextDecoderStream())
    .pipeTo(new WritableStream({ write(t) { text.push(t); } }));
  log(text);
  try {
    Blob.prototype.stream.call({});
  } catch (e) {
    log(e.name, e.code, e.message);
  }
}

main();
