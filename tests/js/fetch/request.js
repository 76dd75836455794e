// Request: defaults, init, body, clone, and building from another Request.
(async () => {
  const r = new Request('http://example.test/path?q=1');
  console.log(r.method, r.url, r.redirect, r.bodyUsed, r.body, r.cache, r.credentials, r.mode, r.referrer, r.duplex, r.keepalive);
  console.log(r.signal instanceof AbortSignal, r.signal.aborted, Object.prototype.toString.call(r));
  const p = new Request('http://example.test/p', { method: 'post', body: 'hello', headers: { 'X-A': '1' }, redirect: 'manual' });
  console.log(p.method, p.headers.get('x-a'), p.headers.get('content-type'), p.redirect, p.body instanceof ReadableStream);
  const c = p.clone();
  console.log(await p.text(), await c.text(), p.bodyUsed, c.bodyUsed);
  try { p.clone(); } catch (e) { console.log(e.name, e.message); }
  const base = new Request('http://example.test/b', { method: 'PUT', body: 'moved' });
  const derived = new Request(base, { headers: { 'X-D': 'd' } });
  console.log(derived.method, derived.url, derived.headers.get('x-d'), base.bodyUsed, await derived.text());
  try { new Request(base); } catch (e) { console.log(e.name, e.message); }
  console.log(new Request('http://example.test/', { method: 'delete' }).method, new Request('http://x.test/', { method: 'Custom' }).method);
  const j = new Request('http://example.test/', { method: 'POST', body: JSON.stringify({ k: 'v' }) });
  console.log(await j.json());
  const form = new Request('http://example.test/', { method: 'POST', body: new URLSearchParams('a=1&a=2&b=3') });
  const fd = await form.formData();
  console.log(fd.getAll('a'), fd.get('b'));
  const ab = await new Request('http://example.test/', { method: 'POST', body: new Uint8Array([1, 2, 3]) }).arrayBuffer();
  console.log(ab.byteLength);
  try { new Request('http://example.test/', { redirect: 'x' }); } catch (e) { console.log(e.name, e.message); }
  try { new Request(); } catch (e) { console.log(e.name, e.message); }
})();
