// Tenant "beta" of host/tests/host.rs.
export default {
  async fetch(request, env) {
    const url = new URL(request.url);
    if (url.pathname.endsWith('/env')) return Response.json({ env });
    return new Response(`beta ${url.pathname} ${env.GREETING}\n`);
  },
};
