// uuid: generation (shapes only for random/time based ids), name-based v3/v5, parse/stringify, validation.
const uuid = require('uuid');

const RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const shape = (id) => `${id.length} ${RE.test(id)} v${uuid.version(id)} ${uuid.validate(id)} variant=${'89ab'.includes(id[19])}`;

console.log('v4', shape(uuid.v4()));
console.log('v1', shape(uuid.v1()));
console.log('v6', shape(uuid.v6()));
console.log('v7', shape(uuid.v7()));
const a = uuid.v4(), b = uuid.v4();
console.log('v4 distinct', a !== b);

// Deterministic generation from fixed inputs.
const rnds = Uint8Array.from({ length: 16 }, (_, i) => i * 17);
console.log('v4 random option', uuid.v4({ random: rnds }));
console.log('v1 fixed', uuid.v1({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: Date.UTC(2020, 0, 1), nsecs: 5678 }));
console.log('v6 fixed', uuid.v6({ node: [1, 2, 3, 4, 5, 6], clockseq: 0x1234, msecs: Date.UTC(2020, 0, 1), nsecs: 5678 }));
console.log('v7 fixed', uuid.v7({ msecs: Date.UTC(2024, 5, 1), seq: 0x12345678, random: rnds }));
console.log('v1ToV6', uuid.v1ToV6('c2b1c1f0-2c2c-11ea-9234-010203040506'), 'v6ToV1', uuid.v6ToV1('1ea2c2cc-2b1c-61f0-9234-010203040506'));

console.log('v5 dns', uuid.v5('example.com', uuid.v5.DNS));
console.log('v5 url', uuid.v5('https://example.com/a', uuid.v5.URL));
console.log('v3 dns', uuid.v3('example.com', uuid.v3.DNS));
console.log('v3 url', uuid.v3('https://example.com/a', uuid.v3.URL));
const NS = '1b671a64-40d5-491e-99b0-da01ff1f3341';
console.log('v5 custom', uuid.v5('Hello, World!', NS), uuid.v5([1, 2, 3], NS));
console.log('v5 bytes', Array.from(uuid.v5('x', NS, new Uint8Array(16))).join(','));
const buf = new Uint8Array(20);
uuid.v5('x', NS, buf, 2);
console.log('v5 offset', Array.from(buf.slice(0, 6)).join(','));
console.log('constants', uuid.NIL, uuid.MAX, uuid.v5.DNS, uuid.v3.URL);

const parsed = uuid.parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8');
console.log('parse', parsed.constructor.name, parsed.length, Array.from(parsed).join(','));
console.log('stringify', uuid.stringify(parsed));
for (const s of ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'not-a-uuid', '', uuid.NIL, uuid.MAX, '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '6ba7b810-9dad-01d1-80b4-00c04fd430c8']) {
  console.log('validate', JSON.stringify(s), uuid.validate(s), uuid.validate(s) ? uuid.version(s) : '-');
}
try { uuid.parse('bogus'); } catch (e) { console.log('parse error', e.name, e.message); }
try { uuid.version('bogus'); } catch (e) { console.log('version error', e.name, e.message); }
try { uuid.stringify(new Uint8Array(16).fill(255).map((x, i) => (i === 6 ? 0xff : x))); } catch (e) { console.log('stringify error', e.name, e.message); }
try { uuid.v5('x', 'bad-namespace'); } catch (e) { console.log('namespace error', e.name, e.message); }
try { uuid.v4({ random: new Uint8Array(4) }); } catch (e) { console.log('short random', e.name, e.message); }
