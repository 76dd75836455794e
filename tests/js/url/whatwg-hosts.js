// WHATWG host parsing: IPv4 in all its number forms, IPv6 compression and
// embedded IPv4, forbidden code points and invalid hosts.
const hosts = [
  '127.0.0.1', '0x7f.1', '0177.0.0.1', '2130706433', '0x7F000001', '127.1', '127.0.1', '1.2.3.4.', '0x.0x.0',
  '256.0.0.1', '1.2.3.256', '4294967295', '4294967296', '1.2.3.4.5', '1.2.3.09', '09.1', '0xg.1', 'foo.1', 'foo.0x1',
  '[::]', '[::1]', '[0:0:0:0:0:0:0:1]', '[1:0:0:2::3]', '[1:0:0:0:2:0:0:3]', '[2001:DB8::1]', '[::ffff:192.0.2.1]',
  '[::127.0.0.1]', '[1::2:3:4:5:6:7]', '[1:2:3:4:5:6:7:8:9]', '[::1::2]', '[1:2]', '[::1.2.3]', '[fe80::1%eth0]', '[::1',
  'a..b', 'a.b.', '.a', 'EXAMPLE.com.', 'ex%41mple.com', 'ex%zzmple', 'a b', 'a<b', 'a^b', 'a|b', 'a%00b',
  'xn--nxasmq6b.com', 'xn--', 'ß.de', 'ＡＢＣ.com', 'a\u00adb.com', '\u200b', '%E2%80%8B', 'a_b', '*.x', '😀.com',
];
for (const h of hosts) {
  for (const scheme of ['http', 'foo']) {
    try {
      const u = new URL(`${scheme}://${h}/`);
      console.log(scheme, JSON.stringify(h), '->', JSON.stringify(u.hostname), JSON.stringify(u.host));
    } catch (e) {
      console.log(scheme, JSON.stringify(h), 'invalid', e.code, JSON.stringify(e.input));
    }
  }
}
