// Tenant "alpha" of host/tests/host.rs.
let requests = 0;

export default {
  async fetch(request, env, ctx) {
    requests += 1;
    globalThis.seen = (globalThis.seen ?? 0) + 1;
    const url = new URL(request.url);
    switch (url.pathname.replace(/^\/alpha/, '') || '/') {
      case '/state':
        return Response.json({ requests, seen: globalThis.seen });
      case '/env':
        return Response.json({ env, processEnv: process.env });
      case '/read-beta': {
        const fs = await import('node:fs');
        const file = new URL('../beta/secret.txt', import.meta.url);
        try {
          return new Response(fs.readFileSync(file, 'utf8'));
        } catch (err) {
          return new Response(`${err.code}\n`, { status: 403 });
        }
      }
      case '/spin':
        for (;;) {}
      case '/slow':
        await new Promise((resolve) => setTimeout(resolve, Number(url.searchParams.get('ms') ?? 1000)));
        return new Response('slow done\n');
      case '/grow': {
        const chunks = [];
        for (;;) chunks.push(new Uint8Array(1 << 20).fill(1));
      }
      case '/body': {
        const text = await request.text();
        return new Response(`${text.length}\n`);
      }
      case '/fetch': {
        // Outgoing requests to the address given: the first ones succeed,
        // then the subrequest limit refuses.
        const target = url.searchParams.get('to');
        const results = [];
        for (let i = 0; i < 4; i++) {
          try {
            const r = await fetch(target);
            results.push(r.status);
          } catch (err) {
            results.push(`failed: ${err.cause?.message ?? err.message}`);
          }
        }
        return Response.json(results);
      }
      case '/pass': {
        // Workers' passThroughOnException(): the host asks the origin.
        ctx.passThroughOnException();
        if (request.method === 'POST') await request.text();
        throw new Error('alpha failed on purpose');
      }
      case '/print':
        console.log('out one\nout two');
        console.log('{"tenant":"beta","status":200}');
        console.error('err line');
        process.stdout.write('no newline');
        return new Response('printed\n');
      case '/nope':
        return new Response('no such page\n', { status: 404 });
      default:
        return new Response(`alpha ${url.pathname}\n`);
    }
  },
};
