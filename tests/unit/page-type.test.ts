/**
 * isArticlePage on small hand-made pages: each case flips one kind of evidence of the table in
 * shared/extract/page-type.ts (shop buttons and prices, forum hosts and post furniture, section
 * indexes listing many stories) against the same story-like text.
 */
import { describe, expect, it } from 'vitest';
import { isArticlePage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const SENTENCE = 'The new wool runner keeps its shape after many washes, and the soles, made from sugarcane, last longer than before. ';
const PROSE = `<p>${SENTENCE.repeat(3)}</p>`.repeat(8);

function page(body: string, head = ''): Document {
  return parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Page</title>${head}</head><body>${body}</body></html>`);
}

describe('page type: shops', () => {
  const story = `<h1>Why our wool runners last</h1><p class="byline">By Ann Lee</p><time datetime="2024-03-02">2 March 2024</time><div class="content">${PROSE}</div>`;
  const url = 'https://example.com/blog/why-our-wool-runners-last-longer';
  it('takes the story for an article', () => {
    expect(isArticlePage(page(story, '<meta property="og:type" content="article">'), { url })).toBe(true);
  });
  it('takes the same text with a cart button and prices for a product page', () => {
    const productUrl = 'https://example.com/wool-runner-natural-white-mens';
    const plain = `<h1>Wool Runner</h1><div class="content">${PROSE}</div>`;
    // The text alone at a story-like address reads as an article; the shop's marks turn it.
    expect(isArticlePage(page(plain), { url: productUrl })).toBe(true);
    const shop = `${plain}<p>$98.00</p><p>$120.00</p><p>Bundle $180.00</p><form action="/cart/add"><button>Add to cart</button></form>`;
    expect(isArticlePage(page(shop), { url: productUrl })).toBe(false);
  });
});

describe('page type: forums', () => {
  const post = (name: string, furniture: string): string => `<div class="post"><div class="meta"><span>${name}</span></div><div class="cooked">${`<p>${SENTENCE}</p>`.repeat(3)}</div>${furniture}</div>`;
  const thread = (furniture: string): string => `<h1>Do wool runners last?</h1>${['ann', 'bob', 'cy', 'dee'].map((name) => post(name, furniture)).join('')}`;
  const url = 'https://www.example.com/do-wool-runners-last-long';
  it('takes posts without forum marks for an article', () => {
    expect(isArticlePage(page(thread('')), { url })).toBe(true);
  });
  it('takes them for no article on a forum host, or with every post under Reply and Quote', () => {
    expect(isArticlePage(page(thread('')), { url: 'https://community.example.com/do-wool-runners-last-long' })).toBe(false);
    expect(isArticlePage(page(thread('<div>Reply</div><div>Quote</div>')), { url })).toBe(false);
  });
});

describe('page type: section indexes', () => {
  it('takes a /news index listing many dated stories for no article', () => {
    const teaser = (n: number): string => `<article><h2><a href="/news/story-${n}">Story number ${n} about wool</a></h2><time datetime="2024-03-0${n}">March ${n}</time><p>${SENTENCE}</p></article>`;
    const index = `<h1>News</h1><main>${[1, 2, 3, 4, 5, 6].map(teaser).join('')}</main>`;
    expect(isArticlePage(page(index), { url: 'https://example.com/news' })).toBe(false);
  });
});

describe('page type: home pages', () => {
  it('takes a site root for no article even when it shows a dated, bylined story', () => {
    const head = '';
    const body = `<h1>Why our wool runners last</h1><p class="byline">By Ann Lee</p><time datetime="2024-03-02">2 March 2024</time><div class="content">${PROSE}</div>`;
    expect(isArticlePage(page(body, head), { url: 'https://blog.example.com/why-our-wool-runners-last-longer' })).toBe(true);
    expect(isArticlePage(page(body, head), { url: 'https://blog.example.com/' })).toBe(false);
  });
});

describe('page type: <article> items', () => {
  const url = 'https://example.com/guides/runners';
  const teaser = (n: number): string => `<article class="card"><a href="/guides/shoe-${n}"><h3>Shoe guide ${n}</h3></a></article>`;
  it('takes a story with related stories printed as <article> cards beside it for an article', () => {
    const story = `<main><article class="story"><h1>Why our wool runners last</h1><div class="content">${PROSE}</div></article><aside>${[1, 2, 3, 4, 5].map(teaser).join('')}</aside></main>`;
    expect(isArticlePage(page(story), { url })).toBe(true);
  });
  it('takes a thread whose every post body is an <article> for no article', () => {
    const post = (name: string): string => `<li class="message"><a href="/members/${name}">${name}</a><div class="messageContent"><article><blockquote>${`<p>${SENTENCE}</p>`.repeat(3)}</blockquote></article></div></li>`;
    const thread = `<h1>Do wool runners last?</h1><ol class="messageList">${['ann', 'bob', 'cy', 'dee', 'eve'].map(post).join('')}</ol>`;
    expect(isArticlePage(page(thread), { url })).toBe(false);
  });
});

describe('page type: versioned manuals', () => {
  const guide = `<h1>Quickstart</h1><div class="content">${PROSE}</div>`;
  it('takes a page under /en/stable/ or /latest/ for documentation, not an article', () => {
    expect(isArticlePage(page(guide), { url: 'https://example.com/en/guides/quickstart/' })).toBe(true);
    expect(isArticlePage(page(guide), { url: 'https://example.com/en/stable/quickstart/' })).toBe(false);
    expect(isArticlePage(page(guide), { url: 'https://example.io/latest/concepts/fields/' })).toBe(false);
  });
});

describe('page type: service words in the address', () => {
  // A course shop's page: prices and a cart button under the same prose.
  const shop = `<h1>Certificates</h1><div class="content">${PROSE}</div><p>$98.00</p><p>$120.00</p><p>Bundle $180.00</p><form action="/cart/add"><button>Add to cart</button></form>`;
  it('reads a short slug naming a service or course as a service page', () => {
    expect(isArticlePage(page(shop), { url: 'https://example.com/certificate-programs' })).toBe(false);
  });
  it('reads the same word in a slug of six or more words as a story topic', () => {
    expect(isArticlePage(page(shop), { url: 'https://example.com/whats-the-difference-between-a-certificate-and-a-certification' })).toBe(true);
  });
});
