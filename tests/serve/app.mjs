// The serve suite's main app (host/tests/serve.rs): each path shows one
// behaviour of `sandnode serve`.
let requests = 0; // module state: fresh for every request
globalThis.seen ??= 0;

export default {
  async fetch(request, env, ctx) {
    requests++;
    globalThis.seen++;
    const url = new URL(request.url);
    switch (url.pathname) {
      case '/':
        return new Response('hello from sandnode\n');
      case '/state':
        return Response.json({ requests, seen: globalThis.seen });
      case '/json':
        return Response.json({ method: request.method, q: url.searchParams.get('q'), ua: request.headers.get('user-agent') });
      case '/echo': {
        const body = new Uint8Array(await request.arrayBuffer());
        let sum = 0;
        for (const b of body) sum = (sum + b) % 65521;
        return new Response(body, { headers: { 'x-length': String(body.length), 'x-sum': String(sum) } });
      }
      case '/stream': {
        const { readable, writable } = new TransformStream();
        const writer = writable.getWriter();
        (async () => {
          for (let i = 0; i < 3; i++) {
            await writer.write(new TextEncoder().encode(`chunk ${i}\n`));
            await new Promise((r) => setTimeout(r, 10));
          }
          await writer.close();
        })();
        return new Response(readable, { status: 201, headers: { 'x-kind': 'stream' } });
      }
      case '/redirect':
        return Response.redirect('https://example.com/elsewhere', 301);
      case '/throw':
        throw new Error('the handler failed on purpose');
      case '/not-a-response':
        return { status: 200 };
      case '/never':
        return new Promise(() => {});
      case '/spin':
        for (;;) {}
      case '/slow':
        await new Promise((r) => setTimeout(r, 1000));
        return new Response('slow done\n');
      case '/wait-until':
        ctx.waitUntil(new Promise((r) => setTimeout(r, 50)));
        return new Response('responded before waitUntil settled\n');
      case '/read-secret': {
        const fs = await import('node:fs');
        try {
          fs.readFileSync('/etc/passwd', 'utf8');
          return new Response('read it\n');
        } catch (err) {
          return new Response(`${err.code}\n`, { status: 403 });
        }
      }
      case '/env':
        return Response.json({ visible: env.SERVE_VISIBLE ?? null, secret: env.SERVE_SECRET ?? null });
      case '/crypto': {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode('abc'));
        return new Response(Buffer.from(digest).toString('hex'));
      }
      default:
        return new Response('not found\n', { status: 404 });
    }
  },
};
