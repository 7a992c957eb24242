import { describe, expect, it } from 'vitest';
import { stripHtml } from './strip-html';

describe('stripHtml', () => {
  it('removes scripts, styles, SVG, frames and comments, keeping JSON-LD and the text', async () => {
    const html = `<html><head><meta charset="gbk"><meta http-equiv="Content-Type" content="text/html; charset=gbk">
      <script>alert(1)</script><script type="application/ld+json">{"@type":"NewsArticle","headline":"标题"}</script>
      <style>p{}</style><link rel="stylesheet" href="a.css"><link rel="canonical" href="https://x.test/a"></head>
      <body><!-- ad slot --><svg><path d="M0 0"/></svg><iframe src="https://ads.test"></iframe>
      <p>正文第一段。</p><template><p>hidden</p></template><noscript><img src="a.jpg"></noscript></body></html>`;
    const out = await stripHtml(html);
    expect(out).not.toMatch(/alert|<style|<svg|<iframe|ad slot|hidden|stylesheet/);
    expect(out).toContain('application/ld+json');
    expect(out).toContain('"headline":"标题"');
    expect(out).toContain('<link rel="canonical" href="https://x.test/a">');
    expect(out).toContain('<p>正文第一段。</p>');
    expect(out).toContain('<noscript>');
    expect(out).toContain('<meta charset="utf-8">');
    expect(out).not.toContain('charset=gbk');
  });
});
