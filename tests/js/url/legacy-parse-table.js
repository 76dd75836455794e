// Legacy url.parse: every field of the Url object for a table of inputs
// (absolute, relative, protocol-relative, odd schemes, auth, ports).
const url = require('url');
process.removeAllListeners('warning');
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'https://example.com',
  'HTTP://WWW.EXAMPLE.COM/Path?Q=1',
  'http://a.com/x?y=1&y=2#z',
  '//some.host/path?x',
  '/just/a/path?x=1',
  '/just/a/path',
  'relative/path?a#b',
  '?only=query',
  '#only-hash',
  '',
  'mailto:user@example.com',
  'mailto:user@example.com?subject=hi',
  'xmpp:isaacschlueter@jabber.org',
  'javascript:alert("hello")',
  'JavaScript:alert(1)',
  'file:///etc/passwd',
  'file://localhost/etc/x',
  'file:/x/y',
  'ftp://user@ftp.example.com/pub/file.txt',
  'ws://socket.example:81/chat',
  'git+ssh://git@github.com:npm/npm.git',
  'svn+ssh://foo/bar',
  'dash-test://foo/bar',
  'dot.test://foo/bar',
  'news:comp.infosystems.www.servers.unix',
  'tel:+1-816-555-1212',
  'urn:oasis:names:specification:docbook:dtd:xml:4.1.2',
  'http://a@b@c/',
  'http://a@b?@c',
  'http://a\r" \t\n<\'b:b@c\r\nd/e?f',
  'http://x.com/path?that\'s#all, folks',
  'http://x:1/\' <>"`/{}|\\^\'',
  'http://host:/path',
  'http://host:65536/x',
  'http://host:0099/x',
  'http://-lovemonsterz.tumblr.com/rss',
  'http://_jabber._tcp.google.com:80/test',
  'http://user:pass@_jabber._tcp.google.com:80/test',
  'http://x...y...#p',
  'http://www.Äffchen.com/',
  'http://www.日本語.jp/',
  'HTTP://ÄÖ.de:81/?x#y',
  'http://bucket_name.s3.amazonaws.com/image.jpg',
  'http://a.b/c?d=%zz&e',
  'http://ex.com/%7e?%7e#%7e',
  'coap://[FEDC:BA98:7654:3210:FEDC:BA98:7654:3210]',
  'coap://[1080:0:0:0:8:800:200C:417A]:61616/',
  'http://[::1]:8080/a?b#c',
  'http://[fe80::1%25eth0]/',
  'http://user:pass@[::1]/',
  's3://bucket/key/with spaces',
  'some+scheme.1-2://host/',
  '1://host/',
  'http:/no/slashes',
  'http:no-slashes',
  'HTTP:x',
  'http:///three-slashes',
  'http://\u0000/x',
  'data:text/html,<p>hi</p>',
];
for (const input of inputs) {
  try {
    const u = url.parse(input);
    console.log(JSON.stringify(input));
    console.log('  ', JSON.stringify(u));
  } catch (e) {
    console.log(JSON.stringify(input), 'threw', e.name, e.code, e.message);
  }
}
