/**
 * Property tests: whatever HTML arrives (random markup, hostile attributes, deep nesting,
 * pages cut off at any byte), extractArticle returns a schema-valid Article or null and never
 * throws; isArticlePage returns a boolean.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../shared/article';
import { extractArticle, isArticlePage } from '../../shared/index';
import { listFixtures, parseDocument } from '../support/fixtures';

const URL = 'https://example.com/2020/01/02/story.html';

function checkPage(html: string): void {
  const article = extractArticle(parseDocument(html), { url: URL });
  if (article !== null) {
    const parsed = articleSchema.safeParse(article);
    expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues).slice(0, 500)).toBe(true);
  }
  expect(typeof isArticlePage(parseDocument(html), { url: URL })).toBe('boolean');
}

const TAGS = ['div', 'p', 'span', 'a', 'h1', 'h2', 'ul', 'li', 'table', 'td', 'article', 'section', 'script', 'style', 'br', 'img', 'b', 'nav', 'footer', 'time'];
const TEXTS = [
  '今天,省政府党组书记主持召开会议,强调要深入贯彻。', '會(huì)議', '網(wǎng)', '?jiǎng)', '来源：新华社', '責任編輯: 陳瀟', '(記者王成果)',
  '2018-06-20 17:59:25', '2018年6月20日', 'By Jane Doe', 'The quick brown fox, jumps over the lazy dog.', '+1', '为你推荐',
  '文明上网理性发言', '0200200301000000000000000111241412989764', '<', '&amp;', '\u0000', '\ufffd', '𠀀', ' ', '',
];
const ATTRIBUTES = ['', ' class="content"', ' class="comment"', ' hidden', ' style="display:none"', ' onclick="alert(1)"', ' href="javascript:alert(1)"', ' src="x.jpg"', ' datetime="2020-01-02T03:04:05Z"', ' lang="zh-CN"'];

/** A random HTML fragment: nested tags with attributes and text, possibly unbalanced. */
const htmlFragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.string({ maxLength: 40 }),
    fc.tuple(fc.constantFrom(...TAGS), fc.constantFrom(...ATTRIBUTES), fc.array(tie('node'), { maxLength: 5 }), fc.boolean()).map(
      ([tag, attributes, children, close]) => `<${tag}${attributes}>${children.join('')}${close ? `</${tag}>` : ''}`,
    ),
  ),
})).node;

describe('extractArticle on any input', () => {
  it('returns an Article or null for random markup', () => {
    fc.assert(
      fc.property(htmlFragment, fc.boolean(), (fragment, wrap) => {
        checkPage(wrap ? `<!DOCTYPE html><html><head><title>t</title></head><body>${fragment}</body></html>` : fragment);
      }),
      { numRuns: 300, seed: 20180620 },
    );
  });

  it('returns an Article or null for fixture pages cut off anywhere', () => {
    const pages = listFixtures().map((fixture) => fixture.html);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: pages.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), (index, share) => {
        const page = pages[index]!;
        checkPage(page.slice(0, Math.floor(page.length * share)));
      }),
      { numRuns: 60, seed: 42 },
    );
  });

  it('survives hostile nesting without overflowing the stack', () => {
    const depth = 20_000;
    checkPage(`<html><body>${'<div>'.repeat(depth)}<p>${'Deep text, with commas, and words. '.repeat(10)}</p>${'</div>'.repeat(depth)}</body></html>`);
  });

  it('returns null for a page without any text', () => {
    expect(extractArticle(parseDocument('<html><head><title>Empty</title></head><body><script>x()</script></body></html>'), { url: URL })).toBeNull();
    expect(extractArticle(parseDocument(''), { url: URL })).toBeNull();
  });
});
