import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { StoredArticle } from '../../shared/article';
import { articleToMarkdown, escapeMarkdownLine } from '../../shared/export/markdown';
import { yamlString } from '../../shared/export/yaml-string';

/** Splits `---\n…\n---\n` front matter off a Markdown file, as Obsidian and Hugo do. */
function splitFrontMatter(markdown: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  if (!match) throw new Error('no front matter');
  return { data: parseYaml(match[1]!) as Record<string, unknown>, body: markdown.slice(match[0].length) };
}

const article: StoredArticle = {
  id: 'a1b2c3',
  version: 2,
  savedAt: '2026-11-25T08:00:00.000Z',
  url: 'https://www.hebnews.cn/a/1.html?utm_source=x',
  canonicalUrl: 'https://www.hebnews.cn/a/1.html',
  title: '河北省召开中央环保督察反馈意见整改工作会议',
  subtitle: '引题: 推进整改',
  authors: ['王成果'],
  editors: ['李四'],
  source: '河北日报',
  siteName: '河北新闻网',
  publishedAt: '2018-06-20T17:59:25+08:00',
  lang: 'zh-Hans',
  keywords: ['环保', '督察'],
  text: '6月20日，省委召开会议。\n\n# 不是标题\n\n1. 不是列表\n\n会议要求 *认真* 落实 <script>alert(1)</script>。',
  html: '<p>6月20日，省委召开会议。</p>',
  wordCount: 40,
  flags: [],
  extractor: { name: 'jianbao', version: '0.1.0' },
};

/** Lone surrogates → U+FFFD, as a UTF-8 file stores them. */
function wellFormed(text: string): string {
  return new TextDecoder().decode(new TextEncoder().encode(text));
}

describe('articleToMarkdown', () => {
  it('writes the contract fields as front matter that a YAML parser reads back', () => {
    const { data } = splitFrontMatter(articleToMarkdown({ article, summary: '省委召开会议。' }));
    expect(data).toMatchObject({
      title: article.title,
      url: article.url,
      canonicalUrl: article.canonicalUrl,
      source: '河北日报',
      authors: ['王成果'],
      editors: ['李四'],
      publishedAt: '2018-06-20T17:59:25+08:00',
      savedAt: '2026-11-25T08:00:00.000Z',
      lang: 'zh-Hans',
      summary: '省委召开会议。',
      id: 'a1b2c3',
      version: 2,
    });
    // Dates stay strings (not YAML timestamps that lose the +08:00 offset).
    expect(typeof data.publishedAt).toBe('string');
  });

  it('leaves absent optional fields out and writes empty lists as []', () => {
    const bare: StoredArticle = { ...article, source: undefined, publishedAt: undefined, authors: [], subtitle: undefined };
    const markdown = articleToMarkdown({ article: bare });
    const { data } = splitFrontMatter(markdown);
    expect(data).not.toHaveProperty('source');
    expect(data).not.toHaveProperty('publishedAt');
    expect(data).not.toHaveProperty('summary');
    expect(data.authors).toEqual([]);
  });

  it('builds the body from the sanitised html when there is one', () => {
    const withHtml = { ...article, html: '<p>第一段。</p><h2>小标题</h2><ul><li>要点</li></ul>' };
    const { body } = splitFrontMatter(articleToMarkdown({ article: withHtml }));
    expect(body).toContain('第一段。\n\n## 小标题\n\n- 要点\n');
    expect(body).not.toContain('不是标题');
  });

  it('keeps the body text literal when there is no html: no accidental headings, lists, emphasis or HTML', () => {
    const { body } = splitFrontMatter(articleToMarkdown({ article: { ...article, html: '' } }));
    expect(body).toContain(`# ${article.title}\n`);
    expect(body).toContain('\\# 不是标题');
    expect(body).toContain('\\1. 不是列表');
    expect(body).toContain('\\*认真\\*');
    expect(body).toContain('\\<script\\>');
    expect(body).not.toMatch(/<script>/);
  });

  it('survives any title in the front matter (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), (title, source) => {
        const markdown = articleToMarkdown({ article: { ...article, title: title || 'x', source } });
        const { data } = splitFrontMatter(markdown);
        expect(data.title).toBe(wellFormed(title || 'x'));
        expect(data.source).toBe(source);
      }),
      { numRuns: 300, seed: 7 },
    );
  }, 30_000);
});

describe('yamlString', () => {
  it.each([
    ['plain', 'hello'],
    ['quotes and backslashes', 'say "hi" \\ C:\\path'],
    ['YAML syntax', '- [a, b]: {c: d} # not a comment & *alias !tag %dir @ `'],
    ['line breaks of every kind', 'a\nb\r\nc\u0085d\u2028e\u2029f'],
    ['controls and BOM', '\u0000\u0007\u001b\u007f\u0080\ufeffz'],
    ['keywords that YAML 1.1 would coerce', 'yes'],
    ['numbers', '0x1F'],
    ['Chinese and emoji', '环保督察 🌏'],
  ])('round-trips %s', (_, value) => {
    expect(parseYaml(`k: ${yamlString(value)}`)).toEqual({ k: value });
  });

  it('replaces lone surrogates, which UTF-8 cannot hold', () => {
    expect(parseYaml(`k: ${yamlString('a\ud800b')}`)).toEqual({ k: 'a\ufffdb' });
  });
});

describe('escapeMarkdownLine', () => {
  it('escapes only what would change meaning', () => {
    expect(escapeMarkdownLine('新华社北京6月20日电')).toBe('新华社北京6月20日电');
    expect(escapeMarkdownLine('> quoted')).toBe('\\> quoted');
    expect(escapeMarkdownLine('- item')).toBe('\\- item');
    expect(escapeMarkdownLine('AT&T &amp; co')).toBe('AT&T \\&amp; co');
    expect(escapeMarkdownLine('    indented')).toBe('indented');
  });
});
