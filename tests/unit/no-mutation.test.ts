/**
 * The extractor only reads the document it is given: after extractArticle and isArticlePage
 * the serialised DOM is byte for byte what it was, for every fixture page.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../shared/index';
import { listFixtures, parseDocument } from '../support/fixtures';

function serialise(document: Document): string {
  return document.documentElement.outerHTML;
}

describe('the input document is never mutated', () => {
  for (const fixture of listFixtures()) {
    it(fixture.name, () => {
      const document = parseDocument(fixture.html);
      const before = serialise(document);
      const url = fixture.expected?.url ?? 'https://example.com/article';
      extractArticle(document, { url });
      isArticlePage(document, { url });
      expect(serialise(document)).toBe(before);
      expect(document.title).toBe(parseDocument(fixture.html).title);
    });
  }

  it('keeps scripts, hidden nodes and attributes the extractor skips', () => {
    const html = '<html><head><title>T</title></head><body><script>var a=1</script><div hidden>secret</div>' +
      '<article class="post"><h1 onclick="x()">Headline here</h1><p style="display:none">hidden text</p>' +
      `<p>${'Prose with commas, and more words, and more. '.repeat(20)}</p><a href="javascript:alert(1)">x</a></article></body></html>`;
    const document = parseDocument(html);
    const before = serialise(document);
    const article = extractArticle(document, { url: 'https://example.com/a' });
    expect(article).not.toBeNull();
    expect(serialise(document)).toBe(before);
  });
});
