/**
 * Rules that the held-out pages (tests/heldout-pages) taught once measured, each on a small page
 * or line: an interview's question is no credit, 报道： after a Han name is a dateline's verb, a
 * reporter credit after a dispatch tag, 供稿 and 文/图 credits, a credit run without colons
 * closing a story, an office that posted a story giving way to its writer, a print-edition credit
 * naming the paper, and bare date lines under teasers; then (from the second batch) a WeChat
 * account's reprint note and the text of a `<time>` element without a datetime; and (from the
 * third) an outlet named beside the time, a closing credit with a long outlet name, and the
 * headline under a masthead that the `<title>` repeats.
 */
import { describe, expect, it } from 'vitest';
import { isTrailerHeading, trailerKind } from '../../shared/clean/trailers';
import { findDateInText, findMonthDayInText } from '../../shared/extract/dates';
import { dispatchLeadOutlet, readBracketedCredits, readLabelLine } from '../../shared/extract/labels';
import { extractArticle, isArticlePage } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const ZH = '今天，市政府召开常务会议，研究部署下一阶段重点工作，会议强调要坚持问题导向，狠抓工作落实，确保各项任务按期完成。';
const URL = 'https://news.example.cn/news/content_1.htm';
const page = (content: string): string =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>市政府召开常务会议部署重点工作</title></head><body><h1>市政府召开常务会议部署重点工作</h1>${content}</body></html>`;
const extract = (content: string) => extractArticle(parseDocument(page(content)), { url: URL })!;

describe('interview questions', () => {
  it('reads no credit in a line that asks something', () => {
    expect(readLabelLine('记者：下一步将采取哪些措施？')).toBeNull();
    expect(readLabelLine('记者：张三')).toMatchObject({ pure: true, hits: { authors: ['张三'] } });
    expect(readLabelLine('Last updated on Mar 06, 2026 (12:52 UTC). Found a bug?')).not.toBeNull();
  });
  it('keeps the interview going after a question in the second half of the story', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>记者：当前有哪些特点？</p><p>答：${ZH}</p><p>记者：下一步将采取哪些措施？</p><p>答：我们将继续推进。</p></div>`);
    expect(article.text.endsWith('我们将继续推进。')).toBe(true);
  });
});

describe('reporter credits opening a story', () => {
  it('reads 报道： as a label only where no Han text runs into it', () => {
    expect(readLabelLine('2023年06月01日 18:30 报道：林美琪')).toMatchObject({ hits: { authors: ['林美琪'] } });
    expect(readLabelLine('【香港文匯報訊】記者 黃子健 報道：發展局昨日公布，將於下月推出招標')).toBeNull();
  });
  it('takes the reporter between the role and 报道 after a dispatch tag', () => {
    expect(readBracketedCredits('【香港文匯報訊】記者 黃子健 報道：發展局昨日公布')?.authors).toEqual(['黃子健']);
    expect(readBracketedCredits('本报讯 记者 张三 李四 报道：昨天')?.authors).toEqual(['张三', '李四']);
    // A dispatch tag in traditional characters (本報訊) as well as simplified ones.
    expect(readBracketedCredits('本報訊 記者 黃子健 報道：發展局昨日公布')?.authors).toEqual(['黃子健']);
    expect(readBracketedCredits('据新华社报道：昨天')).toBeNull();
  });
});

describe('credits of school, hospital and office sites', () => {
  it('reads 供稿 as the source and 文/图 as the writer', () => {
    expect(readLabelLine('供稿：心血管内科　文/图：赵敏')).toMatchObject({ pure: true, hits: { authors: ['赵敏'], source: '心血管内科' } });
  });
  it('prefers the writer to the office that posted the story', () => {
    const article = extract(`<div class="info">发布者：党委宣传部　发布时间：2024-03-28</div><div class="content"><p>${ZH}</p><p>${ZH}</p><p>文/图：赵敏</p></div>`);
    expect(article.authors).toEqual(['赵敏']);
    const officeOnly = extract(`<div class="info">发布者：党委宣传部　发布时间：2024-03-28</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(officeOnly.authors).toEqual(['党委宣传部']);
  });
});

describe('the end of a story', () => {
  it('ends the story at a credit run without colons, before an app promotion', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>编辑 张莉 责任编辑 魏孔明</p><p>（下载某某新闻，报料有奖！）</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
    expect(article.editors).toEqual(['张莉', '魏孔明']);
  });
  it('takes the paper of a print-edition credit as the source', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p></div><p class="bottom">《 人民日报 》（ 2024年04月18日　 04 版）</p>`);
    expect(article.source).toBe('人民日报');
  });
});

describe('teaser pages', () => {
  it('reads a Chinese page of teasers, each with a bare date line, as no article', () => {
    const teasers = [1, 2, 3, 4, 5].map((n) => `<div class="item"><h3><a href="/a/${n}.html">第${n}篇报道的标题</a></h3><p>${ZH}……</p><span>2024-03-0${n} 10:1${n}</span></div>`).join('');
    const html = page(`<div class="zt">${teasers}</div>`).replace('<h1>市政府召开常务会议部署重点工作</h1>', '');
    expect(isArticlePage(parseDocument(html), { url: 'https://news.example.cn/zt/2024lh/' })).toBe(false);
  });
});

describe('second batch', () => {
  it('reads a WeChat reprint note as the source and the writer, and ends the story before it', () => {
    expect(readLabelLine('本文来自微信公众号：消费新观察（ID：xfxgc2020），作者：周远')).toMatchObject({ pure: true, hits: { source: '消费新观察', authors: ['周远'] } });
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p class="note">本文来自微信公众号：消费新观察（ID：xfxgc2020），作者：周远</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
    expect(article.source).toBe('消费新观察');
  });
  it('dates a page by the text of a <time> element without a datetime when nothing else does', () => {
    const article = extract(`<div class="meta"><span>💎 12.5</span><time>2024.05.12 21:36:08</time><span>字数 1,024</span></div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.publishedAt).toBe('2024-05-12T21:36:08+08:00');
  });
});

describe('third batch', () => {
  it('reads an outlet named beside the time, before the labels, as the source', () => {
    expect(readLabelLine('新民晚报 2023-11-21 14:05:22 作者：郁文浩')).toMatchObject({ hits: { source: '新民晚报', authors: ['郁文浩'] } });
    expect(readLabelLine('2023-11-21 14:05:22 新民晚报 作者：郁文浩')?.hits.source).toBe('新民晚报');
    // A column's name or a person beside the time is no outlet.
    expect(readLabelLine('综合新闻 2023-11-21 14:05:22 作者：郁文浩')?.hits.source).toBeUndefined();
    expect(readLabelLine('郁文浩 2023-11-21 14:05:22 编辑：刘洁')?.hits.source).toBeUndefined();
  });
  it('reads a closing credit whose outlet has a long name', () => {
    expect(readBracketedCredits(`${ZH}（江苏广电融媒体新闻中心记者 王宁 陈浩）`)?.authors).toEqual(['王宁', '陈浩']);
  });
  it('takes the title-classed line under the masthead for the headline when <title> only names the site', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>某某市某某区人民法院</title></head><body>
      <div class="court_name">某某市某某区人民法院</div><div class="nav"><a href="/">首页</a> <a href="/news">新闻中心</a></div>
      <div class="detail"><div class="title">快递员未签劳动合同被辞退获赔二倍工资</div><div class="info">来源：某某市某某区人民法院 发布时间：2024/5/16</div>
      <div class="text"><p>${ZH}${ZH}</p><p>${ZH}</p></div></div><div class="footer">主办单位：某某市某某区人民法院</div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: URL })!.title).toBe('快递员未签劳动合同被辞退获赔二倍工资');
    // A page whose <title> is the headline keeps it.
    expect(extractArticle(parseDocument(html.replace('<title>某某市某某区人民法院</title>', '<title>快递员未签劳动合同被辞退获赔二倍工资</title>')), { url: URL })!.title).toBe('快递员未签劳动合同被辞退获赔二倍工资');
  });
});

describe('fourth batch', () => {
  it('reads the time after a weekday written between the date and the time', () => {
    expect(findDateInText('2024年9月19日 星期四 下午4:32')!.value).toMatchObject({ day: 19, hour: 16, minute: 32 });
    expect(findDateInText('2024-03-05（周二）10:12')!.value).toMatchObject({ day: 5, hour: 10, minute: 12 });
    expect(findDateInText('2024年3月5日 星期二')!.value.hour).toBeUndefined();
  });
  it('takes a line of the three reviews a story passed (初审 / 复审 / 终审) for furniture naming nobody', () => {
    expect(readLabelLine('初审：黄敏　复审：汤立　终审：罗建华')).toMatchObject({ pure: true, hits: { authors: [], editors: [] } });
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>初审：黄敏　复审：汤立　终审：罗建华</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
  });
});

describe('fourth batch: outlets and foreign names', () => {
  it('reads an outlet run into the reporter\'s role beside the time', () => {
    expect(readLabelLine('原创齐鲁晚报·齐鲁壹点记者 韩晓宇 张晗 2024-06-14 20:36 阅读量：3.2万')).toMatchObject({ hits: { authors: ['韩晓宇', '张晗'], source: '齐鲁晚报·齐鲁壹点' } });
  });
  it('reads a foreign paper\'s dateline without a role, and a date word run into the date', () => {
    expect(readLabelLine('英国《金融时报》 马丁•赫斯特 布鲁塞尔报道')).toMatchObject({ pure: true, hits: { authors: ['马丁•赫斯特'], source: '英国《金融时报》' } });
    expect(readLabelLine('更新于2024年6月3日 06:00 英国《金融时报》 马丁•赫斯特 布鲁塞尔报道')).toMatchObject({ pure: true, hits: { authors: ['马丁•赫斯特'], date: { day: 3, hour: 6 } } });
    // 更新于 is no account's name.
    expect(readLabelLine('更新于2024年6月3日 06:00')).toMatchObject({ pure: true, dateLabelled: true, hits: { authors: [] } });
    const article = extract(`<div class="byline">英国《金融时报》 马丁•赫斯特 布鲁塞尔报道</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.authors).toEqual(['马丁•赫斯特']);
    expect(article.source).toBe('英国《金融时报》');
  });
  it('keeps a closing title mark that pairs with one inside the outlet\'s name, and drops one around it', () => {
    expect(extract(`<div class="info">来源：《人民日报》</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`).source).toBe('人民日报');
    expect(extract(`<div class="info">来源：英国《金融时报》</div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`).source).toBe('英国《金融时报》');
  });
  it('reads a page titled with a column\'s name as no article', () => {
    const items = [1, 2, 3].map((n) => `<p>${ZH}</p><p><a href="/a/${n}.html">第${n}条新闻的标题写在这里</a> 2024-12-0${n} 18:4${n}</p>`).join('');
    const html = page(`<div class="list">${items}</div>`).replace(/市政府召开常务会议部署重点工作/g, '滚动新闻');
    expect(isArticlePage(parseDocument(html), { url: 'https://news.example.cn/node_7213467.htm' })).toBe(false);
  });
});

describe('fifth batch', () => {
  it('completes a labelled day with the time under a label of its own', () => {
    expect(readLabelLine('日期：2024-09-27 时间：15:06 来源：株洲日报')).toMatchObject({ hits: { date: { day: 27, hour: 15, minute: 6 }, source: '株洲日报' } });
    // A day that has its time keeps it.
    expect(readLabelLine('日期：2024-09-27 10:00 时间：15:06')?.hits.date).toMatchObject({ hour: 10, minute: 0 });
  });
});

describe('sixth batch', () => {
  it('takes a user post\'s closing disclaimer for furniture', () => {
    expect(trailerKind('本文仅代表作者个人观点，不代表风闻社区立场', true)).toBe('opinion disclaimer');
    expect(trailerKind('双方立场不同，但都同意继续谈判。', true)).toBeNull();
  });
  it('reads the account named after a post\'s time and its IP location, and no report button as an outlet', () => {
    expect(readLabelLine('原创 2024-06-02 18:47 · 湖北 鄂东小城事 举报')?.hits).toMatchObject({ authors: ['鄂东小城事'] });
    expect(readLabelLine('原创2024-06-02 18:47·湖北鄂东小城事举报')?.hits).toMatchObject({ authors: ['鄂东小城事'] });
    expect(readLabelLine('2024-06-02 18:47 举报')?.hits.source).toBeUndefined();
    // A place after a middle dot that is no province is no IP location.
    expect(readLabelLine('2024-06-02 18:47·北欧 鄂东小城事')?.hits.authors).toEqual([]);
  });
});

describe('seventh batch', () => {
  it('takes a platform account post\'s closing statements and its interaction bar for furniture', () => {
    expect(trailerKind('本文来自网易号「老周自驾记」，由作者上传并发布，仅代表该作者观点。网易仅提供信息发布平台。', true)).not.toBeNull();
    expect(trailerKind('网易仅提供信息发布平台。', true)).toBe('platform statement');
    expect(trailerKind('转发12 评论46 赞538 举报', false)).toBe('like counter');
    expect(trailerKind('转发12评论46赞538举报', false)).toBe('like counter');
    // One counter word in a sentence is no bar.
    expect(trailerKind('评论区里不少网友转发了这条消息。', false)).toBeNull();
  });
});

describe('leftovers of the sixth and seventh batches', () => {
  const scoreBox = `<div class="match-box"><div class="hd"><span>2025中超联赛 第7轮</span><span>2025-04-19 19:35</span></div><div class="bd"><p>南通星火</p><div class="score"><span>2</span>-<span>1</span><p>完场</p></div><p>青岛海澜</p></div><div class="ft"><a href="/live">文字直播</a><a href="/stats">技术统计</a></div></div>`;
  it('leaves a box of figures set into a Chinese story (a score box, a stock quote) out of the body', () => {
    const article = extract(`<div class="content">${scoreBox}<p>${ZH}</p><div class="stock"><div><span>03690</span><span>美團－Ｗ</span><span>132.400</span><span>+4.100 (+3.196%)</span></div><a href="/quote">即時報價</a></div><p>${ZH}</p></div>`);
    expect(article.text.startsWith('今天，市政府')).toBe(true);
    expect(article.text).not.toContain('完场');
    expect(article.text).not.toContain('132.400');
  });
  it('keeps figures set in a table, and an English page\'s boxes of figures (the content of a review or a recipe)', () => {
    const table = extract(`<div class="content"><p>${ZH}</p><table><tr><td>南通星火</td><td>2-1</td><td>2025-04-19</td></tr></table><p>${ZH}</p></div>`);
    expect(table.text).toContain('2-1');
    const EN = 'The council met on Tuesday to plan the next steps of the budget, and members agreed to keep the libraries open longer.';
    const english = extractArticle(parseDocument(`<html><head><title>Bread</title></head><body><h1>Bread</h1><div class="content"><p>${EN}</p><div class="times"><div><span>Prep</span><span>10 mins</span></div><div><span>Bake</span><span>45 mins</span></div></div><p>${EN}</p></div></body></html>`), { url: 'https://example.com/bread' })!;
    expect(english.text).toContain('45 mins');
  });
  it('takes the outlet from an element named as the source inside the date line', () => {
    const article = extract(`<div class="info"><span class="time">2025年04月19日 21:52</span> <a class="article-a__source" href="/">新浪体育</a> <a href="#comment">评论</a></div><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.source).toBe('新浪体育');
  });
  it('takes no badge on the writer\'s own reply (作者, 楼主) for a name', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p></div><ul class="comments"><li><span class="user">阿芳</span><span class="author-tag">作者</span><p>回复@山居：确实</p></li></ul>`);
    expect(article.authors).not.toContain('作者');
  });
  it('reads no report button or forecast as a paper, whatever it ends in', () => {
    expect(readLabelLine('顶踩回复举报')?.hits.source).toBeUndefined();
    expect(readLabelLine('天气预报')?.hits.source).toBeUndefined();
    expect(readLabelLine('中国交通报')?.hits.source).toBe('中国交通报');
  });
  it('reads a comments host\'s page of replies under a story\'s headline as no article', () => {
    const reply = (n: number) => `<div class="tie-item"><div class="tie-author"><a class="tie-nick" href="/u/${n}">网友${n}号</a><span>[网易湖北武汉网友]</span><span>2024-12-03 14:2${n}:10</span></div><div class="tie-cnt">${ZH}</div><div class="tie-op"><span>顶[12${n}]</span><span>踩[3]</span><span>回复</span><span>分享</span><span>举报</span></div></div>`;
    const html = page(`<div class="tie-list">${[1, 2, 3, 4, 5].map(reply).join('')}</div>`);
    expect(isArticlePage(parseDocument(html), { url: 'https://comment.news.example.cn/JHK3M5N20001899O.html' })).toBe(false);
  });
  it('takes an account\'s name alone ending in 公众号 (a QR box\'s heading) at the body\'s end for furniture', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>海量资讯、精准解读，尽在新浪财经APP</p><div class="qr"><p>新浪财经公众号</p></div></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
    expect(trailerKind('新浪財經公眾號', true)).toBe('app promotion');
    expect(trailerKind('关注“新浪财经”公众号，了解更多资讯。', false)).toBeNull();
  });
});

describe('ninth batch', () => {
  it('cuts a read-also heading run into the headline of the story it brings in, and that story', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>【延伸阅读】日媒：日本9月新车销量同比大降三成</p><p>参考消息网10月2日报道 据日本共同社10月1日报道，9月日本国内新车销量同比下降32.3%。</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
    expect(isTrailerHeading('【延伸阅读】日媒：日本9月新车销量同比大降三成')).toBe(true);
    // A bracketed word that is no read-also heading opens a story's paragraph.
    expect(isTrailerHeading('【环球时报驻韩国特约记者 陈曦】韩国尿素短缺问题持续发酵')).toBe(false);
  });
  it('takes a finance page\'s risk note, a reprint\'s request and its 原文标题 line for furniture at the end', () => {
    expect(trailerKind('风险提示：本文内容仅供参考，不构成投资建议。基金有风险，投资需谨慎。', true)).toBe('risk note');
    expect(trailerKind('文章出处：【微信公众号：半导体行业观察】欢迎添加关注！文章转载请注明出处。', true)).toBe('reprint note');
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>原文标题：8英寸晶圆产能告急</p><p>文章出处：【微信公众号：半导体行业观察】欢迎添加关注！文章转载请注明出处。</p></div>`);
    expect(article.text.endsWith('按期完成。')).toBe(true);
  });
  it('reads an editor given only as a staff code', () => {
    expect(readLabelLine('（责任编辑：DF385）')?.hits.editors).toEqual(['DF385']);
    expect(readLabelLine('责任编辑：张申 SN117')?.hits.editors).toEqual(['张申']);
  });
  it('reads the writer after the office that sent the story in, in the closing brackets', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>（曹杨新村街道 沈佳怡）</p></div>`);
    expect(article.authors).toEqual(['沈佳怡']);
    expect(article.text).not.toContain('沈佳怡');
  });
  it('reads a search page served by a script (search.do) or a search host as no article', () => {
    // Snippets long enough to read as a story's paragraphs: only the address tells.
    const html = page(`<div class="info">来源：人民网 2019-07-12 10:21</div><div class="content">${`<p>${ZH}</p>`.repeat(6)}</div>`);
    expect(isArticlePage(parseDocument(html), { url: 'http://www.example.cn/n1/2019/0712/c1004-31229345.html' })).toBe(true);
    expect(isArticlePage(parseDocument(html), { url: 'http://search.example.cn/cnpeople/list.jsp?keyword=x' })).toBe(false);
    expect(isArticlePage(parseDocument(html), { url: 'http://www.example.cn/search.do?keyword=x' })).toBe(false);
  });
});

describe('tenth batch: the Chinese web beyond portals (tests/zhweb-pages)', () => {
  it('reads an outlet\'s name with a note in brackets in a foreign paper\'s dateline, and no print credit\'s date as such a note', () => {
    expect(readLabelLine('日本经济新闻（中文版：日经中文网）高桥大地 东京报道')?.hits).toMatchObject({ authors: ['高桥大地'], source: '日本经济新闻（中文版：日经中文网）' });
    expect(readLabelLine('北京青年报（2003年10月17日）')?.hits.source).toBeUndefined();
  });
  it('takes a first-ran note, a table of contents\' heading and an encyclopedia entry\'s references for furniture', () => {
    expect(trailerKind('（本文首发于微信公众号「小雨在东京」，转载请联系作者并注明出处）', true)).toBe('reprint note');
    expect(trailerKind('文章目录', false)).toBe('page tools');
    expect(trailerKind('63. 音乐才女越唱越强/图 ．新华网[引用日期2014-05-19]', true)).toBe('reference entry');
    expect(trailerKind('词条标签：行政区划，地点', true)).toBe('reference entry');
    expect(isTrailerHeading('参考资料')).toBe(true);
    // A sentence about a reprint is no note.
    expect(trailerKind('他说，这篇文章首发于一家地方报纸。', true)).toBeNull();
  });
});

describe('eleventh batch: national outlets', () => {
  it('leaves a summary box\'s heading (摘要) and its text out of the body, and reads the credit run after it', () => {
    const article = extract(`<div class="abstract"><p>摘要</p><p>7月以来，多家白酒企业密集召开年中经销商大会。</p></div><div class="text"><p>每经记者 刘旭强 熊嘉楠　每经编辑 陈俊杰</p><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.text.startsWith('今天，市政府')).toBe(true);
    expect(article.text).not.toContain('多家白酒企业');
    expect(article.authors).toEqual(['刘旭强', '熊嘉楠']);
    expect(article.editors).toEqual(['陈俊杰']);
  });
  it('reads the outlet run into a writer\'s role, a commentator as a writer, and no picture agency as the source', () => {
    expect(readLabelLine('界面新闻记者 | 赵晓娟')?.hits).toMatchObject({ authors: ['赵晓娟'], source: '界面新闻' });
    expect(readLabelLine('□新京报评论员 徐曼')?.hits).toMatchObject({ authors: ['徐曼'], source: '新京报' });
    expect(readLabelLine('来源：视觉中国')?.hits.source).toBeUndefined();
    // An outlet's short name is no outlet: no source.
    expect(readLabelLine('每经记者 刘旭强')?.hits.source).toBeUndefined();
  });
  it('keeps a caption set as a paragraph above the story and reads the signature under it', () => {
    const article = extract(`<div class="content"><p>▲6月3日晚，某地夜市一条街上，摊主们正在招呼顾客。图/IC photo</p><p>□新京报评论员 徐曼</p><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.text.startsWith('▲6月3日晚')).toBe(true);
    expect(article.text).not.toContain('新京报评论员');
    expect(article.authors).toEqual(['徐曼']);
  });
  it('reads the writer of a closing credit line that names the editor too, over the site\'s name as the account', () => {
    const html = page(`<p class="names">第一财经 2020-12-08 21:13:47</p><div class="content"><p>${ZH}</p><p>${ZH}</p></div><p class="m-editor">作者：陈晓蕾 责编：吴晓萍</p>`).replace('<title>', '<meta property="og:site_name" content="第一财经"><title>');
    const article = extractArticle(parseDocument(html), { url: URL })!;
    expect(article.authors).toEqual(['陈晓蕾']);
    expect(article.editors).toEqual(['吴晓萍']);
    expect(article.source).toBe('第一财经');
  });
  it('takes a picture credit and a picture-rights note closing the story for furniture', () => {
    expect(trailerKind('封面图片来源：摄图网-500946487', true)).toBe('photo credits alone');
    expect(trailerKind('特别提醒：如果我们使用了您的图片，请作者与本站联系索取稿酬。', true)).toBe('picture rights note');
  });
  it('reads a rolling feed of timed items as no article', () => {
    const items = Array.from({ length: 6 }, (_, n) => `<div class="item"><span class="time">15:4${n}:12</span><div class="text"><strong>【第${n}条快讯的标题】</strong>${ZH}</div></div>`).join('');
    expect(isArticlePage(parseDocument(page(`<div class="date">今天 2021.06.03 星期四</div><div class="list">${items}</div>`)), { url: 'https://www.example.cn/telegraph' })).toBe(false);
  });
});

describe('twelfth batch: provincial news apps', () => {
  it('reads a label word in brackets as the label and its colon', () => {
    expect(readLabelLine('【作者】 林焕辉 【来源】 南方报业传媒集团南方+客户端')?.hits).toMatchObject({ authors: ['林焕辉'], source: '南方报业传媒集团南方+客户端' });
    // A bracketed word that is no label stays as it is.
    expect(readLabelLine('【延伸阅读】日媒：日本9月新车销量同比大降三成')?.hits.source).toBeUndefined();
  });
  it('reads an info line whose time is followed by a read counter without a colon', () => {
    expect(readLabelLine('潮新闻客户端 记者 周琳琳 通讯员 汪洋 徐晓 2023-06-08 07:12阅读 3.6万')).toMatchObject({ pure: true, hits: { authors: ['周琳琳', '汪洋', '徐晓'], source: '潮新闻客户端' } });
    expect(readLabelLine('2023-06-08 07:12 3.6万阅读')).toMatchObject({ pure: true });
    // A sentence naming a day is no info line, counter or not.
    expect(readLabelLine('他在2023年6月8日说，本文阅读 3万')?.pure).toBe(false);
  });
  it('reads the outlet standing before a credit run\'s first role', () => {
    expect(readLabelLine('潮新闻客户端 记者 周琳琳 通讯员 汪洋 徐晓')?.hits).toMatchObject({ authors: ['周琳琳', '汪洋', '徐晓'], source: '潮新闻客户端' });
    // A word that is no outlet before the role makes no credit run.
    expect(readLabelLine('昨天下午 记者 周琳琳')?.hits.source).toBeUndefined();
  });
});

describe('thirteenth batch: the portals of 2012–2018', () => {
  it('takes an app\'s QR box between a story\'s paragraphs for furniture', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><div class="app"><p>凤凰新闻客户端 扫码下载 更多精彩资讯一手掌握</p></div><p>${ZH}</p></div>`);
    expect(article.text).not.toContain('扫码下载');
    expect(trailerKind('扫码下载客户端', false)).toBe('app promotion');
  });
});


describe('threads and message boards left from the eleventh and thirteenth batches', () => {
  const THREAD_URL = 'http://bbs.example.cn/post-free-5912345-1.shtml';
  const post = (floor: string, who: string, text: string): string =>
    `<div class="atl-item"><div class="atl-info"><a class="user">${who}</a> 时间：2019-01-12 21:33:05</div><div class="bbs-content"><p>${text}</p></div><div class="atl-reply">回复 | 评论 | 举报 ${floor}</div></div>`;
  const thread = (floors: readonly string[]): string =>
    page(`<div class="atl-main">${floors.map((floor, n) => post(floor, `网友${n}`, n === 0 ? `${ZH}${ZH}${ZH}${ZH}` : ZH)).join('')}</div>`)
      .replace('<title>', '<meta property="og:type" content="article"><title>');

  it('reads a thread whose posts each end in their floor as no article', () => {
    expect(isArticlePage(parseDocument(thread(['楼主', '1楼', '2楼', '3楼', '4楼'])), { url: THREAD_URL })).toBe(false);
  });
  it('still reads a story followed by a few numbered comments as an article', () => {
    const html = page(`<p class="info">2019-01-12 21:33 来源：人民日报 作者：李明</p><div class="content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></div><div class="comments"><p>好文章</p><p>网友甲 1楼</p><p>说得对</p><p>网友乙 2楼</p><p>支持</p><p>网友丙 3楼</p></div>`);
    expect(isArticlePage(parseDocument(html), { url: URL })).toBe(true);
  });
  it('reads a board of messages, each under a labelled info line longer than a teaser date, as no article', () => {
    const message = (n: number) =>
      `<li class="msg-item"><h3>第${n}条留言的标题</h3><p class="m-info">网友：星城网友${n}留言时间：2022-07-1${n} 09:42编号：WZ140235${n}</p><p class="m-con">${ZH}</p></li>`;
    const html = page(`<ul class="msg-list">${[1, 2, 3, 4, 5].map(message).join('')}</ul>`);
    expect(isArticlePage(parseDocument(html), { url: 'https://wz.example.cn/department/1020.html' })).toBe(false);
  });
});

describe('the Chinese web beyond news portals, second batch', () => {
  it('reads a 贴吧 thread, floors before the posts\' times and replies under them, as no article', () => {
    const post = (n: number) => `<div class="l_post"><ul class="p_author"><li class="d_name">网友${n}</li></ul><div class="d_post_content">${ZH}</div><div class="post-tail-wrap">${n + 1}楼2020-09-06 21:3${n}回复(1)</div><ul class="lzl"><li>好的 2020-9-6 21:4${n} 回复</li></ul></div>`;
    const html = page(`<div class="p_postlist">${[1, 2, 3].map(post).join('')}</div>`).replace('<title>', '<meta property="og:type" content="article"><title>');
    expect(isArticlePage(parseDocument(html), { url: 'https://tieba.example.com/p/6923458712' })).toBe(false);
  });
  it('cuts a WeChat post\'s 往期推荐 and an encyclopedia entry\'s picture album', () => {
    expect(isTrailerHeading('往期推荐')).toBe(true);
    expect(isTrailerHeading('词条图册更多图册')).toBe(true);
  });
  it('names a blog post\'s writer by the owner its title names, over a login', () => {
    const html = `<html><head><meta name="author" content="laoke1968"><title>2019年投资小结 - 江南老柯的博客 - 和讯博客</title></head><body><h1>2019年投资小结</h1><div class="content"><p>${ZH}</p><p>${ZH}</p></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'http://laoke1968.blog.example.com/119876543_d.html' })!.authors).toEqual(['江南老柯']);
    const sina = `<html><head><title>老屋门前那棵枇杷树_周南山_新浪博客</title></head><body><h1>老屋门前那棵枇杷树</h1><div class="content"><p>${ZH}</p><p>${ZH}</p></div></body></html>`;
    expect(extractArticle(parseDocument(sina), { url: 'http://blog.example.com.cn/s/blog_4a1b2c3d0102yxyz.html' })!.authors).toEqual(['周南山']);
  });
});

describe('pages that declare themselves a conversation', () => {
  it('reads a Q&A page as no article, however long its accepted answer', () => {
    const jsonLd = '<script type="application/ld+json">{"@context":"https://schema.org","@type":"QAPage","mainEntity":{"@type":"Question","name":"两岁半宝宝咳嗽快一个月了怎么办","dateCreated":"2020-11-03T21:17:00+08:00"}}</script>';
    const html = page(`<p class="info">2020-11-03 21:17</p><div class="answer best">${`<p>${ZH}${ZH}</p>`.repeat(5)}</div>`)
      .replace('<title>', `<meta property="og:type" content="article">${jsonLd}<title>`);
    expect(isArticlePage(parseDocument(html), { url: 'http://ask.example.net/question/72345678.html' })).toBe(false);
    // Without the declared type, the same page reads as an article.
    expect(isArticlePage(parseDocument(html.replace(jsonLd, '')), { url: 'http://ask.example.net/question/72345678.html' })).toBe(true);
  });
});

describe('fourteenth batch: local and regional news sites', () => {
  it('keeps a sentence with 现在看 (no WeChat button) and drops a tip line and its prize', () => {
    expect(trailerKind('“以前看天吃饭，现在看数据管园，心里踏实多了。”郑家旺说。', true)).toBeNull();
    expect(trailerKind('点个在看你最好看', true)).toBe('call to action');
    expect(trailerKind('报料有奖！紫牛新闻24小时报料热线：025-96060，或在扬子晚报APP“我要报料”一键提交', true)).toBe('tip line');
    expect(trailerKind('想爆料？请登录《阳光连线》，或拨打热线0531-85193202', true)).toBe('tip line');
    // A story's last sentence about a tip-off stays.
    expect(trailerKind('此事经网友爆料后引发关注。', true)).toBeNull();
  });
  it('reads the three reviews as furniture, an outlet naming the paper and its app, and a follow button after the time', () => {
    expect(readLabelLine('一审：周慧敏　二审：杜鹏　三审：王建军')).toMatchObject({ pure: true, hits: { authors: [], editors: [] } });
    expect(readLabelLine('扬子晚报/紫牛新闻记者　王睿　杨甜子')).toMatchObject({ pure: true, hits: { authors: ['王睿', '杨甜子'] } });
    expect(readLabelLine('人民日报客户端记者 赵一鸣 孙秋实 2022-06-18 + 关注')).toMatchObject({ pure: true, hits: { authors: ['赵一鸣', '孙秋实'], source: '人民日报客户端' } });
  });
  it('reads a labelled credit closing the content in a caption\'s dress as the writer', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p class="credit">记者：王琳　摄像：郭帅</p></div>`);
    expect(article.authors).toEqual(['王琳']);
  });
  it('joins a headline that a line break splits in an element named as the title', () => {
    const html = `<html><head><title>福建近40万口传统渔排完成升级改造 海湾重现碧波-新华网福建频道</title></head><body><table><tr><td class="hei22" id="title">福建近40万口传统渔排完成升级改造<br />海湾重现碧波</td></tr></table><div class="content"><p>${ZH}</p><p>${ZH}</p></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: URL })!.title).toBe('福建近40万口传统渔排完成升级改造 海湾重现碧波');
  });
});

describe('fourteenth batch: the financial, business and industry press', () => {
  it('reads 本文源自 as a source label and an outlet\'s 本文为…原创 statement after the story as the source', () => {
    expect(readLabelLine('本文源自：证券时报·e公司')).toMatchObject({ pure: true, hits: { source: '证券时报·e公司' } });
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></div><div class="statement">本文为虎嗅原创，作者：宋柏川。转载请联系虎嗅获得授权，并于文首标明作者姓名，保持文章完整性（包括虎嗅注及其余作者身份信息），并请附上出处（虎嗅网）及本页链接。</div>`);
    expect(article.source).toBe('虎嗅');
  });
  it('sets a 核心阅读 box above the byline apart from the story', () => {
    const article = extract(`<div class="content"><h4>核心阅读</h4><p>整县推进模式有望在短期内释放大量屋顶资源，但配电网建设相对滞后。</p><p class="byline">■本报记者 董梓涵</p><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.text.startsWith('今天，市政府')).toBe(true);
    expect(article.authors).toEqual(['董梓涵']);
  });
  it('reads where a credit run was filed from as no name, and an outlet with digits before the role', () => {
    expect(readLabelLine('新京报记者 张三 北京报道')?.hits.authors).toEqual(['张三']);
    expect(readLabelLine('21世纪经济报道记者 胡天祺 实习生 潘悦 北京报道')?.hits.authors).toEqual(['胡天祺', '潘悦']);
  });
});

describe('the Chinese web beyond news portals, third batch', () => {
  it('splits a title at a breadcrumb\'s `>>` and at a hyphen between Han characters', () => {
    const crumbs = `<html><head><title>某某中学 &gt;&gt; 校园动态 &gt;&gt; 我校举行读书节闭幕式</title></head><body><table><tr><td class="main_ArticleTitle">我校举行读书节闭幕式</td></tr></table><div class="content"><p>${ZH}</p><p>${ZH}</p></div></body></html>`;
    expect(extractArticle(parseDocument(crumbs), { url: URL })!.title).toBe('我校举行读书节闭幕式');
    const hyphen = `<html><head><title>Excel中如何快速批量删除空白行-百度经验</title></head><body><h1><span>Excel中如何快速批量删除空白行</span><span class="read-btn">听语音</span></h1><div class="content"><p>${ZH}</p><p>${ZH}</p></div></body></html>`;
    expect(extractArticle(parseDocument(hyphen), { url: URL })!.title).toBe('Excel中如何快速批量删除空白行');
  });
  it('dates a post by the line naming its first publication over a later day in the info line', () => {
    const article = extract(`<div class="bar"><span class="time">最新推荐文章于&nbsp;2024-01-09 11:08:52&nbsp;发布</span></div><div class="content"><p>${ZH}</p><p>${ZH}</p></div><div class="up-time"><span>于&nbsp;2021-03-15 16:42:08&nbsp;首次发布</span></div>`);
    expect(article.publishedAt).toBe('2021-03-15T16:42:08+08:00');
  });
  it('reads a date declared in React\'s `itemProp`', () => {
    const article = extract(`<meta itemProp="datePublished" content="2020-06-03T06:22:47.000Z"/><div class="content"><p>${ZH}</p><p>${ZH}</p></div>`);
    expect(article.publishedAt).toBe('2020-06-03T14:22:47+08:00');
  });
  it('reads a writer\'s bio closing an essay as no credit', () => {
    expect(readBracketedCredits('（作者系中共浙江省委党校党的建设教研部主任、教授）')).toBeNull();
  });
});

describe('fifteenth batch: the national portals and central media', () => {
  it('reads a line dating a later change (`文章已于…修改`) as no publication date', () => {
    expect(readLabelLine('文章已于2019-11-26 09:18修改')).toMatchObject({ pure: true, hits: { modified: { day: 26, hour: 9, minute: 18 } } });
    const html = `<html lang="zh-CN"><head><title>马路早市搬进了室内菜场</title><script>window.DATA = {"pubtime": "2019-11-26 07:15:22"};</script></head><body><h1>马路早市搬进了室内菜场</h1><div class="content"><p>${ZH}</p><p>${ZH}</p><p class="modify-time">文章已于2019-11-26 09:18修改</p></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://new.qq.com/omn/20191126/20191126A0ABCD00.html' })!.publishedAt).toBe('2019-11-26T07:15:22+08:00');
  });
  it('reads a closing credit naming the paper and its app, and the writer\'s text-and-photo role', () => {
    expect(readLabelLine('现代快报/现代+记者 王益 文/摄')).toMatchObject({ pure: true, hits: { authors: ['王益'], source: '现代快报' } });
  });
  it('leaves out a follow prompt\'s closing words', () => {
    expect(trailerKind('了解更多消防安全知识', true)).toBe('call to action');
    expect(trailerKind('了解更多，请看下文。', true)).toBeNull();
  });
});

describe('sixteenth batch: Chinese news and information sites big and small', () => {
  it('takes no `原标题：《…》` note for the headline, even when it words the metadata title', () => {
    const html = `<html lang="zh-CN"><head><title>上游新闻</title><meta property="og:title" content="渝中这条新步道“藏”着半部城史，周末去走走"></head><body><div class="article"><h1>全长1.6公里 渝中“下半城”山城步道开放</h1><span class="time">2023-05-12 09:46</span><div class="content"><p>${ZH}</p><p>${ZH}</p><p class="yuanbiaoti">原标题：《渝中这条新步道“藏”着半部城史，周末去走走》</p></div></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: URL })!.title).toBe('全长1.6公里 渝中“下半城”山城步道开放');
  });
  it('reads 选稿 as the editor and a video\'s camera and cutting credits as furniture', () => {
    expect(readLabelLine('作者：沈竹君 来源：文汇报 选稿：刘颖')).toMatchObject({ pure: true, hits: { authors: ['沈竹君'], editors: ['刘颖'], source: '文汇报' } });
    expect(readLabelLine('视频拍摄：王嘉睿　剪辑：顾晨')).toMatchObject({ pure: true, hits: { authors: [], editors: [] } });
    expect(isTrailerHeading('相关链接')).toBe(true);
  });
});

describe('seventeenth batch: more national and provincial templates', () => {
  it('reads a bracketed credit whose outlet names its report before the role', () => {
    expect(readBracketedCredits('【环球时报报道 记者 刘晓程】在日本随处可见、全年无休的便利店')).toMatchObject({ authors: ['刘晓程'], source: '环球时报' });
  });
  it('leaves out a columnist\'s bio closing the column', () => {
    expect(trailerKind('（本文作者介绍：经济学博士，长期从事宏观经济与中小企业融资研究。）', true)).toBe('author bio');
  });
});

describe('eighteenth batch: provincial channels, the financial dailies and self-media', () => {
  it('reads a summary set on one line with its heading as the standfirst', () => {
    const article = extract(`<p>摘要 碳酸锂价格回落叠加新产能释放，储能电芯开启降价潮。</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(article.subtitle).toBe('碳酸锂价格回落叠加新产能释放，储能电芯开启降价潮。');
    expect(article.text).not.toContain('碳酸锂');
  });
  it('leaves out an app card, a video\'s title and the note that pictures come from the web', () => {
    for (const [line, kind] of [
      ['打开澎湃新闻APP，阅读体验更佳', 'app promotion'],
      ['【视频】广州骑楼街“焕新”', 'video player'],
      ['部分图片来源于网络，如有侵权请联系删除。', 'picture rights note'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
    expect(trailerKind('打开澎湃新闻APP，阅读体验更佳', false)).toBe('app promotion');
  });
});

describe('the Chinese web, fourth batch: a maker, a reposted essay, a catalogue record, a marketplace', () => {
  it('leaves out a reposted essay\'s end mark and writer bio, a page\'s own address, a plea for likes and a maker\'s sales line', () => {
    for (const [line, kind] of [
      ['— END —', 'separator'],
      ['作者简介：林小满，90后，湖南常德人，现居长沙。写字，种花，做饭。', 'author bio'],
      ['本文网址：http://www.example.com/news/386.html', 'page address'],
      ['（码字不易，觉得有用的话点个赞吧！）', 'call to action'],
      ['如需了解产品详情及报价，欢迎来电咨询：0577-6799 8126', 'contact line'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
  });
  it('keeps a topic set before the headline with a bar', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><title>专家解读｜补齐县域冷链短板_部门政务_中国政府网</title></head><body><h1>专家解读｜补齐县域冷链短板</h1><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></body></html>`;
    expect(extractArticle(parseDocument(html), { url: URL })!.title).toBe('专家解读｜补齐县域冷链短板');
  });
  it('reads a paper\'s catalogue record and a marketplace item as no articles', () => {
    const record = ['摘要：本文基于浙江省1862个农户的调查数据，考察县域电商集聚对农户收入的影响，发现电商集聚显著提高了农户的经营性收入。', '关键词：县域电商；产业集聚；农户收入', '基金：国家社会科学基金项目（19BJY123）', '分类号：F724.6'].map((line) => `<p>${line}</p>`).join('');
    const recordPage = `<!DOCTYPE html><html lang="zh-CN"><head><title>县域电商集聚对农户收入的影响 - 中国知网</title></head><body><h1>县域电商集聚对农户收入的影响</h1><p>网络首发时间：2020-05-18 16:32:15</p>${record}<p>${ZH}</p><p>${ZH}</p></body></html>`;
    expect(isArticlePage(parseDocument(recordPage), { url: 'https://kns.example.net/kcms/detail/detail.aspx?filename=NYJW202006009' })).toBe(false);
    const item = `<!DOCTYPE html><html lang="zh-CN"><head><title>武夷岩茶 正岩肉桂 礼盒装250g-京东</title></head><body><h1>武夷岩茶 正岩肉桂 礼盒装250g</h1><p>京东价 ￥268.00</p><p>促销 ￥248.00</p><p>￥199.00</p><a href="/cart">加入购物车</a><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></body></html>`;
    expect(isArticlePage(parseDocument(item), { url: 'https://item.example.com/100038652214.html' })).toBe(false);
  });
});

describe('nineteenth batch: provincial channels, 上观, 南方+, 第一财经', () => {
  it('reads a writer\'s beat after the role as no names, and a picture credit\'s label as no editor', () => {
    expect(readLabelLine('第一财经记者 · 关注消费、文旅与酒店业')?.hits.authors ?? []).toEqual([]);
    expect(readLabelLine('记者 陆文漪 关注消费、文旅与酒店业')?.hits.authors).toEqual(['陆文漪']);
    const credits = readLabelLine('栏目主编：周婷 文字编辑：笪曦 题图来源：视觉中国');
    expect(credits?.hits.editors).not.toContain('题图');
  });
  it('leaves out a Chinese edition\'s note on its English version and its glossary', () => {
    expect(trailerKind('本文英文版刊发于《中国日报》（China Daily）2023年4月12日第14版', true)).toBe('print-edition note');
    expect(isTrailerHeading('【相关词汇】')).toBe(true);
  });
});

describe('the Chinese web, fifth batch: WeChat, a tourism bureau, an association', () => {
  it('leaves out a post\'s reading time and its closing end mark', () => {
    expect(trailerKind('全文共2860字，阅读约需8分钟', true)).toBe('reading time');
    expect(trailerKind('—THE END—', true)).toBe('separator');
  });
});

describe('twentieth batch and the Chinese web\'s sixth: apps, forums, a health site', () => {
  it('leaves out an app\'s store links, a post\'s client tail, a fold\'s button, a video caption and a contest note', () => {
    for (const [line, kind] of [
      ['iOS版 | Android版', 'app promotion'],
      ['发自虎扑iPhone客户端', 'app promotion'],
      ['收起', 'load more'],
      ['视频：汛期中的长湖特大桥', 'video player'],
      ['本文参与了思否征文「如何反杀面试官」，欢迎正在阅读的你也加入。', 'platform statement'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
  });
  it('takes a doctor\'s title for no name', () => {
    expect(readLabelLine('作者：主治医师')?.hits.authors ?? []).toEqual([]);
  });
});

describe('twenty-first batch: the portals\' 2021–2023 templates', () => {
  it('leaves out an app line set between paragraphs and an account\'s pitch', () => {
    expect(trailerKind('看有态度的新闻，打开凤凰新闻APP', false)).toBe('app promotion');
    expect(trailerKind('更多热点速报、权威发布、独家解读、深度分析尽在新浪新闻公众号，点击关注（sinanewssina）', false)).toBe('app promotion');
  });
});

describe('twenty-second batch: an app\'s share page, a source naming its reporters', () => {
  it('reads the reporters named after the outlet in a source\'s value', () => {
    expect(readLabelLine('来源：大河报·豫视频 记者 孟凡露 实习生 李思彤')?.hits).toMatchObject({ source: '大河报·豫视频', authors: ['孟凡露', '李思彤'] });
    expect(readLabelLine('来源：新华社')?.hits.authors).toEqual([]);
  });
  it('takes an app\'s slogan for no outlet', () => {
    expect(readLabelLine('鄢陵人自己的新闻客户端')).toBeNull();
    expect(readLabelLine('北京日报客户端')?.hits.source).toBe('北京日报客户端');
  });
  it('reads a month and day in figures without the year only with a time', () => {
    expect(findMonthDayInText('鄢陵县融媒体中心 05-26 16:40 阅读 8623', 2022)?.value).toMatchObject({ year: 2022, month: 5, day: 26, hour: 16, minute: 40 });
    expect(findMonthDayInText('比分 3-1', 2022)).toBeNull();
    expect(findMonthDayInText('2022-05-26 16:40', 2022)).toBeNull();
  });
  const appPage = (info: string, state: string): string => `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>云上鄢陵</title>
    <meta property="og:site_name" content="云上鄢陵"><meta property="og:title" content="首日带货120万！鄢陵花木直播基地来了"></head><body>
    <div class="share-bar"><p>分享自云上鄢陵</p><p>鄢陵人自己的新闻客户端</p><a href="app://1">打开APP</a></div>
    <div class="article-title">鄢陵县花木电商直播基地揭牌运营 首日带货超120万元</div>
    <div class="article-info"><span>鄢陵县融媒体中心</span><span>${info}</span></div>
    <div class="article-content"><p>${ZH}${ZH}</p><p>${ZH}</p><p>${ZH}</p><p class="credit">来源：鄢陵县融媒体中心　编辑：李雯　审核：赵振华</p></div>
    <script>window.__INITIAL_STATE__={"article":{"publishTime":"${state}"}};</script></body></html>`;
  it('takes a title-classed line for the headline when <title> is the app\'s name and the share title is on no line', () => {
    const article = extractArticle(parseDocument(appPage('05-26 16:40', '2022-05-26 16:40:12')), { url: 'https://share.example.cn/share/article?id=887654' })!;
    expect(article.title).toBe('鄢陵县花木电商直播基地揭牌运营 首日带货超120万元');
    expect(article.source).toBe('鄢陵县融媒体中心');
    expect(article.editors).toEqual(['李雯']);
  });
  it('keeps a declared time to the minute the info line shows without its year', () => {
    const url = 'https://share.example.cn/share/article?id=887654';
    expect(extractArticle(parseDocument(appPage('05-26 16:40', '2022-05-26 16:40:12')), { url })!.publishedAt).toBe('2022-05-26T16:40:00+08:00');
    expect(extractArticle(parseDocument(appPage('05-26 16:41', '2022-05-26 16:40:12')), { url })!.publishedAt).toBe('2022-05-26T16:40:12+08:00');
  });
});

describe('twenty-third batch and the Chinese web\'s seventh: datelines, SPA shells, credit tables', () => {
  it('reads the paper a dateline\'s unbracketed word of dispatch names', () => {
    expect(dispatchLeadOutlet('新京报讯（记者 王真真）3月4日，多家银行下调房贷利率。')).toBe('新京报');
    expect(dispatchLeadOutlet('扬子晚报网3月4日讯（通讯员 李明 记者 王芳）昨天')).toBe('扬子晚报网');
    expect(dispatchLeadOutlet('本报讯（记者 王芳）昨天')).toBeUndefined();
    const article = extract(`<div class="content"><p>新民晚报讯（记者 杨硕）${ZH}</p><p>${ZH}</p></div>`);
    expect(article.source).toBe('新民晚报');
  });
  it('takes a title-classed line for the headline when <title> is a bare name or a section and the site', () => {
    const shell = (title: string, titleClass: string) => extractArticle(parseDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>
      <div class="logo">参考消息</div><div class="${titleClass}">英媒：欧洲多个港口加速自动化改造 码头工人担忧岗位流失</div><div class="body"><p>${ZH}${ZH}</p><p>${ZH}</p></div></body></html>`), { url: URL })!;
    expect(shell('参考消息', 'articleTitle').title).toBe('英媒：欧洲多个港口加速自动化改造 码头工人担忧岗位流失');
    expect(shell('参考消息', 'art-title').title).toBe('英媒：欧洲多个港口加速自动化改造 码头工人担忧岗位流失');
    expect(shell('校园动态 - 余姚市泗门镇阳光实验小学', 'art-title').title).toBe('英媒：欧洲多个港口加速自动化改造 码头工人担忧岗位流失');
    expect(shell('参考消息', 'summary').title).toBe('参考消息');
  });
  it('takes a reporter\'s role glued to the name for no part of it', () => {
    expect(readLabelLine('作者： 记者王敬照')?.hits.authors).toEqual(['王敬照']);
  });
  it('reads a writer credited in a table under the story', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p></div><table class="credits"><tr><td>作者：沈佳怡</td><td>摄影：王磊</td><td>发布：校办</td></tr></table>`);
    expect(article.authors).toEqual(['沈佳怡']);
  });
  it('leaves out a reporter\'s address, a read counter, a feedback prompt, a hub\'s pointer and a mirror\'s picture note', () => {
    expect(trailerKind('记者联系邮箱：wangzhenzhen@bjnews.com.cn', true)).toBe('contact line');
    expect(trailerKind('本文被查看 18,436 次。', true)).toBe('like counter');
    expect(trailerKind('这篇文章有帮助吗？', true)).toBe('feedback prompt');
    expect(trailerKind('更多相关内容请关注：山海残卷专区', false)).toBe('call to action');
    expect(trailerKind('打开网易新闻 查看精彩图片', false)).toBe('app promotion');
  });
});

describe('twenty-fourth batch: a player set into the story, an app box', () => {
  it('leaves out a video player\'s clock and an app\'s download box set between paragraphs', () => {
    expect(trailerKind('00:00 / 02:31', false)).toBe('video player');
    expect(trailerKind('00:00 / 02:31 标清 高清 超清 | 全屏', false)).toBe('video player');
    expect(trailerKind('下载南方+客户端，看更多广州民生资讯', false)).toBe('app promotion');
    expect(trailerKind('扫码或在应用商店搜索“南方+”', false)).toBe('app promotion');
  });
});

describe('the Chinese web\'s eighth batch: a society, a hospital, a blog, a company account', () => {
  const doc = (head: string, body: string) => parseDocument(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`);
  it('takes a cell named `bt` (标题) for the headline under a bare <title>', () => {
    const article = extractArticle(doc('<title>江西省果树学会</title>', `<table><tr><td class="bt">江西省果树学会2021年学术年会在赣州召开</td></tr><tr><td><p>${ZH}${ZH}</p><p>${ZH}</p></td></tr></table>`), { url: URL })!;
    expect(article.title).toBe('江西省果树学会2021年学术年会在赣州召开');
    const label = extractArticle(doc('<title>江西省果树学会</title>', `<div id="lblTitle">江西省果树学会2021年学术年会在赣州召开</div><div><p>${ZH}${ZH}</p><p>${ZH}</p></div>`), { url: URL })!;
    expect(label.title).toBe('江西省果树学会2021年学术年会在赣州召开');
  });
  it('takes the page\'s h1 over a sidebar heading that only <title>\'s section part words', () => {
    const info = ['作者：刘慧', '科室：临床营养科', '审核：王建军', '来源：本院', '发布时间：2023-04-12', '点击：2157'].map((cell) => `<td>${cell}</td>`).join('');
    const body = `<div class="sidebar"><h2>健康科普</h2><ul><li><a href="/1">健康知识</a></li></ul></div><h1>糖尿病人能吃水果吗？营养师教你这样挑</h1><table><tr>${info}</tr></table><div class="content"><p>${ZH}${ZH}</p><p>${ZH}</p></div>`;
    const article = extractArticle(doc('<title>健康科普_临江市中心医院</title><meta property="og:title" content="糖友吃水果，记住这三点">', body), { url: URL })!;
    expect(article.title).toBe('糖尿病人能吃水果吗？营养师教你这样挑');
  });
  it('counts no reply buttons of a blog\'s comments as a thread\'s floors', () => {
    const comments = Array.from({ length: 5 }, (_, i) => `<li class="comment" id="comment-${i}"><div>读者${i}</div><p>写得真好，学到了很多东西，谢谢分享。</p><div>2020-06-1${i} 21:40 回复</div></li>`).join('');
    const page = doc('<title>旧电脑改造成家用NAS的一年</title>', `<article><h1>旧电脑改造成家用NAS的一年</h1><div class="entry-content"><p>${ZH}${ZH}</p><p>${ZH}${ZH}</p><p>${ZH}${ZH}</p></div></article><ol class="commentlist">${comments}</ol>`);
    expect(isArticlePage(page, { url: 'https://blog.example.cn/1432.html' })).toBe(true);
  });
  it('ends the story at a `- END -` mark, reading the credits after it', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>- END -</p><section><p>关于华辰精工</p><p>华辰精工成立于2008年，是一家专业从事数控转台研发、生产和销售的国家高新技术企业。</p></section><p>撰稿：王磊 | 摄影：陈一鸣</p><p>编辑：李婷 | 审核：陈浩</p></div>`);
    expect(article.text).not.toContain('关于华辰精工');
    expect(article.authors).toContain('王磊');
    expect(article.editors).toContain('李婷');
  });
});

describe('the Chinese web\'s ninth batch: reprint notes and picture credits', () => {
  it('reads no source in a note asking reprints to credit the page, and leaves the note out', () => {
    const article = extract(`<div class="content"><p>${ZH}</p><p>${ZH}</p><p class="copy-info">本文属于原创文章，如若转载，请注明来源：市政府召开常务会议部署重点工作https://news.example.cn/1.html</p></div>`);
    expect(article.source).toBeUndefined();
    expect(article.text).not.toContain('如若转载');
    expect(trailerKind('本文图片均为作者拍摄', true)).toBe('picture rights note');
  });
});

describe('twenty-fifth batch: an outlet before the writers', () => {
  it('reads an outlet named before the writers in a 文｜ credit as the source', () => {
    expect(readLabelLine('文｜财新周刊 高敏 周楠')?.hits).toMatchObject({ source: '财新周刊', authors: ['高敏', '周楠'] });
    expect(readLabelLine('作者：张三 李四')?.hits.authors).toEqual(['张三', '李四']);
  });
});

describe('zhweb tenth batch: 简书, 博客园, MetInfo, 携程 游记, 悟空问答', () => {
  const story = (head: string, tail = '') => extractArticle(parseDocument(`<html><head><title>重读平凡的世界</title></head><body><h1>重读平凡的世界</h1>${head}<div class="content">${[ZH, ZH, ZH].map((text) => `<p>${text}</p>`).join('')}${tail}</div></body></html>`), { url: 'https://blog.example.cn/p/8f3e2a' })!;
  it('reads a date set beside a counter without a space in the markup (`<span>0.52</span><time>…</time>`, `<span>2021-06-03</span><span>12034</span>`)', () => {
    expect(story('<div class="meta"><span>0.52</span><time datetime="2021-06-03T02:05:12.000Z">2021.06.03 10:05:12</time><span>字数 2,534</span></div>').publishedAt).toBe('2021-06-03T10:05:12+08:00');
    expect(story('<div class="meta">发表于 <span>2021-06-03</span><span>12034</span><span>收藏 286</span></div>').publishedAt?.slice(0, 10)).toBe('2021-06-03');
  });
  it('completes the day shown by the headline with the time of the post footer (`posted @ 2021-06-03 10:05`)', () => {
    const article = story('<div class="dayTitle">2021年6月3日</div>', '</div><div class="postDesc">posted @ 2021-06-03 10:05 码农阿青 阅读(1532) 评论(6)</div><div>');
    expect(article.publishedAt).toBe('2021-06-03T10:05:00+08:00');
  });
  it('leaves out a reprint statement, a trip\'s fact lines, and reads no asker\'s date', () => {
    expect(trailerKind('声明：本文转载自中国包装网，版权归原作者所有，转载目的在于传递更多行业信息，如涉及作品内容、版权等问题，请与本站联系删除。', true)).toBe('reprint note');
    expect(readLabelLine('天数：3 天时间：5 月人均：1500 元和谁：和朋友玩法：摄影，自驾')?.pure).toBe(true);
    expect(readLabelLine('行程路线：杭州 → 东壁 → 北岐 → 杭州')?.pure).toBe(true);
    expect(readLabelLine('提问者：晓风残月1987 2020-05-27 提问1823 人关注')?.hits.date).toBeUndefined();
  });
});

describe('twenty-sixth batch: 新华网 地方, 界面新闻, 成都商报', () => {
  it('leaves out a lone close button and a like-and-share bar', () => {
    expect(trailerKind('关闭', false)).toBe('page tools');
    expect(trailerKind('点赞 126收藏分享到：微信 微博 QQ空间', false)).toBe('page tools');
  });
  it('credits a reporter\'s unlabelled closing credit the selection skipped, and its outlet', () => {
    const article = extract(`<div class="content">${[ZH, ZH, ZH].map((text) => `<p>${text}</p>`).join('')}<p class="byline">红星新闻记者 周晓旭 实习记者 刘心怡</p><p class="credit">编辑 余冬梅 责编 官莉</p><p>（下载红星新闻，报料有奖！）</p></div>`);
    expect(article.authors).toContain('周晓旭');
    expect(article.source).toBe('红星新闻');
  });
});

describe('zhweb eleventh batch: 掘金, 人人都是产品经理, 互动百科', () => {
  it('leaves out a writing campaign\'s line, a column\'s writer tag and bio, a cover picture\'s credit, an encyclopedia\'s edit prompt', () => {
    expect(trailerKind('这是我参与更文挑战的第3天，活动详情查看： 更文挑战', false)).toBe('campaign note');
    expect(trailerKind('#专栏作家#', false)).toBe('author bio');
    expect(trailerKind('青柠，公众号：青柠说运营，人人都是产品经理专栏作家。前社区团购区域运营负责人。', true)).toBe('author bio');
    expect(trailerKind('题图来自 Unsplash，基于 CC0 协议', true)).toBe('picture rights note');
    expect(trailerKind('如果您认为本词条还有待完善，需要补充新内容或修改错误内容，请编辑词条。', false)).toBe('reference entry');
  });
  it('names the platform a writer\'s original was published on as the source', () => {
    const article = extract(`<div class="content">${[ZH, ZH, ZH].map((text) => `<p>${text}</p>`).join('')}<p>本文由 @青柠 原创发布于人人都是产品经理，未经许可，禁止转载</p><p>题图来自 Unsplash，基于 CC0 协议</p></div>`);
    expect(article.source).toBe('人人都是产品经理');
    expect(article.text).not.toContain('原创发布于');
  });
});

describe('twenty-seventh batch: 中国经济网, 第一财经', () => {
  it('reads a name spaced apart before a glued 字号 tool', () => {
    expect(readLabelLine('2023年05月12日 07:38 来源：经济日报作者：彭 江字号：大 中 小我要纠错')?.hits).toMatchObject({ authors: ['彭江'], source: '经济日报' });
  });
  it('takes the site\'s name opening the info line before its time for the outlet', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta property="og:site_name" content="第一财经"><title>新势力2月交付量环比下滑 | 一财网</title></head><body><h1>新势力2月交付量环比下滑</h1><p class="names"><span>第一财经</span>  <em>2021-03-04 10:05:12</em>  <span>作者：彭皓璇</span>  <span>责编：任绍敏</span></p><div class="content">${[ZH, ZH, ZH].map((text) => `<p>${text}</p>`).join('')}</div></body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://www.yicai.com/news/100977123.html' })!;
    expect(article.source).toBe('第一财经');
    expect(article.authors).toEqual(['彭皓璇']);
  });
});

describe('twenty-eighth batch: 中国青年网, 每经网', () => {
  it('takes neither a related box\'s heading nor a picture\'s 来源 for the outlet', () => {
    expect(readLabelLine('相关新闻')?.hits.source).toBeUndefined();
    expect(readLabelLine('封面图片来源：每经记者 周程 摄')?.hits.source).toBeUndefined();
    expect(readLabelLine('来源：新华社')?.hits.source).toBe('新华社');
  });
});

describe('zhweb twelfth batch: a 穷游 thread', () => {
  it('takes no floor badge run into the date\'s word for the poster', () => {
    expect(readLabelLine('楼主发表于 2019-10-21 22:14')?.hits.authors).toEqual([]);
    expect(readLabelLine('华夏人文 2020-03-09 18:14:21')?.hits.authors).toEqual(['华夏人文']);
  });
  const post = (head: string, inside = '') =>
    extractArticle(parseDocument(page(`${head}<article>${inside}${`<p>${ZH}</p>`.repeat(6)}</article><div class="comments"><a class="user-name">清风徐来</a><p>${ZH.slice(0, 20)}</p></div>`)), { url: 'https://www.example.com/article/6969123456789012743/' })!;
  it('credits the account that opens the post\'s info line before its time, or carries the thread starter\'s badge', () => {
    expect(post('<div class="article-meta"><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">老周说三农</a></span><span>2021-06-03 10:05</span><span>·</span><span class="source-tag">头条号</span><a class="report">举报</a></div>').authors).toEqual(['老周说三农']);
    expect(post('<div class="post-user"><a href="//www.example.com/u/8723415" class="name">半岛铁盒</a><span class="louzhu-tag">楼主</span></div>').authors).toEqual(['半岛铁盒']);
    // A comment's header reads alike, away from the headline: its writer is no author.
    const withComment = extractArticle(parseDocument(page(`<article>${`<p>${ZH}</p>`.repeat(6)}</article><ul class="comments"><li><p><span><a href="/u/2093456712">秋水长天</a></span><span>2019-06-02 22:03</span></p><p>${ZH.slice(0, 20)}</p></li></ul>`)), { url: URL })!;
    expect(withComment.authors).toEqual([]);
    // A profile link with neither beside it credits nobody.
    expect(post('<div class="article-meta"><span class="name"><a href="/c/user/token/MS4wLjABAAAA/">老周说三农</a></span><span>阅读 1.2万</span></div>').authors).toEqual([]);
  });
  it('leaves out a shop\'s commodity card and a project card set into the story', () => {
    const text = post('', '<div class="pgc-commodity"><div class="commodity-card"><p class="commodity-title">老式手摇辘轳井绳 加粗尼龙打水绳 20米</p><p>¥ 39.9</p><span>去看看</span></div></div><div class="project-card"><a href="/p/laketsdb">LakeTSDB</a><p class="desc">轻量级分布式时序数据库，兼容 SQL 与 PromQL</p></div>').text;
    expect(text).not.toContain('辘轳井绳');
    expect(text).not.toContain('PromQL');
  });
});

describe('twenty-ninth batch: WeChat, 新浪财经, 南方周末, 澎湃 湃客', () => {
  it('reads a story container kept invisible until a script lays it out (WeChat `js_content`)', () => {
    const html = (style: string) =>
      `<html><head><title>抽检12批次不合格</title></head><body><h1 id="activity-name">抽检12批次不合格！这些电风扇别买</h1><div class="profile"><strong>无锡发布</strong><p>无锡市人民政府新闻办公室官方微信，发布权威政务信息。</p><p>406篇原创内容</p></div><div id="js_content" style="${style}">${`<section><span>${ZH}</span></section>`.repeat(8)}</div><div class="tips">继续滑动看下一个</div></body></html>`;
    const text = (style: string) => extractArticle(parseDocument(html(style)), { url: 'https://mp.weixin.qq.com/s?__biz=MzA5&mid=1' })?.text ?? '';
    expect(text('visibility: hidden;')).toContain('常务会议');
    expect(text('visibility: hidden;')).not.toContain('官方微信');
    // A short invisible box stays out.
    const box = extract(`${`<p>${ZH}</p>`.repeat(6)}<div style="visibility: hidden">扫码关注我们，获取更多权威信息</div>`).text;
    expect(box).not.toContain('扫码关注');
  });
  it('leaves out an advertiser\'s slogan line, a paper\'s wall, a writer\'s bio and original note', () => {
    expect(trailerKind('炒股就看金麒麟分析师研报，权威，专业，及时，全面，助您挖掘潜力主题机会！', true)).toBe('advertisement line');
    expect(trailerKind('会议要求，要坚持问题导向，系统谋划，统筹推进，为您提供更好的服务。', true)).toBeNull();
    expect(trailerKind('本文为南方周末原创付费内容，剩余 68% 未读', false)).toBe('paywall prompt');
    expect(trailerKind('开通南方周末会员，畅读全部付费内容', false)).toBe('paywall prompt');
    expect(trailerKind('已是会员？登录继续阅读', false)).toBe('paywall prompt');
    expect(trailerKind('作者简介：沈一舟，城市规划师，业余做城市观察记录，关注老城区的日常生活。', true)).toBe('author bio');
    expect(trailerKind('本文系作者原创，未经授权请勿转载。', true)).toBe('reprint note');
  });
  it('reads the outlet run into a labelled writer\'s role as the source, and no intern\'s role as a name', () => {
    expect(readLabelLine('作者：南方周末记者 杨思琪 南方周末实习生 林可')?.hits).toMatchObject({ authors: ['杨思琪', '林可'], source: '南方周末' });
    expect(readLabelLine('作者：本报记者 张三')?.hits.source).toBeUndefined();
  });
  it('credits the account in a follow header under the headline', () => {
    const html = `<html><head><title>弄堂口的早餐摊</title></head><body><h1>在弄堂口看了一年早餐摊</h1><div class="header"><img src="/a.jpg"><div class="info"><div class="name"><a href="https://www.example.cn/user_3098812">沈一舟</a> <span>湃客</span></div><div><span>2023-03-12 08:16</span></div></div><div class="follow">+ 关注</div></div><div class="content">${`<p>${ZH}</p>`.repeat(6)}</div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://www.example.cn/newsDetail_forward_22341187' })!.authors).toEqual(['沈一舟']);
  });
});

describe('zhweb thirteenth batch: 少数派, 钛媒体, 语雀, an Argon blog', () => {
  it('leaves out a platform\'s stock notes, its app and shop pitches, a reprint note, an outdated notice, a knowledge base\'s pointer', () => {
    expect(trailerKind('Matrix 是少数派的写作社区，我们主张分享真实的产品体验，有实用价值的经验与思考。', true)).toBe('platform note');
    expect(trailerKind('文章代表作者个人观点，少数派仅对标题和排版略作修改。', true)).toBe('platform note');
    expect(trailerKind('特惠、好用的硬件产品，尽在 少数派sspai官方店铺 🛒', true)).toBe('platform note');
    expect(trailerKind('下载 少数派 客户端、关注 少数派公众号，了解更多的新玩意 🆒', true)).toBe('app promotion');
    expect(trailerKind('钛媒体注：本文来源于微信公众号深潮观察（ID：shenchaoguancha），作者：周衍，钛媒体经授权发布。', true)).toBe('reprint note');
    expect(trailerKind('本文最后更新于 1127 天前，其中的信息可能已经有所发展或是发生改变。', true)).toBe('outdated notice');
    expect(trailerKind('This post was last updated 412 days ago; some information may be out of date.', true)).toBe('outdated notice');
    expect(trailerKind('本文是《家里长辈的手机使用手册》知识库的一篇，其他篇目见左侧目录。', true)).toBe('series note');
  });
  it('reads a reprint note\'s account as the source and no republisher\'s words as a writer', () => {
    expect(readLabelLine('钛媒体注：本文来源于微信公众号深潮观察（ID：shenchaoguancha），作者：周衍，钛媒体经授权发布。')?.hits).toMatchObject({ authors: ['周衍'], source: '深潮观察' });
  });
  it('takes a picture\'s source element for no source of the story, and leaves out a paid column\'s card', () => {
    const html = `<html><head><title>二手奢侈品</title></head><body><h1>二手奢侈品门店越开越多</h1><div class="post-cover"><img src="/c.jpg"><p class="img-source">图片来源@视觉中国</p></div><div class="post-content">${`<p>${ZH}</p>`.repeat(3)}<div class="paid-column-card"><div class="label">付费栏目</div><div class="series-title">读书的方法：从输入到输出</div><div>¥ 39 · 已有 2871 人购买</div></div>${`<p>${ZH}</p>`.repeat(3)}</div></body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://www.example.com/6221311.html' })!;
    expect(article.source).toBeUndefined();
    expect(article.text).not.toContain('已有 2871 人购买');
  });
});

describe('thirtieth batch: 腾讯新闻, 北青网, a 研究生院', () => {
  it('reads a producer credit as the source (the outlet before its column), and no second role\'s names as writers', () => {
    expect(readLabelLine('出品 | 腾讯新闻《一线》')?.hits.source).toBe('腾讯新闻');
    expect(readLabelLine('来源：英国《金融时报》')?.hits.source).toBe('英国《金融时报》');
    expect(readLabelLine('文/本报记者 王晨曦　统筹/李平')?.hits.authors).toEqual(['王晨曦']);
    expect(readLabelLine('作者：张三 李四|新华社')?.hits.authors).toEqual(['张三', '李四']);
  });
  it('leaves out a paper\'s tip line and a related heading behind a mark', () => {
    expect(trailerKind('北青报热线：010-67756666　欢迎您提供身边的新闻线索，一经采用，即付报料费。', true)).toBe('tip line');
    expect(isTrailerHeading('▼往期回顾')).toBe(true);
  });
  it('takes no column\'s name for the title where a heading stands above the info line', () => {
    const html = `<html><head><title>我校研究生学术创新论坛开幕-研究生院</title><meta property="og:title" content="新闻动态"></head><body><div class="side"><h2>新闻动态</h2><ul><li><a href="/1">通知公告</a></li></ul></div><div class="main"><div class="crumbs">当前位置: 首页 >> 新闻动态 >> 正文</div><form name="newscontent"><div class="content-title"><h3>我校研究生学术创新论坛开幕</h3><i>作者：韩雪&nbsp;&nbsp;&nbsp;&nbsp;编辑：孙悦&nbsp;&nbsp;&nbsp;&nbsp;发布时间：2023-05-18</i></div><div id="vsb_content"><div class="v_news_content"><p><img src="/__local/forum.jpg"></p>${Array.from({ length: 8 }, (_, i) => `<p>第${i + 1}段，${ZH}</p>`).join('')}</div></div></form></div></body></html>`;
    expect(extractArticle(parseDocument(html), { url: 'https://gs.example.edu.cn/info/1042/5188.htm' })!.title).toBe('我校研究生学术创新论坛开幕');
  });
});

describe('thirty-first batch: a 网易号 post, 新浪财经头条, 中国新闻网', () => {
  it('takes no sentence in brackets for a writer\'s credit, and leaves out a picture rights note', () => {
    expect(readBracketedCredits('奶茶店的老板说。（文中图片均为作者拍摄，未经允许请勿搬运）')).toBeNull();
    expect(readBracketedCredits('（记者王成果）')?.authors).toEqual(['王成果']);
    expect(trailerKind('（文中图片均为作者拍摄，未经允许请勿搬运）', true)).toBe('picture rights note');
  });
  it('leaves out a site\'s disclaimer and reprint terms, its app\'s pitch and an account\'s follow prompt', () => {
    expect(trailerKind('本网站所刊载信息，不代表中新社和中新网观点。 刊用本网站稿件，务经书面授权。', true)).toBe('copyright');
    expect(trailerKind('更多权威解读，请下载中新网客户端。在这里，读懂中国经济的每一个细节。', true)).toBe('app promotion');
    expect(trailerKind('关注“鹿鸣财经观察”，每周三篇，聊聊银行、理财和你的钱包。', true)).toBe('follow prompt');
    expect(trailerKind('关注民生，是政府工作的出发点和落脚点。', true)).toBeNull();
  });
});

describe('zhweb fourteenth and fifteenth batches: InfoQ, 太平洋电脑网, 搜狐号, 简书, 微博头条文章', () => {
  it('leaves out a repost\'s follow prompt, a campaign note, a giveaway call, a review score, a lone dash line', () => {
    expect(trailerKind('点击上方蓝字，关注我们', true)).toBe('follow prompt');
    expect(trailerKind('本文参与「简书·故乡征文」活动，首发简书，转载请联系作者。', true)).toBe('campaign note');
    expect(trailerKind('转发本文并关注@小叶的白茶园，5月25日抽3位朋友各送一罐今年的明前白茶，包邮到家。', true)).toBe('call to action');
    expect(trailerKind('推荐指数：★★★★☆', true)).toBe('review score');
    expect(trailerKind('——', true)).toBe('separator');
  });
  it('ends a post at its author bio, its event and reading picks and a review\'s verdict box', () => {
    for (const heading of ['作者介绍：', '作者简介', '活动推荐', '今日好文推荐', '编辑点评：']) expect(isTrailerHeading(heading), heading).toBe(true);
  });
});

describe('the fourth round\'s Chinese batches: 新浪, 腾讯, 凤凰网, 自由時報, 掘金', () => {
  it('leaves out a player\'s loading text, a pseudonym note, a helpline notice, a campaign note, a copy button', () => {
    expect(trailerKind('视频加载中，请稍候... 自动播放 开', false)).toBe('video player');
    expect(trailerKind('正在加载...', false)).toBe('video player');
    expect(trailerKind('正在加载的数据显示，今年的出口增速加快。', false)).toBeNull();
    expect(trailerKind('（应受访者要求，文中梁国栋为化名）', true)).toBe('pseudonym note');
    expect(trailerKind('自殺防治諮詢安心專線：1925（依舊愛我）；生命線協談專線：1995', true)).toBe('helpline notice');
    expect(trailerKind('本文正在参加「金石计划」', true)).toBe('campaign note');
    expect(trailerKind('复制代码', false)).toBe('page tools');
  });
});

describe('the fifth round\'s simplified-Chinese batches (heldout-pages heldout33, zhweb-pages heldout17)', () => {
  it('reads a desk\'s chief editor (主编, 栏目主编) as an editor', () => {
    expect(readLabelLine('责任编辑：李静雯　主编：钟卫华')?.hits.editors).toEqual(['李静雯', '钟卫华']);
    expect(readLabelLine('栏目主编：邵宁　文字编辑：周婷')?.hits.editors).toEqual(['邵宁', '周婷']);
  });
  it('ends a source where a date runs into it with no space', () => {
    expect(readLabelLine('来源：中国青年网2021-09-14 10:22:15字号：大 中 小')?.hits.source).toBe('中国青年网');
  });
  it('takes a 简介 lead over a post as its standfirst, not its text', () => {
    const article = extract(`<p>简介： 一个状态量接近 3TB 的风控作业，检查点长期超时失败。</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(article.text).not.toContain('简介');
    expect(article.subtitle).toContain('一个状态量接近 3TB 的风控作业，检查点长期超时失败。');
  });
  it('leaves out a picture\'s zoom hint, a post\'s plea for likes and follows, a takedown note and a closing bio', () => {
    expect(trailerKind('（点击图片查看大图）', false)).toBe('photo caption');
    expect(trailerKind('如果这篇文章对你有帮助，欢迎点赞、收藏，也欢迎关注我的专栏《后端踩坑笔记》。', false)).toBe('call to action');
    expect(trailerKind('如果本文对您有所帮助，请点个赞', false)).toBe('call to action');
    expect(trailerKind('如果你有更好的办法，欢迎留言讨论。', false)).toBeNull();
    expect(trailerKind('图片来自网络，侵删', false)).toBe('copyright');
    expect(trailerKind('作者简介：陈素衣，宁波市作家协会会员，作品散见于《文学港》等。', true)).toBe('author bio');
    expect(trailerKind('作者简介：陈素衣，宁波市作家协会会员，作品散见于《文学港》等。', false)).toBeNull();
  });
  it('reads a reposted essay\'s closing source line once the bio and takedown note under it are gone', () => {
    const article = extract(`<p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>来源：宁波晚报 2021年12月19日 A12版</p><p>作者简介：陈素衣，宁波市作家协会会员，作品散见于《文学港》等。</p><p>图片来自网络，侵删</p>`);
    expect(article.source).toBe('宁波晚报');
    expect(article.text).not.toContain('作者简介');
  });
});

describe('the sixth round\'s simplified-Chinese batches (heldout-pages heldout34, zhweb-pages heldout18)', () => {
  it('leaves a read-aloud button\'s label out of the headline', () => {
    const html = `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>新华网安徽频道</title></head><body><h1><span class="title">“科技副总”进企业</span><span class="btn-audio">听新闻</span></h1><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p></body></html>`;
    expect(extractArticle(parseDocument(html), { url: URL })!.title).toBe('“科技副总”进企业');
  });
  it('takes an AI summary box over a post as its standfirst', () => {
    const article = extract(`<div class="post-ai"><div class="ai-title">AI 摘要</div><div class="ai-explanation">本文记录了作者将博客迁移到新平台的完整过程。</div></div><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(article.text).not.toContain('迁移到新平台');
    expect(article.subtitle).toContain('本文记录了作者将博客迁移到新平台的完整过程。');
  });
});

describe('the seventh round\'s simplified-Chinese batches (heldout-pages heldout35, zhweb-pages heldout19)', () => {
  it('leaves out a related story\'s teaser boxed into the text after a bracketed heading', () => {
    expect(trailerKind('【延伸阅读】今年7月，极目新闻曾报道，孝感一名七旬老人凌晨走失后被困稻田。点击查看>>', false)).toBe('related teaser');
    // (The heading alone starts the page's tail instead.)
    expect(trailerKind('【延伸阅读】', false)).toBeNull();
    expect(isTrailerHeading('【延伸阅读】')).toBe(true);
  });
  it('reads a column\'s closing signature with the writer\'s role as the writer, not the text', () => {
    const article = extract(`<p>${ZH}</p><p>${ZH}</p><p>${ZH}</p><p>唐晓舟（教育学者）</p>`);
    expect(article.authors).toEqual(['唐晓舟']);
    expect(article.text).not.toContain('教育学者');
  });
  it('leaves out a closing bio under a 作者 label and an update note opening a post', () => {
    expect(trailerKind('作者：周明远，浙江衡岳律师事务所合伙人律师，执业十二年，主要办理民间借贷案件。', true)).toBe('author bio');
    expect(trailerKind('作者：张三，李四', true)).toBeNull();
    expect(trailerKind('【2022年3月2日更新】最高人民法院新的民间借贷司法解释已于2021年1月1日起施行。', true)).toBe('update note');
  });
  it('names no writer with a table of contents\' heading', () => {
    const article = extract(`<p><b>目录</b></p><p>一、高端化是个什么账<br>二、吨价：涨了，但涨在哪里</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(article.authors).not.toContain('目录');
  });
});

describe('the eighth round\'s simplified-Chinese batches (heldout-pages heldout36, zhweb-pages heldout20)', () => {
  it('leaves out an app\'s plug, a tip line, a poll, a topic card, a hashtag line and a call for comments', () => {
    expect(trailerKind('权威发布 · 首都资讯', true)).toBe('app promotion');
    expect(trailerKind('你身边有这样的故事吗？欢迎拨打新闻热线0571-85311999，我们将第一时间跟进报道。', false)).toBe('tip line');
    expect(trailerKind('【壹点投票】', false)).toBe('poll widget');
    expect(trailerKind('已有2316人参与', false)).toBe('poll widget');
    expect(trailerKind('【专题】决战决胜脱贫攻坚 湖南在行动', false)).toBe('related teaser');
    expect(trailerKind('#日更挑战# 第 87 天 | #非虚构写作#', false)).toBe('tags line');
    expect(trailerKind('欢迎在评论区说说你的夜班是什么样子，点个赞让更多人看到。', false)).toBe('call to action');
  });
  it('ends a story at a next-part preview and a press contact, and leaves out an outdated-post notice', () => {
    expect(isTrailerHeading('下篇预告：')).toBe(true);
    expect(isTrailerHeading('媒体联系')).toBe(true);
    expect(trailerKind('这篇文章上次修改于 1040 天前，可能其部分内容已经发生变化，如有疑问可询问作者。', true)).toBe('outdated notice');
  });
  it('reads a last-modified label as the change, not the publication', () => {
    expect(readLabelLine('最后修改：2022 年 02 月 09 日')?.hits).toMatchObject({ modified: { year: 2022, month: 2, day: 9 } });
    expect(readLabelLine('最后修改：2022 年 02 月 09 日')?.hits.date).toBeUndefined();
  });
});

describe('the ninth round\'s simplified-Chinese batches (heldout-pages heldout37, zhweb-pages heldout21)', () => {
  it('ends a story at a recap box of earlier reports and a museum\'s visit tips', () => {
    expect(isTrailerHeading('澎湃新闻此前报道')).toBe(true);
    expect(isTrailerHeading('参观提示')).toBe(true);
    expect(isTrailerHeading('据此前报道，该项目已经完工')).toBe(false);
  });
  it('leaves out a paper\'s reader hotline and reprint terms', () => {
    expect(trailerKind('读者热线：4008890008', false)).toBe('tip line');
    expect(trailerKind('如需转载请与《每日经济新闻》报社联系。', false)).toBe('copyright');
  });
  it('takes a 导读 lead over a post as its standfirst', () => {
    const article = extract(`<p>导读：没收手机、断网、吵架……这些办法家长们大多试过。</p><p>${ZH}</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(article.text).not.toContain('导读');
  });
});
