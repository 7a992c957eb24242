import { exports } from 'cloudflare:workers';
import { describe, expect, inject, it } from 'vitest';
import { createUserWithToken } from '../test/helpers';

const pages = inject('pageServerOrigin');

/** POST /api/clip as sent to a Worker at `workerOrigin` (loopback = local dev, else deployed). */
function clip(token: string, body: unknown, workerOrigin = 'http://127.0.0.1:8787'): Promise<Response> {
  return exports.default.fetch(
    new Request(`${workerOrigin}/api/clip`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

interface ClipAnswer {
  id: string;
  created: boolean;
  article: { title: string; lang: string; wordCount: number };
  fetched?: { url: string; charset: string; bytes: number; redirects: number };
}

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

const DEPLOYED = 'https://jianbao.example.workers.dev';

describe('POST /api/clip', () => {
  it('clips HTML sent by the caller and stores it like POST /api/articles', async () => {
    const { token } = await createUserWithToken();
    const html = '<html lang="en"><head><title>Edge clipping works</title></head><body><article><p>First paragraph of the story.</p><p>Second paragraph.</p></article></body></html>';
    const res = await clip(token, { url: 'https://news.example.com/story', html }, DEPLOYED);
    expect(res.status).toBe(201);
    const answer = (await res.json()) as ClipAnswer;
    expect(answer.created).toBe(true);
    expect(answer.article.title).toContain('Edge clipping works');
    expect(answer.fetched).toBeUndefined();
    const stored = await exports.default.fetch(new Request(`${DEPLOYED}/api/articles/${answer.id}`, { headers: { Authorization: `Bearer ${token}` } }));
    expect(stored.status).toBe(200);
    expect(((await stored.json()) as { text: string }).text).toContain('First paragraph of the story.');
    // The same page again: nothing new.
    const again = await clip(token, { url: 'https://news.example.com/story', html }, DEPLOYED);
    expect(again.status).toBe(200);
    expect(((await again.json()) as ClipAnswer).created).toBe(false);
  });

  it.each([
    ['/utf8.html', 'utf-8'],
    ['/gbk.html', 'gb18030'],
    ['/gbk-header.html', 'gb18030'],
    ['/big5.html', 'big5'],
  ])('fetches %s from a local page server and decodes it (%s)', async (path, charset) => {
    const { token } = await createUserWithToken();
    const res = await clip(token, { url: `${pages}${path}` });
    expect(res.status).toBe(201);
    const answer = (await res.json()) as ClipAnswer;
    expect(answer.fetched).toMatchObject({ url: `${pages}${path}`, charset, redirects: 0 });
    expect(answer.article.title).toMatch(/河北省召開?开?中央環?环?保督察/);
    const stored = await exports.default.fetch(new Request(`http://127.0.0.1:8787/api/articles/${answer.id}`, { headers: { Authorization: `Bearer ${token}` } }));
    const text = ((await stored.json()) as { text: string }).text;
    expect(text).toMatch(/整改/);
    expect(text).not.toContain('\ufffd');
  });

  it('follows redirects up to the limit', async () => {
    const { token } = await createUserWithToken();
    const ok = await clip(token, { url: `${pages}/chain/3` });
    expect(ok.status).toBe(201);
    expect(((await ok.json()) as ClipAnswer).fetched).toMatchObject({ url: `${pages}/utf8.html`, redirects: 3 });
    const tooMany = await clip(token, { url: `${pages}/chain/9` });
    expect(tooMany.status).toBe(400);
    expect((await errorOf(tooMany)).message).toMatch(/redirects/);
  });

  it('refuses loopback and private addresses in the deployed configuration', async () => {
    const { token } = await createUserWithToken();
    for (const url of [`${pages}/utf8.html`, 'http://localhost:9/', 'http://10.0.0.8/', 'http://192.168.1.1/', 'http://[fd00::1]/']) {
      const res = await clip(token, { url }, DEPLOYED);
      expect(res.status, url).toBe(400);
      const error = await errorOf(res);
      expect(error.code).toBe('validation_failed');
      expect(error.message).toMatch(/Refused to fetch/);
    }
  });

  it('refuses link-local and cloud-metadata addresses everywhere, also behind a redirect', async () => {
    const { token } = await createUserWithToken();
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://[::ffff:169.254.169.254]/', 'http://metadata.google.internal/', 'http://[fe80::1]/', `${pages}/redirect?to=${encodeURIComponent('http://169.254.169.254/')}`]) {
      const res = await clip(token, { url });
      expect(res.status, url).toBe(400);
      expect((await errorOf(res)).message).toMatch(/link-local|metadata/);
    }
  });

  it.each(['/huge.html', '/huge-chunked.html'])('refuses an oversized page (%s) with 413', async (path) => {
    const { token } = await createUserWithToken();
    const res = await clip(token, { url: `${pages}${path}` });
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('payload_too_large');
  });

  it('says what went wrong with pages that are not articles', async () => {
    const { token } = await createUserWithToken();
    const cases: Array<[string, number, string]> = [
      ['/file.pdf', 415, 'unsupported_media_type'],
      ['/missing', 502, 'fetch_failed'],
      ['/empty.html', 422, 'no_article'],
    ];
    for (const [path, status, code] of cases) {
      const res = await clip(token, { url: `${pages}${path}` });
      expect(res.status, path).toBe(status);
      expect((await errorOf(res)).code).toBe(code);
    }
    const notHttp = await clip(token, { url: 'file:///etc/passwd' });
    expect(notHttp.status).toBe(400);
  });

  it('answers hostile HTML with an article or a clear 422, never a 500', async () => {
    const { token } = await createUserWithToken();
    const hostile = [
      '<'.repeat(50_000),
      `${'<div>'.repeat(20_000)}deep${'</div>'.repeat(20_000)}`,
      '<html><body><p>\u0000\ud800 broken \uffff</p><script>while(1){}</script></body></html>',
      '<!-- unterminated comment <p>text',
      '<svg><foreignObject><p onload="x()">svg text</p></foreignObject></svg>',
      '<table><tr><td><table><tr><td>'.repeat(2_000),
    ];
    for (const html of hostile) {
      const res = await clip(token, { url: 'https://hostile.example/page', html }, DEPLOYED);
      expect([200, 201, 422], html.slice(0, 40)).toContain(res.status);
      if (res.status === 422) expect((await errorOf(res)).code).toBe('no_article');
    }
  });

  it('needs a token', async () => {
    const res = await exports.default.fetch(new Request('http://127.0.0.1/api/clip', { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } }));
    expect(res.status).toBe(401);
  });
});
