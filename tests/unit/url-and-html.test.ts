import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../shared/clean/html';
import { canonicalUrl, cleanUrl, parseHttpUrl } from '../../shared/extract/canonical-url';
import { isBoilerplateContainer, isFurnitureRegion, wholeWords } from '../../shared/extract/class-hints';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

describe('canonical URL', () => {
  it('strips fragments and tracking parameters, keeps the rest', () => {
    expect(cleanUrl('https://a.com/x?id=3&utm_source=wx&spm=a.b&from=timeline&share_token=zz#c')).toBe('https://a.com/x?id=3');
    expect(cleanUrl('javascript:alert(1)')).toBeNull();
  });
  it('prefers rel=canonical, then og:url, then the visited address', () => {
    expect(canonicalUrl('https://m.a.com/x?utm_medium=1', ['/story/1', undefined])).toBe('https://m.a.com/story/1');
    expect(canonicalUrl('https://a.com/x?fbclid=1', [undefined, 'https://a.com/y'])).toBe('https://a.com/y');
    expect(canonicalUrl('https://a.com/x?fbclid=1', [undefined, undefined])).toBe('https://a.com/x');
    expect(canonicalUrl('https://a.com/x', ['https://a.com/'])).toBe('https://a.com/x');
  });
});

describe('http addresses', () => {
  it('resolves against a base and accepts only http(s)', () => {
    expect(parseHttpUrl('/img/a.jpg', 'https://a.com/x/y')?.href).toBe('https://a.com/img/a.jpg');
    expect(parseHttpUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(parseHttpUrl('javascript:alert(1)', 'https://a.com/')).toBeNull();
    expect(parseHttpUrl('not a url')).toBeNull();
  });
});

describe('class-name word tables', () => {
  it('matches words as whole parts of a name only', () => {
    const title = new RegExp(wholeWords('title|tit'));
    expect(title.test('article-title')).toBe(true);
    expect(title.test('main tit')).toBe(true);
    expect(title.test('subtitle')).toBe(false);
    expect(title.test('title_main')).toBe(true);
  });
  it('shares the comment and related parts between the furniture tables', () => {
    const element = (className: string) => parseDocument(`<html><body><div class="${className}">x</div></body></html>`).querySelector('div')!;
    for (const name of ['commentlist', 'pinglun_box', 'xiangguan', 'recommend-box']) {
      expect(isFurnitureRegion(element(name))).toBe(true);
      expect(isBoilerplateContainer(element(name))).toBe(true);
    }
    expect(isFurnitureRegion(element('article-body'))).toBe(false);
  });
});

describe('sanitised html', () => {
  it('escapes text and keeps only structural tags and http(s) images', () => {
    const html = renderHtml([
      { kind: 'heading', level: 2, text: '<b>Title</b>', quoted: false, list: null },
      { kind: 'text', level: 0, text: 'a & b "c"', quoted: false, list: null },
      { kind: 'item', level: 0, text: 'one', quoted: false, list: 'ul' },
      { kind: 'item', level: 0, text: 'two', quoted: false, list: 'ul' },
      { kind: 'image', level: 0, text: '', quoted: false, list: null, image: { src: 'javascript:alert(1)', alt: 'x' } },
      { kind: 'image', level: 0, text: '', quoted: false, list: null, image: { src: 'https://a.com/i.jpg', alt: '"><script>' } },
    ]);
    expect(html).toBe(
      '<h2>&lt;b&gt;Title&lt;/b&gt;</h2>\n<p>a &amp; b &quot;c&quot;</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' +
        '<figure><img src="https://a.com/i.jpg" alt="&quot;&gt;&lt;script&gt;"></figure>',
    );
  });
  it('never passes hostile markup from a page into the article', () => {
    const prose = 'This paragraph has enough words, commas, and sentences to count as prose. '.repeat(6);
    const page = `<html><head><title>Story</title></head><body><article><h1>Story headline here</h1>
      <p onclick="steal()">${prose}<script>alert(1)</script></p><style>p{}</style>
      <p><a href="javascript:alert(1)">${prose}</a><img src="javascript:alert(2)" onerror="alert(3)"></p>
      <p>${prose}<iframe src="https://evil.example/"></iframe></p></article></body></html>`;
    const article = extractArticle(parseDocument(page), { url: 'https://example.com/story' })!;
    expect(article).not.toBeNull();
    expect(article.html).not.toMatch(/script|onclick|onerror|javascript:|iframe|style/i);
    expect(article.text).not.toContain('alert');
  });
});
