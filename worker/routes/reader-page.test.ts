import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

function get(path: string): Promise<Response> {
  return exports.default.fetch(new Request(`http://jianbao.test${path}`));
}

describe('the reader page', () => {
  it('serves the page with a strict Content-Security-Policy', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    expect(html).toContain('<script type="module" src="/reader.js"></script>');
    // No inline script: every <script> has a src.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
  });

  it('serves its script and style with the same headers', async () => {
    for (const path of ['/reader.js', '/reader.css']) {
      const res = await get(path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    }
  });

  it('leaves API paths and unknown files to the JSON 404', async () => {
    for (const path of ['/api/nothing', '/feeds/x', '/no-such-file.txt']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('not_found');
    }
  });
});
