// The edge benchmark's handler: the same hello as bench/http.d/server.js,
// as a fetch handler that `sandnode serve` runs on a fresh instance per
// request.
export default {
  fetch() {
    return new Response('Hello, Node.js!', { headers: { 'Content-Type': 'text/plain' } });
  },
};
