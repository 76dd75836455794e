// TextDecoder with stream: true holds back only a real unfinished sequence:
// a byte that can never start one is decoded (or rejected when fatal) at once.
const cases = [[0xff], [0x61, 0xc0], [0x61, 0xc1], [0x61, 0xf5], [0x61, 0xe2, 0x82], [0x61, 0xf0, 0x9f]];
for (const bytes of cases) {
  const loose = new TextDecoder('utf-8');
  const part = loose.decode(new Uint8Array(bytes), { stream: true });
  const rest = loose.decode();
  let fatal;
  try {
    fatal = JSON.stringify(new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes), { stream: true }));
  } catch (err) {
    fatal = `${err.name} ${err.code}`;
  }
  console.log(bytes.map((b) => b.toString(16)).join(' '), '->', JSON.stringify(part), JSON.stringify(rest), fatal);
}
