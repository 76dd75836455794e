// nanoid 5 (ESM only): loaded with import() from CommonJS. Ids are random, so only shapes are printed.
import('nanoid').then(({ nanoid, customAlphabet, customRandom, urlAlphabet, random }) => {
  const id = nanoid();
  console.log('default', id.length, /^[A-Za-z0-9_-]{21}$/.test(id));
  console.log('sized', nanoid(10).length, nanoid(64).length, JSON.stringify(nanoid(0)));
  const ids = new Set(Array.from({ length: 200 }, () => nanoid()));
  console.log('unique', ids.size);
  console.log('urlAlphabet', urlAlphabet.length, [...urlAlphabet].sort().join(''));
  const hex = customAlphabet('0123456789abcdef', 12);
  const h = hex();
  console.log('customAlphabet', h.length, /^[0-9a-f]{12}$/.test(h), hex(5).length);
  const one = customAlphabet('z', 7);
  console.log('single-letter alphabet', one());
  // customRandom with a fixed "random" source is fully deterministic.
  let seed = 1;
  const fake = (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; out[i] = seed & 0xff; }
    return out;
  };
  const gen = customRandom('abcdefghij', 10, fake);
  console.log('customRandom', gen(), gen());
  const r = random(8);
  console.log('random', r.constructor.name, r.length);
  return import('nanoid/non-secure').then((ns) => {
    console.log('non-secure', ns.nanoid().length, ns.customAlphabet('ab', 6)().replace(/[ab]/g, '').length);
  });
}).catch((e) => console.log('failed', e.name, e.message));
