// Its top level waits for a timer, which pre-initialisation does not run:
// the server falls back to importing it in every request.
await new Promise((resolve) => setTimeout(resolve, 10));
console.error('slow-start.mjs: top level ran');
export default { fetch: () => new Response('started slowly\n') };
