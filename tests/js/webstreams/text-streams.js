// TextEncoderStream and TextDecoderStream, including code points split
// across chunks.
'use strict';
Error.stackTraceLimit = 0;
const log = (...a) => console.log(...a);

async function run(transform, chunks) {
  const w = transform.writable.getWriter();
  const out = [];
  const reading = (async () => {
    for await (const v of transform.readable) out.push(v);
  })();
  for (const c of chunks) w.write(c).catch(() => {});
  w.close().catch(() => {});
  await reading;
  return out;
}

async function main() {
  const enc = new TextEncoderStream();
  log(enc, enc.encoding);
  log(await run(enc, ['hé', '', 'llo', 42]));
  // A surrogate pair split across two writes encodes as one code point.
  log(await run(new TextEncoderStream(), ['a\ud83d', '\ude00b']));
  // A lone lead surrogate at the end becomes U+FFFD.
  log(await run(new TextEncoderStream(), ['x\ud83d']));
  log(await run(new TextEncoderStream(), ['\ude00y']));

  const dec = new TextDecoderStream();
  log(dec, dec.encoding, dec.fatal, dec.ignoreBOM);
  const euro = new TextEncoder().encode('€uro ✓');
  log(await run(dec, [euro.slice(0, 1), euro.slice(1, 2), euro.slice(2, 5), euro.slice(5)]));
  // A truncated sequence at the end is replaced.
  log(await run(new TextDecoderStream(), [new Uint8Array([0x61, 0xe2, 0x82])]));
  // BOM handling.
  log(await run(new TextDecoderStream(), [new Uint8Array([0xef, 0xbb]), new Uint8Array([0xbf, 0x41])]));
  log(await run(new TextDecoderStream('utf-8', { ignoreBOM: true }), [new Uint8Array([0xef, 0xbb, 0xbf, 0x41])]));
  // utf-16le split in the middle of a code unit.
  const u16 = new TextDecoderStream('utf-16le');
  log(u16.encoding);
  log(await run(u16, [new Uint8Array([0x68]), new Uint8Array([0x00, 0x69, 0x00])]));
  // latin1 labels map to windows-1252.
  const latin = new TextDecoderStream('latin1');
  log(latin.encoding, await run(latin, [new Uint8Array([0x80, 0xe9])]));
  // DataView and ArrayBuffer chunks.
  log(await run(new TextDecoderStream(), [new DataView(new TextEncoder().encode('dv').buffer), new TextEncoder().encode('ab').buffer]));

  // fatal: invalid input errors the stream.
  const fatal = new TextDecoderStream('utf-8', { fatal: true });
  log(fatal.fatal);
  const fw = fatal.writable.getWriter();
  const fr = fatal.readable.getReader();
  const pending = fr.read();
  try {
    await fw.write(new Uint8Array([0x61, 0xff, 0x62]));
  } catch (e) {
    log('fatal write', e.name, e.code, e.message);
  }
  try {
    await pending;
  } catch (e) {
    log('fatal read', e.name, e.code);
  }

  // Invalid encoding label and invalid chunk.
  try {
    new TextDecoderStream('nope');
  } catch (e) {
    log(e.name, e.code, e.message);
  }
  const bad = new TextDecoderStream();
  const bw = bad.writable.getWriter();
  const br = bad.readable.getReader();
  const badRead = br.read();
  try {
    await bw.write('not bytes');
  } catch (e) {
    log('bad chunk', e.name, e.code);
  }
  try {
    await badRead;
  } catch (e) {
    log('bad read', e.name, e.code);
  }

  // Piping text through both.
  const piped = ReadableStream.from(['one ', 'two ', 'three'])
    .pipeThrough(new TextEncoderStream())
    .pipeThrough(new TextDecoderStream());
  let text = '';
  for await (const s of piped) text += s;
  log(text);
}

main();
