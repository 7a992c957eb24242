/**
 * Cleaning the chosen body on small hand-made pages: captions named by class, gallery
 * controls, teaser cards that share the story's utility class, `※` reader notes.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const STORY = 'The harbour reopened on Monday after a week of repairs, and the first ferries, delayed by fog, arrived before noon. ';
const paragraphs = (sentence: string, n: number): string => `<p>${sentence.repeat(2)}</p>`.repeat(n);
const URL = 'https://example.com/2024/05/06/harbour-reopens-after-repairs';

function text(body: string): string {
  const html = `<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body>${body}</body></html>`;
  return extractArticle(parseDocument(html), { url: URL })?.text ?? '';
}

describe('captions outside <figcaption>', () => {
  it('drops captions and credits named by class, and gallery buttons', () => {
    const gallery = '<ul class="gallery"><li><img src="https://example.com/a.jpg"><div class="caption"><div class="caption-full">A ferry leaves the pier in the fog, Monday, May 6, 2024.</div><span class="credit">Photo: Ann Lee</span></div><div>Caption</div><div>Close</div><div>1 of 6</div></li></ul>';
    const photo = '<div class="photo"><img src="https://example.com/b.jpg">The pier after the repairs (Image: GETTY )</div>';
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 3)}${photo}${paragraphs(STORY, 2)}${gallery}</div>`);
    expect(result).toContain('The harbour reopened on Monday');
    for (const furniture of ['A ferry leaves the pier', 'Photo: Ann Lee', 'GETTY', 'Caption', 'Close', '1 of 6']) expect(result).not.toContain(furniture);
  });
  it('drops captions named in camel case (imageEmbedCaption), not classes that merely contain the word', () => {
    const embed = '<div class="InlineImage-wrapper"><img src="https://example.com/c.jpg"><div class="InlineImage-imageEmbedCaption">The mayor, centre, opens the new pier, Monday, May 6, 2024, before the first ferry arrives.</div></div>';
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 3)}${embed}<p class="storyCaptionless">The pier cost four million, and it took a year to build.</p>${paragraphs(STORY, 2)}</div>`);
    expect(result).not.toContain('The mayor, centre');
    expect(result).toContain('The pier cost four million');
  });
  it('drops a caption set in an inline element named so (<span class="caption">), not a paragraph with such a span inside', () => {
    const cover = '<div class="cover-media"><img src="https://example.com/d.jpg"><span class="caption">The new pier at dawn, before the first ferry. (AP)</span></div>';
    const inline = '<p>The ferry company, <span class="credit-line">its spokesman said</span>, will add two sailings a day from June.</p>';
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${cover}${paragraphs(STORY, 3)}${inline}${paragraphs(STORY, 2)}</div>`);
    expect(result).not.toContain('The new pier at dawn');
    expect(result.startsWith('The harbour reopened')).toBe(true);
    expect(result).toContain('will add two sailings a day');
  });
  it('drops the plain paragraph that captions a picture in a <figure>, and keeps a quote set in one', () => {
    const picture = '<figure><img src="https://example.com/e.jpg"><p>Image caption, people cool off by the fountain.</p></figure>';
    const quote = '<figure><blockquote><p>The new pier has changed how we work, and the ferries now leave on time every single morning.</p></blockquote><figcaption>Ann Lee, ferry captain</figcaption></figure>';
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${picture}${paragraphs(STORY, 3)}${quote}${paragraphs(STORY, 2)}</div>`);
    expect(result).not.toContain('Image caption');
    expect(result).toContain('The new pier has changed how we work');
  });
  it('keeps a gallery whose only text is its captions', () => {
    const slides = [1, 2, 3].map((n) => `<div class="slide"><img src="https://example.com/${n}.jpg"><p class="caption">Slide ${n}: the harbour seen from the lighthouse, at dawn, in the fog, before the ferries.</p></div>`).join('');
    expect(text(`<h1>Harbour in pictures</h1><div class="gallery-body">${slides}</div>`)).toContain('Slide 2: the harbour');
  });
});

describe('teaser cards', () => {
  it('does not join teaser cards that share the story container class', () => {
    const card = (n: number): string => `<div class="text-left"><h3><a href="/story-${n}">Another story number ${n}</a></h3><p>A short teaser for story ${n}, with a comma, and a full stop.</p></div>`;
    const result = text(`<h1>Harbour reopens</h1><div class="wrap"><div class="text-left">${paragraphs(STORY, 6)}</div><div class="more">${[1, 2, 3].map(card).join('')}</div></div>`);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('A short teaser');
  });
});

describe('reader notes', () => {
  it('drops a ※ note above the story', () => {
    const result = text(`<h1>港が再開</h1><div class="article"><p>※下に線があることばは辞書の説明を見ることができます。</p><p>港は月曜日に再開しました。修理は一週間かかりましたが、最初のフェリーは霧の中、昼前に着きました。</p><p>町の人たちはとても喜んでいます。観光客も少しずつ戻ってきています。</p></div>`);
    expect(result).toContain('港は月曜日に再開しました');
    expect(result).not.toContain('辞書の説明');
  });
});

describe('bylines above the story', () => {
  it('drops a "By … | date" line between the headline and the first paragraph', () => {
    const result = text(`<div class="post"><h1>Harbour reopens</h1><p class="meta">By Ann Lee | May 6, 2024</p>${paragraphs(STORY, 4)}</div>`);
    expect(result).toContain('The harbour reopened on Monday');
    expect(result).not.toContain('Ann Lee');
  });
  it('drops a dated info line that is no sentence, and keeps a dated first sentence', () => {
    const info = '<p>05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde</p>';
    const lead = '<p>On May 6, 2024 the harbour reopened, and the ferries were running again.</p>';
    const result = text(`<div class="post"><h1>Harbour reopens</h1>${info}${lead}${paragraphs(STORY, 4)}</div>`);
    expect(result).not.toContain('Publicado por');
    expect(result).toContain('On May 6, 2024 the harbour reopened');
  });
  it('keeps a first paragraph that starts with "By" and reads as a sentence', () => {
    const lead = 'By noon on Monday the harbour had reopened, and the ferries were running again.';
    expect(text(`<div class="post"><h1>Harbour reopens</h1><p>${lead}</p>${paragraphs(STORY, 4)}</div>`)).toContain('By noon on Monday');
  });
});

describe('the headline repeated inside the story', () => {
  it('keeps the paragraphs before a heading that repeats the headline', () => {
    const intro = '<p>Our guide starts with the intro, which explains why the ferries matter so much to the island, and what changed this spring.</p><p>Then it lists what you will learn from it, with the numbers, the dates and the names of all the piers that reopened.</p>';
    const result = text(`<div class="post">${intro}<h2>Harbour reopens</h2>${paragraphs(STORY, 6)}</div>`);
    expect(result).toContain('Our guide starts with the intro');
    expect(result).toContain('The harbour reopened on Monday');
  });
});

describe('repeated copies', () => {
  const lines = ['The harbour reopened on Monday after a week of repairs to the old stone pier.', 'The first ferries, delayed by fog, arrived before noon with about forty passengers.', 'Shops along the quay opened early, and the fish market sold out by ten o’clock.', 'The mayor thanked the divers who had worked through the night to clear the channel.'];
  const story = lines.map((line) => `<p>${line}</p>`).join('');
  it('drops a second copy of the story (a mobile layout printed after the desktop one)', () => {
    const result = text(`<h1>Harbour reopens</h1><div class="post"><div class="desktop">${story}</div><div class="mobile">${story}</div></div>`);
    expect(result.split('The mayor thanked the divers').length - 1).toBe(1);
  });
  it('keeps a single line that the story repeats on purpose', () => {
    const refrain = '<p>“Open the harbour,” the crowd sang, again and again, as the ferries came in.</p>';
    const result = text(`<h1>Harbour reopens</h1><div class="post">${refrain}${story}${refrain}</div>`);
    expect(result.split('the crowd sang').length - 1).toBe(2);
  });
});

describe('widgets that load', () => {
  it('drops a like button\'s placeholder, an expand control and a related-reading heading left at the end, in any language', () => {
    for (const placeholder of ['Like Loading...', 'Gefällt mir Wird geladen…', 'Loading...', '展开全部']) {
      const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 4)}<div class="likes">${placeholder}</div></div>`);
      expect(result).toContain('The harbour reopened on Monday');
      expect(result).not.toContain(placeholder);
    }
    for (const heading of ['Mehr zum Thema', 'Das könnte Sie auch interessieren', 'Topics']) {
      const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 4)}<h3>${heading}</h3></div>`);
      expect(result).not.toContain(heading);
    }
    // A sentence that mentions loading stays.
    const sentence = '<p>Loading the first ferry took an hour, and the crew worked through the fog to finish it.</p>';
    expect(text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 4)}${sentence}</div>`)).toContain('Loading the first ferry');
  });
});

describe('the box about the writer', () => {
  it('drops a writer box below the story, named about-author or author_detail_box', () => {
    for (const name of ['about-author', 'author_detail_box', 'cs-entry__author-info', 'authorBio']) {
      const box = `<div class="${name}"><img src="https://example.com/ann.jpg"><p>Ann Lee is a travel writer, editor and photographer, and she has covered harbours, ferries and coastal towns for ten years.</p></div>`;
      const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 4)}${box}</div>`);
      expect(result).toContain('The harbour reopened on Monday');
      expect(result).not.toContain('Ann Lee is a travel writer');
    }
  });
});

describe('the standfirst under the headline', () => {
  const article = (body: string) => extractArticle(parseDocument(`<!DOCTYPE html><html><head><title>Harbour reopens</title></head><body><h1>Harbour reopens</h1>${body}</body></html>`), { url: URL });
  it('takes a paragraph named dek as the subtitle', () => {
    const result = article(`<div class="article-body"><p class="dek">The town's ferries are running again after a week of repairs.</p>${paragraphs(STORY, 4)}</div>`);
    expect(result?.subtitle).toBe("The town's ferries are running again after a week of repairs.");
  });
  it('keeps the first paragraph of a body field of type text-with-summary', () => {
    const result = article(`<div class="field field--name-body field--type-text-with-summary"><div class="field__item"><p>Ferries run again from today, the council said, after a week of repairs.</p>${paragraphs(STORY, 4)}</div></div>`);
    expect(result?.subtitle).toBeUndefined();
    expect(result?.text.startsWith('Ferries run again from today')).toBe(true);
  });
  it('gives no subtitle for a price, a label that introduces what follows, or page links', () => {
    for (const line of ['$ 335.00', 'Summarize this article with:', '第1页/共1页 << 上一页 | 下一页 >>']) {
      expect(article(`<div class="article-body"><p class="summary">${line}</p>${paragraphs(STORY, 4)}</div>`)?.subtitle).toBeUndefined();
    }
  });
  it('keeps the heading of a summary box in the body', () => {
    const result = article(`<div class="article-body"><div class="summary"><h2>Key takeaways</h2><ul><li>Ferries run again, from today.</li></ul></div>${paragraphs(STORY, 4)}</div>`);
    expect(result?.subtitle).toBeUndefined();
    expect(result?.text.startsWith('Key takeaways')).toBe(true);
  });
});

describe('a trailer heading near the end', () => {
  const links = '<div class="links"><a href="/a">Ferries: five tips for winter crossings</a><a href="/b">Why harbours silt up</a></div>';
  const ending = '<p>The council will review the harbour again in the spring, and the ferries will keep their winter timetable until then.</p>';
  it('cuts the rest when it opens the tail', () => {
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 5)}<h3>Related articles</h3>${links}<p>Another story, about the airport, reopened after its repairs, the council said today.</p></div>`);
    expect(result).not.toContain('about the airport');
  });
  it('skips only its box when the story goes on after it in the same container', () => {
    const result = text(`<h1>Harbour reopens</h1><div class="article-body">${paragraphs(STORY, 5)}<div class="callout"><div class="title">Related articles</div>${links}</div>${ending}</div>`);
    expect(result).toContain('The council will review the harbour');
    expect(result).not.toContain('five tips for winter');
  });
});
