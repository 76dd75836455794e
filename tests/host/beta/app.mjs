// Tenant "beta" of host/tests/host.rs.
export default {
  async fetch(request, env, ctx) {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/env')) return Response.json({ env });
    if (url.pathname.endsWith('/pass')) {
      ctx.passThroughOnException();
      throw new Error('beta has no origin');
    }
    return new Response(`beta ${url.pathname} ${env.GREETING}\n`);
  },
};
