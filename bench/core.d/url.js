// new URL() on 100k varied URLs: schemes, userinfo, IPv4/IPv6/IDN hosts,
// ports, percent-encoding, dot segments, queries, fragments, relative
// references against bases.
'use strict';
const { crc32, run } = require('./lib.js');

const COUNT = 100000;
const schemes = ['http', 'https', 'ws', 'wss', 'ftp', 'file', 'mailto', 'data', 'custom+x'];
const hosts = ['example.com', 'sub.example.co.uk', '127.0.0.1', '[::1]', '[2001:db8::7]', 'xn--nxasmq6b.com',
  'bücher.de', 'EXAMPLE.ORG', '0x7f.1', 'localhost', 'a.b.c.d.e.f.g'];
const paths = ['', '/', '/a/b/c', '/a/./b/../c', '/%7Euser/file.txt', '/space here', '/ünï/cödé', '/x//y///z'];
// (No lone '?': a base with an empty query is a known difference, see
// bench/README.md.)
const queries = ['', '?a=1', '?a=1&b=two&c=%20', '?q=ä ö', '?x=[1]&y={2}'];
const fragments = ['', '#', '#top', '#frag ment', '#%41'];
const relatives = ['../up', './here?x', '//other.host/p', '?only=query', '#only-frag', 'plain', '/abs/path'];

function makeInputs() {
  const list = [];
  for (let i = 0; i < COUNT; i++) {
    const scheme = schemes[i % schemes.length];
    const host = hosts[(i >> 2) % hosts.length];
    const path = paths[(i >> 3) % paths.length];
    const query = queries[(i >> 1) % queries.length];
    const frag = fragments[(i >> 4) % fragments.length];
    const port = i % 11 === 0 ? `:${8000 + (i % 1000)}` : '';
    const user = i % 13 === 0 ? 'user:p%40ss@' : '';
    if (i % 10 === 9) {
      list.push([relatives[i % relatives.length] + i, `https://${host}${path}${query}`]);
    } else if (scheme === 'mailto') {
      list.push([`mailto:user${i}@${host}`]);
    } else if (scheme === 'data') {
      list.push([`data:text/plain,${i}${query}`]);
    } else if (scheme === 'file') {
      list.push([`file://${i % 2 ? '' : 'localhost'}${path || '/'}${i}`]);
    } else {
      list.push([`${scheme}://${user}${host}${port}${path}/${i}${query}${frag}`]);
    }
  }
  return list;
}
const inputs = makeInputs();

run('url', () => {
  const hrefs = new Array(inputs.length);
  for (let i = 0; i < inputs.length; i++) {
    const [input, base] = inputs[i];
    hrefs[i] = base === undefined ? new URL(input).href : new URL(input, base).href;
  }
  return hrefs;
}, (hrefs) => {
  let crc = 0;
  for (const h of hrefs) crc = crc32(`${h}\n`, crc);
  return `${hrefs.length}:${crc}`;
}, `new URL() of ${COUNT} URLs (10% relative to a base)`);
