/**
 * Rules taught by the held-out English pages (tests/english-pages/): a syndicating portal's
 * provider is the story's source; print-edition notes and opinion disclaimers are not story text.
 */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '../../shared/extract/metadata';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const paragraphs = (count: number, topic: string): string =>
  Array.from({ length: count }, (_, index) => `<p>Paragraph ${index + 1} about ${topic} carries enough words to read as the story's own prose, with a clause or two.</p>`).join('');

function page(jsonLd: object, body: string): string {
  return `<html><head><title>Harbour dredging resumes</title><script type="application/ld+json">${JSON.stringify(jsonLd)}</script></head>
<body><nav><a href="/">Home</a><a href="/news">News</a></nav><article><h1>Harbour dredging resumes</h1>${body}</article><footer>© 2024 Portal</footer></body></html>`;
}

describe('syndicated stories', () => {
  it('reads the JSON-LD provider as the source when it is not the publisher', () => {
    const html = page({ '@type': 'NewsArticle', headline: 'Harbour dredging resumes', provider: { '@type': 'Organization', name: 'Reuters' }, publisher: { '@type': 'Organization', name: 'Portal' } }, paragraphs(4, 'dredging'));
    expect(readMetadata(parseDocument(html)).source).toBe('Reuters');
  });

  it('does not take the publisher named as its own provider for a source', () => {
    const html = page({ '@type': 'NewsArticle', headline: 'Harbour dredging resumes', provider: { '@type': 'Organization', name: 'Portal' }, publisher: { '@type': 'Organization', name: 'Portal' } }, paragraphs(4, 'dredging'));
    expect(readMetadata(parseDocument(html)).source).toBeUndefined();
  });
});

describe('editorial notes at the edges of a story', () => {
  it('drops a closing print-edition note', () => {
    const html = page({ '@type': 'Article', headline: 'Harbour dredging resumes' }, paragraphs(5, 'dredging') + '<p><em>This article appears in the March 2024 print edition with the headline “Deep Water.”</em></p>');
    const text = extractArticle(parseDocument(html), { url: 'https://example.org/2024/03/dredging/' })?.text ?? '';
    expect(text).toContain('Paragraph 5 about dredging');
    expect(text).not.toContain('print edition');
  });

  it('drops an opening opinion disclaimer but keeps a sentence that discusses views', () => {
    const html = page({ '@type': 'Article', headline: 'Harbour dredging resumes' },
      '<p><em>The views expressed in this column are those of the author and do not necessarily reflect those of the paper.</em></p>' + paragraphs(5, 'dredging') +
      '<p>The views expressed at the meeting ranged from anger to relief, and the council listened to all of them.</p>');
    const text = extractArticle(parseDocument(html), { url: 'https://example.org/2024/03/dredging/' })?.text ?? '';
    expect(text.startsWith('Paragraph 1 about dredging')).toBe(true);
    expect(text).toContain('ranged from anger to relief');
  });
});

describe('second batch', () => {
  it('leaves out a box of author cards beside the story, whose children are furniture by name', () => {
    const cards = '<div class="story-authors"><div class="author-card"><a href="/people/marisa-quint/">Marisa Quint</a><p>Marisa Quint covers education for the Ledger, and before that she covered the city council and the courts for eight years.</p></div>'
      + '<div class="author-card"><a href="/people/derek-albers/">Derek Albers</a><p>Derek Albers is the Ledger\'s data reporter, and he has written about schools, housing and transport. Reach him at dalbers@example.com.</p></div></div>';
    const html = page({ '@type': 'NewsArticle', headline: 'Harbour dredging resumes' }, `<div class="story-body">${paragraphs(6, 'dredging')}</div>${cards}`);
    const text = extractArticle(parseDocument(html), { url: 'https://example.org/2024/03/dredging/' })?.text ?? '';
    expect(text).toContain('Paragraph 6 about dredging');
    expect(text).not.toContain('covers education');
    expect(text).not.toContain('data reporter');
  });
});
