import { describe, expect, it } from 'vitest';
import { articleSchema, type Article } from '../../shared/article';
import { MAX_REQUEST_BYTES, STORAGE_LIMITS } from '../../shared/storage-limits';
import { fitForUpload } from '../../shared/article-upload';

const PARAGRAPH = '会议听取了各部门关于年度工作的汇报，并就下一步安排进行了深入讨论。'.repeat(40);

function article(paragraphs: number, withHtml = true): Article {
  const list = Array.from({ length: paragraphs }, (_, index) => `第${index + 1}部分：${PARAGRAPH}`);
  return articleSchema.parse({
    url: 'https://news.example.cn/2024/05/01/record.html',
    canonicalUrl: 'https://news.example.cn/2024/05/01/record.html',
    title: '全文实录：一份超长的会议记录',
    lang: 'zh-Hans',
    text: list.join('\n\n'),
    html: withHtml ? list.map((text) => `<p>${text}</p>`).join('\n') : '',
    wordCount: list.join('').length,
    flags: ['labels-lifted'],
    extractor: { name: 'jianbao', version: '0.0.0' },
  });
}

const bytes = (value: unknown): number => new TextEncoder().encode(JSON.stringify(value)).byteLength;

describe('fitForUpload', () => {
  it('leaves an article that fits untouched (same object)', () => {
    const small = article(3);
    const fit = fitForUpload(small);
    expect(fit).toEqual({ article: small, htmlOmitted: false, textTruncated: false });
    expect(fit.article).toBe(small);
  });

  it('drops the html of a long article whose text fits, and keeps every word of the text', () => {
    const long = article(100); // ~400 KB of text and as much html
    expect(new TextEncoder().encode(long.text).byteLength).toBeLessThan(STORAGE_LIMITS.textBytes);
    const limit = bytes({ ...long, html: '' }) + 100; // room for the text, not for the html
    const fit = fitForUpload(long, limit);
    expect(bytes(fit.article)).toBeLessThanOrEqual(limit);
    expect(fit.htmlOmitted).toBe(true);
    expect(fit.textTruncated).toBe(false);
    expect(fit.article.text).toBe(long.text);
    expect(fit.article.html).toBe('');
    expect(fit.article.flags).toEqual(['labels-lifted', 'html-omitted']);
  });

  it('cuts a text over the storage cap on a paragraph break and flags both changes', () => {
    const huge = article(400); // ~1.6 MB of text and as much html
    const fit = fitForUpload(huge);
    expect(bytes(fit.article)).toBeLessThanOrEqual(MAX_REQUEST_BYTES);
    expect(new TextEncoder().encode(fit.article.text).byteLength).toBeLessThanOrEqual(STORAGE_LIMITS.textBytes);
    expect(huge.text.startsWith(`${fit.article.text}\n\n`)).toBe(true); // whole paragraphs, in order
    expect(fit.article.text.length).toBeGreaterThan(huge.text.length / 10);
    expect(fit.article.flags).toEqual(['labels-lifted', 'html-omitted', 'text-truncated']);
    expect(articleSchema.safeParse(fit.article).success).toBe(true);
    expect(huge.html.length).toBeGreaterThan(0); // the input is not mutated
    expect(huge.flags).toEqual(['labels-lifted']);
  });

  it('cuts inside a paragraph when there is no break near the cap', () => {
    const oneParagraph = { ...article(1, false), text: '长'.repeat(800_000) };
    const fit = fitForUpload(oneParagraph);
    expect(fit.textTruncated).toBe(true);
    expect(fit.htmlOmitted).toBe(false);
    expect(fit.article.text.length).toBe(Math.floor(STORAGE_LIMITS.textBytes / 3));
    expect(fit.article.flags).not.toContain('html-omitted');
  });
});
