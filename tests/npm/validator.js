// validator: string validators and sanitizers.
const validator = require('validator');

const checks = [
  ['isEmail', 'foo@bar.com'], ['isEmail', 'foo@bar'], ['isEmail', '"quoted"@example.org'], ['isEmail', 'a..b@c.com'],
  ['isURL', 'https://example.com/path?q=1#h'], ['isURL', 'example.com'], ['isURL', 'ftp://x'], ['isURL', 'http://localhost:3000'],
  ['isIP', '192.168.0.1'], ['isIP', '::1'], ['isIP', '256.1.1.1'], ['isIPRange', '10.0.0.0/8'],
  ['isFQDN', 'sub.example.co.uk'], ['isFQDN', 'invalid_domain'],
  ['isUUID', '6ba7b810-9dad-11d1-80b4-00c04fd430c8'], ['isUUID', 'xyz'],
  ['isJSON', '{"a":1}'], ['isJSON', '{a:1}'], ['isJWT', 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.abc'],
  ['isBase64', 'aGVsbG8='], ['isBase64', 'not base64!'], ['isHexColor', '#ff0'], ['isHexadecimal', 'deadBEEF'],
  ['isInt', '42'], ['isInt', '4.2'], ['isFloat', '-3.14e2'], ['isNumeric', '+12.5'], ['isDecimal', '0.1'],
  ['isAlpha', 'héllo'], ['isAlphanumeric', 'abc123'], ['isAscii', 'abc✓'], ['isLowercase', 'abc'], ['isUppercase', 'ABc'],
  ['isCreditCard', '4111111111111111'], ['isCreditCard', '4111111111111112'], ['isISBN', '978-3-16-148410-0'],
  ['isISO8601', '2020-01-02T03:04:05Z'], ['isISO8601', '2020-13-02'], ['isDate', '2020/02/29'], ['isDate', '2021/02/29'],
  ['isMACAddress', '01:23:45:67:89:ab'], ['isPort', '65535'], ['isPort', '65536'], ['isSemVer', '1.2.3-rc.1'],
  ['isSlug', 'my-post-title'], ['isStrongPassword', 'Abcdef1!'], ['isStrongPassword', 'weak'], ['isMimeType', 'text/html'],
  ['isLatLong', '40.7128,-74.0060'], ['isPostalCode', '10115', 'DE'], ['isMobilePhone', '+14155552671', 'en-US'],
  ['isIBAN', 'DE89370400440532013000'], ['isBIC', 'DEUTDEFF'], ['isEmpty', ''], ['isMD5', 'd41d8cd98f00b204e9800998ecf8427e'],
  ['isHash', 'da39a3ee5e6b4b0d3255bfef95601890afd80709', 'sha1'], ['isBoolean', 'true'], ['isBoolean', 'yes', { loose: true }],
  ['isLocale', 'en-US'], ['isRgbColor', 'rgb(255,0,0)'], ['isMagnetURI', 'magnet:?xt=urn:btih:c12fe1c06bba254a9dc9f519b335aa7c1367a88a'],
];
for (const [name, ...args] of checks) {
  console.log(name, JSON.stringify(args), validator[name](...args));
}
console.log('isEmail opts', validator.isEmail('a@localhost', { require_tld: false }), validator.isEmail('Name <a@b.com>', { allow_display_name: true }));
console.log('isURL opts', validator.isURL('http://x.com', { protocols: ['https'], require_protocol: true }), validator.isURL('//x.com', { allow_protocol_relative_urls: true }));
console.log('isInt opts', validator.isInt('15', { min: 10, max: 20 }), validator.isInt('25', { min: 10, max: 20 }), validator.isInt('007', { allow_leading_zeroes: false }));
console.log('isLength', validator.isLength('abc', { min: 2, max: 3 }), validator.isLength('😀😀', { max: 2 }));
console.log('isIn/contains/equals/matches', validator.isIn('b', ['a', 'b']), validator.contains('Hello', 'ell'), validator.contains('aaa', 'a', { minOccurrences: 3 }), validator.equals('a', 'a'), validator.matches('abc', /^a.c$/), validator.matches('ABC', '^abc$', 'i'));
console.log('isAfter/isBefore', validator.isAfter('2020-01-02', '2020-01-01'), validator.isBefore('2020-01-02', { comparisonDate: '2020-01-01' }));
console.log('passwordScore', validator.isStrongPassword('Abcdef1!', { returnScore: true }));
console.log('escape', validator.escape('<a href="x">it\'s & </a>'), validator.unescape('&lt;b&gt;&amp;&#x27;'));
console.log('trim', JSON.stringify(validator.trim('  hi  ')), JSON.stringify(validator.ltrim('xxhixx', 'x')), JSON.stringify(validator.rtrim('xxhixx', 'x')));
console.log('strip/white/blacklist', validator.stripLow('a\x00b\nc', true), validator.whitelist('abc123', 'a-c'), validator.blacklist('abc123', '0-9'));
console.log('normalizeEmail', validator.normalizeEmail('John.Doe+tag@GoogleMail.com'), validator.normalizeEmail('X@Example.COM'), validator.normalizeEmail('bad'));
console.log('to*', validator.toInt('42px'), validator.toFloat('3.5'), validator.toBoolean('0'), validator.toBoolean('false', true), validator.toDate('2020-01-02T00:00:00Z').toISOString(), validator.toDate('nope'));
try { validator.isEmail(42); } catch (e) { console.log('type error', e.name, e.message); }
try { validator.isMobilePhone('123', 'xx-XX'); } catch (e) { console.log('locale error', e.name, e.message); }
console.log('version', typeof validator.version);
