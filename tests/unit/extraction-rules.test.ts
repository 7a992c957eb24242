/**
 * The general rules the corpus taught, each on a small page of its own: what a Chinese
 * portal, a self-media page or an English news page does, and what the extractor makes of it.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle, isArticlePage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const ZH = '今天，市政府召开常务会议，研究部署下一阶段重点工作，会议强调要坚持问题导向，狠抓工作落实，确保各项任务按期完成。';
const EN = 'The council met on Tuesday to discuss the budget, and members agreed, after a long debate, to fund the new library. ';

function page(body: string, head = ''): Document {
  return parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>标题_新闻网</title>${head}</head><body>${body}</body></html>`);
}

function extract(body: string, head = '', url = 'https://news.example.cn/2020-01/02/content_1234567.htm') {
  const article = extractArticle(page(body, head), { url });
  expect(article).not.toBeNull();
  return article!;
}

describe('Chinese portal pages', () => {
  it('ends the story at 责任编辑 and keeps the next story out', () => {
    const article = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="content">
      <p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>责任编辑：张三</p>
      <p>另一条新闻：某地举行运动会，数千名市民参加了比赛，现场气氛热烈，活动取得圆满成功。</p></div>`);
    expect(article.editors).toEqual(['张三']);
    expect(article.text).not.toContain('另一条新闻');
    expect(article.flags).toContain('trailer-removed');
  });

  it('lifts a closing bracketed name as the reporter and a note as nothing', () => {
    const named = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="content"><p>${ZH}</p><p>${ZH}（张巨峰）</p></div>`);
    expect(named.authors).toEqual(['张巨峰']);
    expect(named.text.endsWith('按期完成。')).toBe(true);
    const note = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="content"><p>${ZH}</p><p>${ZH}</p><p>（原题为《会议部署重点工作》）</p></div>`);
    expect(note.text).not.toContain('原题');
  });

  it('dates a government document by the day it was signed (成文日期), not the day it was posted', () => {
    const table = '<table><tr><td>成文日期：</td><td>2022年01月27日</td></tr><tr><td>发布日期：</td><td>2022年01月28日</td></tr></table>';
    const signed = extract(`${table}<h1>市政府召开常务会议部署重点工作</h1><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(signed.publishedAt).toBe('2022-01-27');
    const posted = extract(`<h1>市政府召开常务会议部署重点工作</h1><p>发布日期：2022年01月28日</p><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(posted.publishedAt).toBe('2022-01-28');
  });

  it('dates an undated reprint by the periodical issue its closing credit names, to the month', () => {
    const reprint = (credit: string) => extract(`<h1>犬儒病</h1><div class="content"><p>${ZH}</p><p>${ZH}</p><p>${credit}</p></div>`, '', 'https://blog.example.cn/?p=1');
    expect(reprint('——《北京之春》1998年3月号').publishedAt).toBe('1998-03');
    expect(reprint('（原载《读书》2003年5月8日）').publishedAt).toBe('2003-05-08');
    // An issue number is not a month, and a dated page keeps its own day.
    expect(reprint('（原载《读书》2003年第5期）').publishedAt).toBeUndefined();
    const dated = extract(`<h1>犬儒病</h1><p>2005-03-06 16:17</p><div class="content"><p>${ZH}</p><p>${ZH}</p><p>——《北京之春》1998年3月号</p></div>`, '', 'https://blog.example.cn/?p=1');
    expect(dated.publishedAt).toBe('2005-03-06T16:17:00+08:00');
  });

  it('reads "name date" and "date outlet" info lines', () => {
    const selfMedia = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="sub">原创 华夏人文 2020-03-09 18:14:21</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(selfMedia.authors).toEqual(['华夏人文']);
    expect(selfMedia.publishedAt).toBe('2020-03-09T18:14:21+08:00');
    const portal = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="date-source">2019年09月07日 04:04 北京日报</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(portal.source).toBe('北京日报');
    expect(portal.publishedAt).toBe('2019-09-07T04:04:00+08:00');
    const slash = extract(`<h1>市政府召开常务会议部署重点工作</h1><p>石佳/中国青年报</p><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(slash.authors).toEqual(['石佳']);
    expect(slash.source).toBe('中国青年报');
  });

  it('names the outlet without its brackets, and no outlet for a reprint note', () => {
    const sourced = (line: string) => extract(`<h1>市政府召开常务会议部署重点工作</h1><p>2004年7月16日08:19 ${line}</p><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`).source;
    expect(sourced('来源：[ 国际金融报 ]')).toBe('国际金融报');
    expect(sourced('来源：《人民日报》')).toBe('人民日报');
    expect(sourced('来源：转载文章')).toBeUndefined();
    expect(sourced('来源：网络')).toBeUndefined();
  });

  it('drops photo captions and original-title lines from the text', () => {
    const article = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="content"><p>原标题：会议部署重点工作</p>
      <p><img src="https://img.example.cn/1.jpg"></p><p>图为会议现场。（李四摄）</p><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.text.startsWith('今天')).toBe(true);
    expect(article.text).not.toContain('图为');
  });

  it('does not take a comment thread for the article', () => {
    const comments = Array.from({ length: 12 }, (_, i) => `<li class="c-item"><div class="c-content"><p>网友评论第${i}条，说得很好，支持，希望多报道。</p></div></li>`).join('');
    const article = extract(`<h1>市政府召开常务会议部署重点工作</h1><div class="abstract">${ZH}</div><div id="comment"><ul>${comments}</ul></div>`);
    expect(article.text).toContain('今天');
    expect(article.text).not.toContain('网友评论');
  });
});

describe('English news pages', () => {
  it('joins an article split into chunks around an ad', () => {
    const chunk = (n: number) => `<div class="grid"><div class="body body__container">${`<p>${EN}Chunk ${n}.</p>`.repeat(3)}</div><aside class="sidebar-item">Ad</aside></div>`;
    const article = extract(`<article><h1>Council funds the new library after debate</h1><div class="chunks">${chunk(1)}<div class="ad">Advertisement</div>${chunk(2)}</div></article>`, '', 'https://news.example.com/2019/11/19/council-funds-new-library-after-debate');
    expect(article.text).toContain('Chunk 1.');
    expect(article.text).toContain('Chunk 2.');
    expect(article.text).not.toContain('Advertisement');
  });

  it('gathers paragraphs that a page builder wrapped one by one', () => {
    const widget = (n: number) => `<div class="widget"><div class="widget-wrap"><div class="widget-container"><p>${EN}Part ${n}.</p></div></div></div>`;
    // One long quote block would win alone; the paragraphs around it hold most of the prose.
    const article = extract(`<h1>Council funds the new library after debate</h1><div class="page">${[1, 2, 3].map(widget).join('')}
      <div class="testimonial"><div class="quote">${EN}${EN}${EN}</div></div>${[4, 5, 6].map(widget).join('')}</div>`, '', 'https://news.example.com/2019/11/19/council-funds-new-library-after-debate');
    for (const n of [1, 2, 3, 4, 5, 6]) expect(article.text).toContain(`Part ${n}.`);
  });

  it('skips an inline "Most read" widget but keeps the story after it', () => {
    const article = extract(`<article><h1>Council funds the new library after debate</h1><div class="body">
      <p>${EN}First.</p><p>${EN}Second.</p><h3>Most read in world news</h3><p><a href="/a">Teaser one</a></p><p><a href="/b">Teaser two</a></p>
      <p>${EN}Third.</p><p>${EN}Fourth.</p></div></article>`, '', 'https://news.example.com/2019/11/19/council-funds-new-library-after-debate');
    expect(article.text).toContain('Fourth.');
    expect(article.text).not.toContain('Teaser');
  });

  it('keeps the headline of the sole h1 and lifts "Published …" lines', () => {
    const article = extract(`<h1>Council funds the new library</h1><p>Published Nov 18, 2019 at 4:07 PM</p><div class="body"><p>${EN}</p><p>${EN}</p><p>${EN}</p></div>`,
      '<meta property="og:title" content="Library funding approved | City News">', 'https://news.example.com/story/council-funds-the-new-library');
    expect(article.title).toBe('Council funds the new library');
    expect(article.publishedAt).toBe('2019-11-18');
    expect(article.text).not.toContain('Published');
  });

  it('spaces the phrases of a headline that sit in elements of their own, but not the parts of a word', () => {
    const headline = (h1: string) => extract(`<h1>${h1}</h1><div class="body"><p>${EN}</p><p>${EN}</p><p>${EN}</p></div>`, '', 'https://news.example.com/story/council-funds-the-new-library').title;
    // Two phrases that a style sheet sets each on a line, a hidden separator between them.
    expect(headline('<span class="head-a">Budget and reading rooms</span><span aria-hidden="true" style="display:none"> – </span><span>Council funds the new library</span>'))
      .toBe('Budget and reading rooms Council funds the new library');
    expect(headline('Council funds the new library<span class="head-b">Reading rooms open next spring</span>')).toBe('Council funds the new library Reading rooms open next spring');
    // A word styled in parts, or a phrase that continues in lowercase, stays as written.
    expect(headline('New Mac<span>Book</span> for the town library')).toBe('New MacBook for the town library');
    expect(headline('Council funds the new<em>library</em> today')).toBe('Council funds the newlibrary today');
  });

  it('leaves out text set for screen readers only', () => {
    const story = (h1: string) => extract(`<h1>${h1}</h1><div class="body"><p>${EN}</p><p>${EN}</p><p>${EN}</p></div>`, '', 'https://news.example.com/story/council-funds-the-new-library');
    for (const hiding of ['element-invisible', 'visually-hidden', 'sr-only', 'screen-reader-text', 'visuallyhidden']) {
      expect(story(`Council funds the new library<span class="${hiding}"> | Town Gazette</span>`).title).toBe('Council funds the new library');
    }
  });

  it('takes the kicker and the dek set inside the headline for the subtitle', () => {
    const story = (h1: string) => extract(`<h1>${h1}</h1><div class="body"><p>${EN}</p><p>${EN}</p><p>${EN}</p></div>`, '', 'https://news.example.com/story/council-funds-the-new-library');
    const kicker = story('<span class="article-overline">Budget</span><span class="colon">:</span> <span class="article-headline">Council funds the new library</span>');
    expect(kicker.title).toBe('Council funds the new library');
    expect(kicker.subtitle).toBe('Budget');
    const dek = story('Council funds the new library <small>Reading rooms open next spring</small>');
    expect(dek.title).toBe('Council funds the new library');
    expect(dek.subtitle).toBe('Reading rooms open next spring');
    expect(dek.text).not.toContain('Reading rooms');
    // A date or a byline set so is cut from the title, and is no subtitle either.
    for (const small of ['March 3, 2019', 'by Jane Doe']) {
      const info = story(`Council funds the new library <small>${small}</small>`);
      expect(info.title).toBe('Council funds the new library');
      expect(info.subtitle).toBeUndefined();
    }
    // A heading that is all one secondary element, or would leave too little, stays whole.
    expect(story('<span class="subtitle">Council funds the new library</span>').title).toBe('Council funds the new library');
    expect(story('Yes <small>Council funds the new library</small>').title).toBe('Yes Council funds the new library');
  });
});

describe('ruby annotations', () => {
  it('reads the text without the readings printed above it', () => {
    const line = '<ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもへの<ruby>体罰<rt>たいばつ</rt></ruby>を<ruby>禁止<rt>きんし</rt></ruby>する<ruby>法律<rt>ほうりつ</rt></ruby>ができました。';
    const article = extract(`<h1>${line}</h1><div class="body"><p>${line}${line}</p><p>${line}${line}</p></div>`, '<meta property="og:title" content="子どもへの体罰を禁止する法律ができました。">');
    expect(article.title).toBe('子どもへの体罰を禁止する法律ができました。');
    expect(article.text).toContain('子どもへの体罰を禁止する法律ができました。');
    expect(article.text).not.toContain('たいばつ');
  });
});

describe('page type', () => {
  const body = `<h1>Council funds the new library after debate</h1><div class="body">${`<p>${EN}</p>`.repeat(12)}</div>`;
  it('takes a dated story with a slug for an article', () => {
    expect(isArticlePage(page(body, '<meta property="og:type" content="article">'), { url: 'https://news.example.com/2019/11/19/council-funds-new-library-after-debate' })).toBe(true);
  });
  it('does not take documentation, shop or home pages for articles', () => {
    expect(isArticlePage(page(body), { url: 'https://example.com/docs/getting-started' })).toBe(false);
    expect(isArticlePage(page(body), { url: 'https://shop.example.com/products/library-card' })).toBe(false);
    expect(isArticlePage(page(body), { url: 'https://example.com/' })).toBe(false);
  });
});
