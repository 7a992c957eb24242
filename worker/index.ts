export default {
  async fetch(request: Request, env: Env): Promise<Response> {
    const url = new URL(request.url);
    if (url.pathname === '/health') {
      const row = await env.DB.prepare('SELECT 1 AS ok').first<{ ok: number }>();
      return Response.json({ ok: row?.ok === 1 });
    }
    return Response.json({ error: { code: 'not_found', message: 'Not found' } }, { status: 404 });
  },
} satisfies ExportedHandler<Env>;
