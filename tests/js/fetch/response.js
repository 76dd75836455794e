// Response: constructor, status validation, static json/error/redirect, bodies.
(async () => {
  const r = new Response('body text', { status: 201, statusText: 'Made', headers: { 'X-A': 'a' } });
  console.log(r.status, r.statusText, r.ok, r.type, r.url, r.redirected, r.headers.get('x-a'), r.headers.get('content-type'));
  console.log(await r.text(), r.bodyUsed);
  const empty = new Response();
  console.log(empty.status, empty.body, await empty.text(), empty.bodyUsed);
  const j = Response.json({ a: 1 }, { status: 202 });
  console.log(j.status, j.headers.get('content-type'), await j.json());
  const e = Response.error();
  console.log(e.type, e.status, e.ok, e.statusText);
  const red = Response.redirect('http://example.test/next', 301);
  console.log(red.status, red.headers.get('location'));
  for (const [status, body] of [[199, null], [600, null], [204, 'x']]) {
    try { new Response(body, { status }); } catch (err) { console.log(err.name, err.message); }
  }
  try { Response.redirect('http://example.test/', 200); } catch (err) { console.log(err.name, err.message); }
  try { Response.redirect('nope'); } catch (err) { console.log(err.name, err.message); }
  console.log(new Response(null, { status: 204 }).body);
  const blob = await new Response(new Blob(['xyz'], { type: 'text/x' })).blob();
  console.log(blob.type, blob.size);
  const params = new Response(new URLSearchParams('q=1'));
  console.log(params.headers.get('content-type'), (await params.formData()).get('q'));
  const stream = new Response(new ReadableStream({ start(c) { c.enqueue(new TextEncoder().encode('streamed')); c.close(); } }));
  const copy = stream.clone();
  console.log(await stream.text(), await copy.text());
  try { await new Response('x', { headers: { 'content-type': 'text/plain' } }).formData(); } catch (err) { console.log(err.name); }
  const bytes = await new Response(new Uint8Array([7, 8])).bytes();
  console.log(bytes);
})();
