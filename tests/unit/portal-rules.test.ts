/**
 * Rules that the synthetic portal pages (tests/portal-pages) taught, each on a small page or line:
 * a year printed apart from the month and day, publish times in app-state scripts, credit lines
 * of roles without colons, labels glued to the previous value, staff codes and affiliations after
 * names, platform statements and app promotions, and end markers between dashes.
 */
import { describe, expect, it } from 'vitest';
import { trailerKind } from '../../shared/clean/trailers';
import { findDateInText } from '../../shared/extract/dates';
import { readLabelLine } from '../../shared/extract/labels';
import { readMetadata } from '../../shared/extract/metadata';
import { extractArticle, isArticlePage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const ZH = '今天，市政府召开常务会议，研究部署下一阶段重点工作，会议强调要坚持问题导向，狠抓工作落实，确保各项任务按期完成。';
const extract = (content: string, head = '') =>
  extractArticle(
    parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>市政府召开常务会议部署重点工作</title>${head}</head><body><h1>市政府召开常务会议部署重点工作</h1>${content}</body></html>`),
    { url: 'https://news.example.cn/news/content_1.htm' },
  )!;

describe('dates printed in pieces', () => {
  it('reads a year set apart from a slashed month and day, with the time', () => {
    expect(findDateInText('2024 03/15 10:32:15')).toMatchObject({ value: { year: 2024, month: 3, day: 15, hour: 10, minute: 32, second: 15 } });
    const article = extract(`<div class="time"><span class="year"><em>2024</em></span> <span class="day"><em>03</em>/<em>15</em></span> <span>10:32</span></div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.publishedAt).toBe('2024-03-15T10:32:00+08:00');
  });
  it('takes no year and fraction for such a date', () => {
    expect(findDateInText('共有 2024 1/2 的份额')).toBeNull();
    expect(findDateInText('版本 2024/10 3/4')).toBeNull();
  });
  it('reads publish times that an app-state script or a WeChat-style page writes', () => {
    const document = parseDocument('<html><head><script>window.DATA = {"pubtime":"2024-03-23 08:05:12"};</script><script>var publish_time = "2024-05-05" || "";</script></head><body></body></html>');
    expect(readMetadata(document).scriptPublished()).toEqual(['2024-03-23 08:05:12', '2024-05-05']);
  });
});

describe('credit lines without colons', () => {
  it('splits a run of roles into writers and editors and keeps no other staff', () => {
    expect(readLabelLine('新京报记者 吴婷婷 编辑 樊一婧 校对 赵琳')).toMatchObject({ pure: true, hits: { authors: ['吴婷婷'], editors: ['樊一婧'] } });
    expect(readLabelLine('本报记者　沈晶晶　通讯员　徐静')).toMatchObject({ pure: true, hits: { authors: ['沈晶晶', '徐静'] } });
    expect(readLabelLine('责编 王芳 李强')).toMatchObject({ pure: true, hits: { editors: ['王芳', '李强'] } });
  });
  it('drops a proof reader\'s closing line, but not a short phrase that starts with such a word', () => {
    expect(readLabelLine('校对 陶善工')).toMatchObject({ pure: true, found: false });
    expect(readLabelLine('摄影 作品')).toBeNull();
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>校对 陶善工</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
  });
  it('reads roles that carry their outlet, followed by a bar', () => {
    expect(readLabelLine('界面新闻记者 | 周庭')).toMatchObject({ pure: true, hits: { authors: ['周庭'] } });
    expect(readLabelLine('每经记者 李星 每经编辑 张益铭')).toMatchObject({ pure: true, hits: { authors: ['李星'], editors: ['张益铭'] } });
  });
  it('reads no credit when a role names nobody', () => {
    expect(readLabelLine('记者 编辑 张三')?.hits.editors ?? []).toEqual([]);
  });
});

describe('names and labels', () => {
  it('reads a counter label glued to the previous value, as the block reader joins Han lines', () => {
    expect(readLabelLine('发布日期：2024-03-27 09:30 信息来源：市住房和城乡建设局浏览次数：258')).toMatchObject({ pure: true, hits: { source: '市住房和城乡建设局' } });
    // Two-character date words glued to a phrase stay part of it.
    expect(readLabelLine('来源：新华社')!.hits.source).toBe('新华社');
  });
  it('drops a staff code and a bracketed post after a name', () => {
    expect(readLabelLine('本文来源：北京日报 作者：曹政 责任编辑：王晓易_NE0011')).toMatchObject({ pure: true, hits: { source: '北京日报', authors: ['曹政'], editors: ['王晓易'] } });
    expect(readLabelLine('作者：王昌林（中国宏观经济研究院院长）')!.hits.authors).toEqual(['王昌林']);
  });
  it('leaves out a navigation link set right after the names of a credit', () => {
    expect(readLabelLine('作者：余毅菁 向雪妮返回搜狐，查看更多')!.hits.authors).toEqual(['余毅菁', '向雪妮']);
    expect(readLabelLine('作者：林子沛 閱讀全文')!.hits.authors).toEqual(['林子沛']);
  });
});

describe('info lines and signatures', () => {
  it('reads the outlet an info line names with 来自 after the time, even when both are links', () => {
    expect(readLabelLine('2024年04月09日 11:26:41 来自 上游新闻')).toMatchObject({ pure: true, labelled: true, hits: { source: '上游新闻' } });
    // A place is no outlet.
    expect(readLabelLine('2024年04月09日 11:26:41 来自 北京')?.hits.source).toBeUndefined();
    const article = extract(`<div class="info"><a href="/t">2024年04月09日 11:26:41</a> 来自 <a href="/m">上游新闻</a></div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.source).toBe('上游新闻');
  });
  it('reads a 来源 line that the content selection skipped between the story and a closing note', () => {
    const article = extract(`<div class="article-main"><div class="article-content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></div><div class="article-source"><p>来源：界面新闻</p></div><div class="article-tip">未经正式授权严禁转载本文，侵权必究。</div><div class="related"><h3>相关文章</h3><ul><li><a href="/1.html">新势力交付量分化</a></li></ul></div></div>`);
    expect(article.source).toBe('界面新闻');
  });
  it('keeps the signature closing a notice: the issuing body, then the day it was signed', () => {
    const notice = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>特此通告。</p><p>某某市人民政府</p><p>2024年3月25日</p></div>`);
    expect(notice.text.endsWith('某某市人民政府\n\n2024年3月25日')).toBe(true);
    // A bare date after prose is still a date line, not part of the story.
    expect(extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>2024年3月25日</p></div>`).text.endsWith('按期完成。')).toBe(true);
  });
});

describe('labels whose value is on the next line, and column names', () => {
  it('splits the names of a 作者： label whose value sits in the next cell', () => {
    const article = extract(`<table><tr><td>作者：</td><td>机械学院 刘畅</td><td>发布时间：</td><td>2024-04-20</td></tr></table><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.authors).toContain('刘畅');
  });
  it('takes a column name above the headline for no outlet, but an outlet for one', () => {
    expect(readLabelLine('综合新闻')).toBeNull();
    expect(readLabelLine('新华社')!.hits.source).toBe('新华社');
  });
});

describe('the head of the body', () => {
  it('takes the byline box\'s account name for no kicker', () => {
    const article = extract(`<div class="author-txt"><p class="author-name">乡村记录者</p><p>发布时间: 2024-04-26 09:12</p></div><div class="content"><p>乡村记录者</p><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.authors).toEqual(['乡村记录者']);
    expect(article.subtitle).toBeUndefined();
  });
});

describe('lists of dated items', () => {
  const page = (items: string) =>
    parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>搜索结果</title></head><body><div class="results">${items}</div></body></html>`);
  const hit = (day: number) => `<div class="result"><h3><a href="/n/${day}.html">多地探索乡村振兴新路径</a></h3><p>近年来，各地因地制宜发展特色产业，推动乡村振兴取得新进展，一批特色工坊让村民在家门口就业，收入稳步增长……</p><span>某某新闻网 2024-04-${String(day).padStart(2, '0')}</span></div>`;
  it('reads a page whose content carries a Chinese date line under every item as no article', () => {
    const url = { url: 'https://news.example.cn/s.html' };
    expect(isArticlePage(page([10, 11, 12, 13, 14, 15].map(hit).join('')), url)).toBe(false);
  });
});

describe('portal furniture at the edges of the body', () => {
  it('knows platform statements and app promotions', () => {
    expect(trailerKind('特别声明：以上内容为自媒体平台用户上传并发布，本平台仅提供信息存储服务。', true)).toBe('platform statement');
    expect(trailerKind('Notice: The content above (including the pictures and videos if any) is uploaded and posted by a user of NetEase Hao, which is a social media platform and only provides information storage services.', true)).toBe('platform statement');
    expect(trailerKind('举报/反馈', false)).toBe('page tools');
    expect(trailerKind('+关注', false)).toBe('page tools');
    expect(trailerKind('海量资讯、精准解读，尽在新浪财经APP', true)).toBe('app promotion');
    expect(trailerKind('打开新京报App 阅读更多精彩资讯', true)).toBe('app promotion');
    expect(trailerKind('未经正式授权严禁转载本文，侵权必究。', true)).toBe('copyright');
    // Inside the story such words are prose.
    expect(trailerKind('海量资讯、精准解读，尽在新浪财经APP', false)).toBeNull();
  });
  it('drops an end marker between dashes closing the body', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>- END -</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
    expect(extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>—— 完 ——</p></div>`).text).not.toContain('完 —');
  });
});

describe('self-media posting accounts', () => {
  const body = `<div class="content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></div>`;
  it('reads the account linked to its user page beside a follow button when nothing else names the writer', () => {
    expect(extract(`<div class="info"><a href="/u/8a2f3c">南山有鹿</a><button>关注</button></div>${body}`).authors).toEqual(['南山有鹿']);
    expect(extract(`<div class="pgc"><a href="/c/user/6294480027/"><img src="a.png"> <span>去驴行</span></a> <div class="subscribe"><span>+ 关注</span></div></div>${body}`).authors).toEqual(['去驴行']);
  });
  it('takes no user link without a follow button (a commenter, a login link)', () => {
    expect(extract(`${body}<div class="comment"><a href="/user/123">网友小王</a><span>说得好</span></div><a href="/user/login">登录</a>`).authors).toEqual([]);
  });
  it('gives way to a labelled writer', () => {
    expect(extract(`<div class="info"><a href="/u/8a2f3c">南山有鹿</a><button>关注</button></div><p>作者：张三</p>${body}`).authors).toEqual(['张三']);
  });
});
