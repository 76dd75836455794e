// Service-worker syntax: addEventListener('fetch', ...) in a CommonJS script.
addEventListener('fetch', (event) => {
  event.respondWith(new Response(`listener saw ${new URL(event.request.url).pathname}\n`, {
    headers: { 'content-type': 'text/plain' },
  }));
});
