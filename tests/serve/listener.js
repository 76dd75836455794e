// Service-worker syntax: addEventListener('fetch', ...) in a CommonJS script.
// Its top level runs once, when `sandnode serve` pre-initialises the app,
// not once per request.
console.error('listener.js: top level ran');
addEventListener('fetch', (event) => {
  event.respondWith(new Response(`listener saw ${new URL(event.request.url).pathname}\n`, {
    headers: { 'content-type': 'text/plain' },
  }));
});
