/**
 * Choosing the content on small hand-made pages: one case per rule of blocks.ts, content.ts and
 * class-hints.ts that the corpus taught (malformed documents, hidden or deferred text, names
 * that mislead). Each page holds the story and a decoy; the story must win.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const STORY = 'The harbour reopened on Monday after a week of repairs, and the first ferries, delayed by fog, arrived before noon. ';
const DECOY = 'We use cookies to improve your experience, to measure traffic, and to show you offers that may interest you. ';
const paragraphs = (sentence: string, n: number): string => `<p>${sentence.repeat(2)}</p>`.repeat(n);
const URL = 'https://example.com/2024/05/06/harbour-reopens-after-repairs';

function text(html: string): string {
  return extractArticle(parseDocument(html), { url: URL })?.text ?? '';
}

describe('malformed and deferred documents', () => {
  it('reads a page whose markup starts with a stray script before <!DOCTYPE>', () => {
    const html = `<script>var x = 1;</script>\n<!DOCTYPE html><html><head><title>Harbour</title></head><body><h1>Harbour reopens</h1><div class="post">${paragraphs(STORY, 5)}</div></body></html>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('reads a page without a <body> tag (browsers open the body at its first element; linkedom leaves it in <head>)', () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour reopens</title><script>var x = 1;</script><div class="post"><h1>Harbour reopens</h1>${paragraphs(STORY, 5)}</div></html>`;
    const document = parseDocument(html);
    expect(document.body?.textContent ?? '').not.toContain('The harbour reopened');
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    // The head's own elements are still no text.
    expect(result).not.toContain('var x');
  });
  it('reads a story that follows </html> (browsers move it into the body)', () => {
    const teasers = Array.from({ length: 3 }, (_, n) => `<li><a href="/story-${n}">Another story ${n}</a><p>A teaser for story ${n}, with a comma, and more...</p></li>`).join('');
    const html = `<!DOCTYPE html><html><head><title>Harbour</title></head><body><header><ul>${teasers}</ul></header></body></html><div class="post"><h1>Harbour reopens</h1>${paragraphs(STORY, 5)}</div>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('reads the text of collapsed accordion and tab panels (by role or class name), not other hidden text', () => {
    const panel = (n: number, role: string) => `<h3><button aria-controls="p${n}">Step ${n}</button></h3><div id="p${n}" role="${role}" style="display:none"><p>Step ${n} of the repairs: the divers cleared the berth, and the engineers checked the piles, one by one.</p></div>`;
    const named = '<div class="faq__answer" style="display:none"><p>Step 3 of the repairs: the ferry company tested its ramps, twice, before the harbour reopened.</p></div>';
    const html = `<!DOCTYPE html><html><body><h1>Harbour reopens</h1><div class="post">${paragraphs(STORY, 3)}${panel(1, 'region')}${panel(2, 'tabpanel')}${named}<div style="display:none"><p>${DECOY}</p></div></div></body></html>`;
    const result = text(html);
    expect(result).toContain('Step 1 of the repairs');
    expect(result).toContain('Step 2 of the repairs');
    expect(result).toContain('Step 3 of the repairs');
    expect(result).not.toContain('cookies');
  });
  it('reads the <noscript> copy when the page shows no prose without scripts', () => {
    const html = `<!DOCTYPE html><html><body><div id="app-splash">Loading…</div><noscript><div class="topic"><h1>Harbour reopens</h1>${paragraphs(STORY, 5)}</div></noscript></body></html>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('does not read <noscript> when the page shows its story', () => {
    const html = `<!DOCTYPE html><html><body><h1>Harbour reopens</h1><div class="post">${paragraphs(STORY, 5)}</div><noscript><p>${DECOY.repeat(3)}</p></noscript></body></html>`;
    expect(text(html)).not.toContain('cookies');
  });
  it('reads a streamed React segment (hidden S:0) that a script moves into place', () => {
    const html = `<!DOCTYPE html><html><body><div class="intro">${paragraphs('Our port authority runs ferries, piers and a small museum, all open daily. ', 4)}</div><div hidden id="S:0"><article><h1>Harbour reopens</h1>${paragraphs(STORY, 5)}</article></div><div hidden id="menu">${paragraphs(DECOY, 1)}</div></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('cookies');
    // Segment ids count in hexadecimal.
    expect(text(html.replace('id="S:0"', 'id="S:1f"'))).toContain('The harbour reopened on Monday');
  });
});

describe('navigation and footer', () => {
  it('never takes the page footer or a mega-menu for the story, however much they say', () => {
    const disclaimer = '<p>This material is general information only, and it does not replace the advice of a qualified advisor, nor is it an offer. Products are offered, where allowed, by our licensed partners.</p>'.repeat(3);
    const menu = '<ul><li><figure><img src="https://example.com/m.jpg"><figcaption><p>Our scholars programme, now in its fifth year, will fund the tuition of twelve students, the dean said, from the autumn.</p></figcaption></figure></li></ul>'.repeat(3);
    const story = `<main><h1>Harbour reopens</h1><p>${STORY}</p><p>${STORY}</p></main>`;
    const withFooter = text(`<!DOCTYPE html><html><body>${story}<footer>${disclaimer}</footer></body></html>`);
    expect(withFooter).toContain('The harbour reopened on Monday');
    expect(withFooter).not.toContain('qualified advisor');
    const withMenu = text(`<!DOCTYPE html><html><body><nav>${menu}</nav>${story}</body></html>`);
    expect(withMenu).toContain('The harbour reopened on Monday');
    expect(withMenu).not.toContain('scholars programme');
  });
});

describe('names that mislead', () => {
  it('does not take a picture slider named for the article (slider-article-images) for the story, nor its credit for the writer', () => {
    // A short story without commas (few votes) in wrappers without names, deep under the page's article element.
    const plain = 'The harbour reopened on Monday after a week of repairs and the first ferries arrived before noon. ';
    const story = `<div id="box-1"><div><p>${plain.repeat(3)}</p></div></div>`;
    const links = ['Ferry timetable for the summer season', 'Harbour parking and bicycle racks', 'Pier museum opening hours'].map((title, n) => `<li><a href="/more-${n}">${title}</a></li>`).join('');
    const slider = `<div class="top-picture"><div class="slider-article-images"><div><img src="https://example.com/ferry.jpg"><div class="author">Photo: Harbour Images/Jan Smit</div></div></div><ul>${links}</ul></div>`;
    const html = `<!DOCTYPE html><html><body><article><h1>Harbour reopens after repairs</h1>${slider}<div class="wrap">${story}</div></article></body></html>`;
    const article = extractArticle(parseDocument(html), { url: URL });
    expect(article?.text).toContain('The harbour reopened on Monday');
    expect(article?.authors).not.toContain('Jan Smit');
  });
  it('takes a main column named for the sidebar beside it (has-sidebar)', () => {
    const html = `<!DOCTYPE html><html><body><div class="page-content-has-sidebar"><main><h1>Harbour reopens</h1>${paragraphs(STORY, 3)}</main><aside class="sidebar">${paragraphs(DECOY, 1)}</aside></div><footer>${paragraphs(DECOY, 5)}</footer></body></html>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('keeps nested furniture-named layout regions that hold the story (sidebar-layout > sidebar-content)', () => {
    const html = `<!DOCTYPE html><html><body><section class="hero"><p class="caption">${'A ferry in the fog, seen from the pier at dawn. '.repeat(2)}</p></section><article><div class="sidebar-layout"><div class="wrap"><div class="sidebar-content"><div><div>${paragraphs(STORY, 6)}</div></div></div></div></div></article></body></html>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('reads page-builder widgets (text widgets) as content', () => {
    const html = `<!DOCTYPE html><html><body><div class="title-bar__content"><h1>Harbour reopens</h1><p>Rated 4.9 out of 26048 reviews</p></div><div class="so-panel widget"><div class="panel-widget-style"><div class="so-widget-sow-editor"><div class="siteorigin-widget-tinymce textwidget">${paragraphs(STORY, 6)}</div></div></div></div></body></html>`;
    expect(text(html)).toContain('The harbour reopened on Monday');
  });
  it('drops a cookie banner or modal dialog even when it holds the longest prose', () => {
    const html = `<!DOCTYPE html><html><body><h1>Harbour reopens</h1><div class="post">${paragraphs(STORY, 2)}</div><div class="cookie-consent"><div class="overlay__modal"><div class="widget-content">${paragraphs(DECOY, 3)}</div></div></div></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('cookies');
  });
  it('drops a modal dialog (aria-modal) whatever its id says', () => {
    const legal = 'You agree that these terms govern your use of the service, and that any dispute is settled by arbitration. ';
    const html = `<!DOCTYPE html><html><body><main><h1>Harbour reopens</h1>${paragraphs(STORY, 2)}</main><div id="modal-terms-of-service" aria-modal="true" class="fixed inset-0"><div class="prose">${paragraphs(legal, 8)}</div></div></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('arbitration');
  });
  it('keeps a story whose sections all carry one furniture name (content-nav-section), with the sidebar left out', () => {
    const section = (n: number): string => `<div class="content-nav-section"><h2>Part ${n}</h2>${paragraphs(STORY, 2)}</div>`;
    const html = `<!DOCTYPE html><html><body><main><h1>Harbour reopens</h1>${[1, 2, 3, 4].map(section).join('')}</main><aside class="sidebar"><div class="widget">${paragraphs(DECOY, 1)}</div><div class="widget">${paragraphs(DECOY, 1)}</div></aside></body></html>`;
    const result = text(html);
    expect(result).toContain('Part 4');
    expect(result.match(/The harbour reopened on Monday/g)?.length).toBe(16);
    expect(result).not.toContain('cookies');
  });
  it('keeps ranked sections named rank-1, rank-2 … inside the story container', () => {
    const section = (n: number): string => `<section class="section-ranking-content rank-${n}"><div class="rank-content-wrap"><h2>${n}. Ferry line</h2>${paragraphs(STORY, 2)}</div></section>`;
    const html = `<!DOCTYPE html><html><body><main class="main-wrapper"><section class="hero"><h1>The best ferry lines</h1><p>${STORY}</p></section>${[1, 2, 3, 4, 5].map(section).join('')}</main></body></html>`;
    const result = text(html);
    expect(result).toContain('5. Ferry line');
    expect(result).toContain('1. Ferry line');
  });
  it('still drops a related list named so inside the story when the story outweighs it', () => {
    const html = `<!DOCTYPE html><html><body><article class="post"><h1>Harbour reopens</h1>${paragraphs(STORY, 6)}<div class="related-posts">${paragraphs(DECOY, 1)}</div></article></body></html>`;
    expect(text(html)).not.toContain('cookies');
  });
  it('joins chunks of the story that the page pasted as whole documents (stray <html><body> inside)', () => {
    const chunk = (n: number, size: number): string => `<div class="block"><html><body><div class="center"><div class="some-text"><div class="markdownable"><h2>Stop ${n}</h2>${paragraphs(STORY, size)}</div></div></div></body></html></div>`;
    const html = `<!DOCTYPE html><html><body><main><h1>Harbour reopens</h1><div class="article-content">${chunk(1, 2)}${chunk(2, 8)}${chunk(3, 3)}</div></main></body></html>`;
    const result = text(html);
    expect(result).toContain('Stop 1');
    expect(result).toContain('Stop 3');
  });
  it('joins the paragraphs beside a wrapper around the best container (wp-block-group > inner-container)', () => {
    const intro = '<p>Our guide to the reopened harbour starts here, with the piers, the ferries, and the new timetable for May.</p>';
    const outro = '<p>So there you have it, the harbour is open again after the long repairs, and the ferries, at last, run on time every single day.</p>';
    const html = `<!DOCTYPE html><html><body><article><h1>Harbour reopens</h1><div class="entry-content">${intro}<div class="wp-block-group"><div class="wp-block-group__inner-container">${paragraphs(STORY, 8)}</div></div>${outro}</div></article><aside class="sidebar">${paragraphs(DECOY, 1)}</aside></body></html>`;
    const result = text(html);
    expect(result).toContain('Our guide to the reopened harbour');
    expect(result).toContain('So there you have it');
    expect(result).not.toContain('cookies');
  });
  it('keeps a sentence that is half link, and drops a line of linked titles', () => {
    const linked = '<p>The suspect, <a href="/webb">Michael Webb, was convicted and sentenced to life</a> in federal prison on Thursday.</p>';
    const titles = '<p><a href="/a">Ferry fares rise in June</a> | <a href="/b">New pier opens</a> more</p>';
    const result = text(`<!DOCTYPE html><html><body><article><h1>Harbour reopens</h1><div class="article-text">${paragraphs(STORY, 3)}${linked}${titles}${paragraphs(STORY, 3)}</div></article></body></html>`);
    expect(result).toContain('The suspect, Michael Webb');
    expect(result).not.toContain('Ferry fares rise');
  });
  it('ignores ids made from headings and utility classes when reading names', () => {
    // `menu-…` in a heading anchor and `md:[grid-area:sidebar]` are no furniture.
    const html = `<!DOCTYPE html><html><body><h1>Harbour reopens</h1><article class="grid md:[grid-template-areas:'sidebar_main']"><div class="rich-text">${paragraphs(STORY, 4)}</div><div id="menu-changes-for-summer-ferries" class="section"><div class="rich-text"><h2>Menu changes for summer ferries</h2>${paragraphs('Summer ferries will serve hot meals again, the operator said, and prices stay the same. ', 2)}</div></div></article></body></html>`;
    expect(text(html)).toContain('Summer ferries will serve hot meals again');
  });
});

describe('pages without prose', () => {
  const teaser = (n: number): string => `<li><a href="/item-${n}"><h3>Wool runner model ${n}</h3></a><span>$${90 + n}.00</span></li>`;
  const listing = `<header><nav><a href="/">Home</a><a href="/shop">Shop</a></nav></header><main><h1>Men's shoes</h1><ul class="grid">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(teaser).join('')}</ul></main><footer><p>${'Free returns within thirty days, always. '.repeat(2)}</p></footer>`;
  it('takes the main region of a listing that has no prose at all', () => {
    const result = text(`<!DOCTYPE html><html><body>${listing}</body></html>`);
    expect(result).toContain('Wool runner model 7');
    expect(result).not.toContain('Free returns');
  });
  const card = (n: number): string => `<div class="card"><a href="/story-${n}"><h2>Ferry line ${n} changes its timetable</h2><p>From June, boats on line ${n} leave every twenty minutes, and the last one sails at midnight.</p></a></div>`;
  it('takes the one list of a page without a landmark', () => {
    const html = `<!DOCTYPE html><html><body><div id="app"><div class="top"><a href="/">Home</a> <a href="/news">News</a></div><section class="listing"><h1>Ferry news</h1><div class="cards">${[1, 2, 3, 4, 5, 6].map(card).join('')}</div></section><div class="bottom"><p>${'Free returns within thirty days, always. '.repeat(2)}</p></div></div></body></html>`;
    const result = text(html);
    expect(result).toContain('boats on line 5 leave every twenty minutes');
    expect(result).not.toContain('Free returns');
  });
  it('takes the look-alike sections of a landing page without a landmark', () => {
    const section = (name: string): string => `<section class="section-padding ${name}-section"><h2>Our ${name} services</h2><ul>${[1, 2, 3, 4].map((n) => `<li>${name} consulting package ${n} for harbour operators</li>`).join('')}</ul></section>`;
    const html = `<!DOCTYPE html><html><body><header><a href="/">Home</a></header>${['pilotage', 'towing', 'mooring', 'dredging'].map(section).join('')}<footer><p>${'Free returns within thirty days, always. '.repeat(2)}</p></footer></body></html>`;
    const result = text(html);
    expect(result).toContain('mooring consulting package 3');
    expect(result).not.toContain('Free returns');
  });
  it('takes no list from a page of several different lists without a landmark (a portal home page)', () => {
    const column = (name: string): string => `<div class="col-${name}">${[1, 2, 3, 4, 5, 6].map((n) => `<p><a href="/${name}/${n}">${name} headline number ${n} of the day</a></p>`).join('')}</div>`;
    const html = `<!DOCTYPE html><html><body><div class="page">${column('news')}${column('sports')}${column('video')}</div></body></html>`;
    expect(text(html)).not.toContain('sports headline number 4');
  });
  it('takes the whole main region when the story is a small part of it (a course page)', () => {
    const week = (n: number): string => `<tr><td>Week ${n}</td><td>Tide tables part ${n}</td><td><a href="/notes-${n}.pdf">notes</a></td></tr>`;
    const html = `<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><main><h1>Harbour studies</h1><div class="about">${paragraphs(STORY, 2)}</div><div class="schedule"><h2>Schedule</h2><table>${Array.from({ length: 30 }, (_, i) => week(i + 1)).join('')}</table></div></main></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).toContain('Tide tables part 17');
  });
  it('keeps the story when the rest of the main region is other stories (related posts)', () => {
    const other = (n: number): string => `<article class="postbox"><h3><a href="/quote-${n}">Quote ${n}</a></h3><p>${`Quote ${n}: a calm sea never made a skilled sailor, and every storm, however long, ends at last in a quiet harbour. `.repeat(3)}</p></article>`;
    const html = `<!DOCTYPE html><html><body><main><article class="articlebox"><h1>Harbour reopens</h1>${paragraphs(STORY, 3)}</article>${[1, 2, 3, 4, 5, 6, 7].map(other).join('')}</main></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('Quote 4');
  });
  it('reads topic classes of a CMS item (product_tag-…, category-…) as topics, not furniture', () => {
    const product = (n: number): string => `<li class="product type-product post-${n} product_tag-reusable-cups category-cups"><a href="/cup-${n}"><h2>Travel cup ${n}</h2></a><div class="spec">Double-walled steel, 350 ml</div><div class="price">$${20 + n}.95</div></li>`;
    const html = `<!DOCTYPE html><html><body><div class="site-header"><a href="/">Home</a></div><div class="page-content"><h1>Cups</h1><ul class="products">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map(product).join('')}</ul></div></body></html>`;
    expect(text(html)).toContain('Travel cup 5');
  });
  it('keeps a short story of two paragraphs rather than the region around it', () => {
    const short = `<main><h1>Harbour reopens</h1><div class="story"><p>${STORY}</p><p>${STORY}</p></div><ul class="more">${[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(teaser).join('')}</ul></main>`;
    const result = text(`<!DOCTYPE html><html><body>${short}</body></html>`);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('Wool runner model 7');
  });
});

describe('runs of teaser cards', () => {
  const EXCERPT = 'The old lighthouse keeper kept a diary of every storm, every ship, and every visitor, and the town council finally printed it this spring for the first time, with notes by …';
  const card = (n: number, body: string): string => `<article class="postbox post-${n}"><a href="/story-${n}"><img src="/s${n}.jpg" alt=""></a><p>${body}</p></article>`;
  it('does not let excerpts cut short outvote a short story beside them', () => {
    const cards = [1, 2, 3, 4, 5, 6].map((n) => card(n, EXCERPT)).join('');
    const html = `<!DOCTYPE html><html><body><div id="primary"><article class="articlebox"><h1>Harbour reopens</h1><p>${STORY.repeat(6)}</p></article><article class="postbox"><h3>You might like</h3>${cards}</article></div></body></html>`;
    const result = text(html);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('lighthouse keeper');
  });
  it('keeps posts of a thread that run alike but are not cut short', () => {
    const post = (n: number): string => `<article class="message"><a href="/members/user-${n}">user${n}</a><p>${STORY.repeat(2)} Reply ${n}, I agree with that.</p></article>`;
    const html = `<!DOCTYPE html><html><body><div class="thread"><h1>Harbour reopens</h1>${[1, 2, 3, 4].map(post).join('')}</div></body></html>`;
    expect(text(html)).toContain('Reply 3, I agree');
  });
  it('keeps a listing made only of teasers', () => {
    const cards = [1, 2, 3, 4, 5, 6].map((n) => card(n, EXCERPT.replace('lighthouse', `lighthouse ${n}`))).join('');
    const html = `<!DOCTYPE html><html><body><main><h1>Stories</h1><div class="list">${cards}</div></main></body></html>`;
    expect(text(html)).toContain('lighthouse 4 keeper');
  });
});
