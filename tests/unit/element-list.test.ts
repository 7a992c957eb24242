import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isBylineElement, isFeedLink } from '../../shared/extract/byline';
import { tagName } from '../../shared/extract/dom';
import { allElements, elementsNamed, filterElements, hasToken, withElementList } from '../../shared/extract/element-list';
import { mayHoldJsonLd } from '../../shared/extract/json-ld';
import { isDateClassed, isDateElement } from '../../shared/extract/metadata';
import { isCartControl } from '../../shared/extract/page-type';
import { extractArticle } from '../../shared/index';
import { listFixtures, parseDocument } from '../support/fixtures';

/**
 * Each search over the listed elements must pick what the selector it replaced picked, in the
 * same order: checked on every page of the test suites, and on a page of edge cases.
 */
const SELECTORS: Array<[string, (element: Element, tag: string) => boolean, string]> = [
  ['bylines', isBylineElement, '[rel~="author"], [itemprop~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="?author="], [class*="byline"], [class*="author"], [class*="Author"], .writer'],
  ['date elements', isDateElement, '[itemprop="datePublished"],[itemprop="dateModified"],time,abbr.published,[pubdate]'],
  ['date classes', isDateClassed, 'time,[class*=date],[class*=Date],[class*=datum],[class*=Datum],[class*=publish],[class*=Publish],[class*=posted],[id*=date]'],
  ['JSON-LD holders', mayHoldJsonLd, 'script[type],meta[name="script:ld+json"]'],
  ['cart controls', isCartControl, 'button, input[type="submit"], form[action*="cart"]'],
  ['feed links', (element) => tagName(element) === 'link' && isFeedLink(element), 'link[rel="alternate"][type*="rss"], link[rel="alternate"][type*="atom"]'],
];

const EDGE_CASES = `<!DOCTYPE html><html><head>
<link rel="ALTERNATE" type="application/RSS+xml" title="Feed"><link rel="alternate stylesheet" type="text/css">
<script type="application/ld+json">{}</script><script>var a</script><meta name="script:ld+json" content="{}">
</head><body>
<a rel="Author" href="/x">A</a><span rel="co-author">no</span><span itemprop="author name">B</span><span itemprop="authors">no</span>
<a href="/authors/jane">J</a><div href="/author/x">no</div><p class="writer-box">no</p><p class="x  writer">W</p>
<p class="postAuthor">P</p><p class="AUTHOR">no</p><abbr class="published x">1</abbr><abbr class="unpublished">no</abbr>
<span itemprop="datepublished">no</span><div pubdate>d</div><time>t</time><i id="pubdate">i</i><i id="Date">no</i>
<input type="SUBMIT"><input type="submit-ish"><form action="/Cart">no</form><form action="/cart/add"></form><button>b</button>
<template><p class="byline">inside a template</p><time>t</time></template>
</body></html>`;

function suitePages(): Array<[string, string]> {
  const pages: Array<[string, string]> = listFixtures().map((fixture) => [fixture.name, fixture.html]);
  for (const suite of ['portal-pages', 'trad-pages', 'heldout-pages', 'english-pages']) {
    const dir = join(import.meta.dirname, '..', suite);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.html'))) pages.push([`${suite}/${file}`, readFileSync(join(dir, file), 'utf8')]);
  }
  return [...pages, ['edge cases', EDGE_CASES]];
}

describe('element list', () => {
  const pages = suitePages();

  it('lists every element in document order, as querySelectorAll("*") does', () => {
    for (const [name, html] of pages) {
      const document = parseDocument(html);
      expect(allElements(document), name).toEqual(Array.from(document.querySelectorAll('*')));
    }
  });

  it('names elements as the selector engine does, inside an analysis and outside one', () => {
    for (const [name, html] of pages) {
      const document = parseDocument(html);
      for (const tag of ['meta', 'script', 'a', 'time', 'article', 'link']) {
        const expected = Array.from(document.querySelectorAll(tag));
        expect(elementsNamed(document, tag), `${name} ${tag}`).toEqual(expected);
        expect(withElementList(document, () => elementsNamed(document, tag)), `${name} ${tag}`).toEqual(expected);
      }
    }
  });

  it.each(SELECTORS)('picks the %s its selector picked', (_, predicate, selector) => {
    let found = 0;
    for (const [name, html] of pages) {
      const document = parseDocument(html);
      const expected = Array.from(document.querySelectorAll(selector));
      // Given the tag names the list read, and read afresh, inside an analysis and outside one.
      expect(filterElements(document, predicate), name).toEqual(expected);
      expect(withElementList(document, () => filterElements(document, predicate)), name).toEqual(expected);
      expect(allElements(document).filter((element) => predicate(element, tagName(element))), name).toEqual(expected);
      found += expected.length;
    }
    expect(found).toBeGreaterThan(0);
  });

  it('reads list-valued attributes token by token', () => {
    const document = parseDocument('<p rel="Me  Author" class="a\tb" itemprop="authors">x</p>');
    const p = document.querySelector('p')!;
    expect(hasToken(p, 'rel', 'author', true)).toBe(true);
    expect(hasToken(p, 'rel', 'author')).toBe(false);
    expect(hasToken(p, 'class', 'b')).toBe(true);
    expect(hasToken(p, 'itemprop', 'author')).toBe(false);
  });

  it('is kept for one analysis only: a live page that changes is listed anew', () => {
    const document = parseDocument('<html><head><title>Old</title></head><body><p>x</p></body></html>');
    withElementList(document, () => {
      expect(elementsNamed(document, 'title')).toHaveLength(1);
      document.head.appendChild(document.createElement('meta'));
      // Within the analysis, the list is the one made at its start.
      expect(elementsNamed(document, 'meta')).toHaveLength(0);
    });
    expect(elementsNamed(document, 'meta')).toHaveLength(1);
  });

  it('sees a page changed between two extractions', () => {
    const story = (headline: string) => `<h1>${headline}</h1>${'<p>The council met on Tuesday to discuss the new budget for the coming year, and members agreed on most points.</p>'.repeat(4)}`;
    const document = parseDocument(`<html><head><title>A</title><meta name="author" content="Jane Roe"></head><body><article>${story('First story of the day')}</article></body></html>`);
    expect(extractArticle(document, { url: 'https://example.com/a' })?.authors).toEqual(['Jane Roe']);
    document.querySelector('meta[name="author"]')!.setAttribute('content', 'John Doe');
    document.querySelector('article')!.innerHTML = story('Second story of the day');
    const second = extractArticle(document, { url: 'https://example.com/b' });
    expect(second?.title).toBe('Second story of the day');
    expect(second?.authors).toEqual(['John Doe']);
  });

  it('reads class names anew when a live page changes them between two extractions', () => {
    const paragraph = (topic: string) => `<p>The council met on Tuesday to discuss ${topic}, and members agreed on most of the points raised.</p>`;
    const document = parseDocument(
      `<html><head><title>Budget</title></head><body><article><h1>Council agrees budget</h1>${paragraph('the new budget')}${paragraph('the schools')}` +
        `<div class="share-tools"><p>Parks and libraries keep their opening hours through the winter months, the council said.</p></div>${paragraph('the roads')}</article></body></html>`,
    );
    const url = 'https://example.com/news/2026/council-budget';
    expect(extractArticle(document, { url })?.text).not.toContain('Parks and libraries');
    // The page (a script) renames the block: it is part of the story now.
    document.querySelector('.share-tools')!.setAttribute('class', 'story-text');
    expect(extractArticle(document, { url })?.text).toContain('Parks and libraries');
  });
});
