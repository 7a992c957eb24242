/**
 * Rules taught by the traditional-script and non-mainland templates (tests/trad-pages/): each
 * on a small synthetic page or line, so that it fails on its own when the rule goes.
 */
import { describe, expect, it } from 'vitest';
import { isTrailerHeading, trailerKind } from '../../shared/clean/trailers';
import { withoutAgencies, withoutAgencySignOff } from '../../shared/extract/byline';
import { findDateInText } from '../../shared/extract/dates';
import { dispatchOutlet, readBracketedCredits, readLabelLine } from '../../shared/extract/labels';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';

const PARAGRAPHS = [
  '市政府今天公布新的交通改善計畫，預計在明年底前完成主要路口的號誌更新，並增設行人專用時相。',
  '交通局表示，計畫總經費約新台幣三億元，將分三期施工，施工期間會盡量避開上下班尖峰時段。',
  '有市議員認為，計畫方向正確，但也提醒市府應加強與沿線商家的溝通，減少施工對營業的影響。',
  '市府強調，將在施工前舉辦說明會，並設立專線回應民眾的意見與陳情。',
];

function page(head: string, story: string, options: { before?: string; after?: string } = {}): string {
  return `<!DOCTYPE html><html lang="zh-Hant"><head><meta charset="utf-8"><title>市府公布交通改善計畫 | 測試新聞網</title></head><body>
<nav><a href="/">首頁</a> <a href="/a">政治</a> <a href="/b">社會</a></nav>
<div class="main"><h1>市府公布交通改善計畫</h1>${head}${options.before ?? ''}
<div class="article-body">${story}</div>${options.after ?? ''}
<div class="related"><h3>相關新聞</h3><ul><li><a href="/1">另一則新聞的標題在這裡</a></li></ul></div></div>
<footer><p>測試新聞網 版權所有 © 2023 All Rights Reserved.</p></footer></body></html>`;
}
const paragraphs = (items: readonly string[]): string => items.map((text) => `<p>${text}</p>`).join('');
const extract = (html: string, url = 'https://news.example.tw/a/1') => extractArticle(parseDocument(html), { url })!;

describe('traditional-script and non-mainland news conventions', () => {
  it('keeps a first paragraph whose sentence says 未經許可 (not a copyright notice)', () => {
    expect(trailerKind('（記者林冠宇台北5日電）業者添加未經許可的添加物，將處以罰鍰，主管機關也將要求下架相關產品。', true)).toBeNull();
    expect(trailerKind('本網站內容未經許可，不得轉載。', true)).toBe('copyright');
  });

  it('reads a wire dateline credit: the reporter without the place and day, the outlet as source', () => {
    const credits = readBracketedCredits('（中央社記者林冠宇台北5日電）立法院會今天三讀通過修正草案。')!;
    expect(credits.authors).toEqual(['林冠宇']);
    expect(credits.source).toBe('中央社');
    expect(readBracketedCredits('（中央社記者王小明、李大華華盛頓4日專電）美國國務院表示。')!.authors).toEqual(['王小明', '李大華']);
    const article = extract(page('<div class="time">2023/05/05 14:32</div>', paragraphs([`（中央社記者林冠宇台北5日電）${PARAGRAPHS[0]}`, ...PARAGRAPHS.slice(1)])));
    expect(article.authors).toEqual(['林冠宇']);
    expect(article.source).toBe('中央社');
    expect(article.text.startsWith('（中央社記者林冠宇台北5日電）市政府今天')).toBe(true);
  });

  it('reads Taiwan credits in 〔〕 and with 報導, with a slash before the place', () => {
    expect(readBracketedCredits('〔記者張瑞德／南投報導〕受颱風外圍環流影響，南投山區豪雨。')!.authors).toEqual(['張瑞德']);
    const line = readLabelLine('公視新聞網 記者 黃郁婷 / 台北報導')!;
    expect(line).toMatchObject({ pure: true, hits: { authors: ['黃郁婷'], source: '公視新聞網' } });
    expect(readLabelLine('記者林雅婷／台南報導')!.hits.authors).toEqual(['林雅婷']);
  });

  it('cuts a closing editor credit followed by a compact date code', () => {
    const story = paragraphs([...PARAGRAPHS.slice(0, 3), `${PARAGRAPHS[3]}（編輯：陳俊華）1120505`]);
    const article = extract(page('<div class="time">2023/05/05 14:32</div>', story));
    expect(article.editors).toEqual(['陳俊華']);
    expect(article.text.endsWith('陳情。')).toBe(true);
  });

  it('names the outlet from a dispatch tag opening the story', () => {
    expect(dispatchOutlet('【明報專訊】團結香港基金昨日發表研究報告。')).toBe('明報');
    expect(dispatchOutlet('（德國之聲中文網）德國聯邦議院週五通過新法。')).toBe('德國之聲中文網');
    expect(dispatchOutlet('（中央社台北5日電）行政院今天表示。')).toBe('中央社');
    // 本報 is the page's own paper, not a name; a bracketed aside is no outlet.
    expect(dispatchOutlet('【本報消息】輕軌工程進展順利。')).toBeUndefined();
    expect(dispatchOutlet('（圖為示意）市府表示。')).toBeUndefined();
  });

  it('takes in a lead paragraph set apart above the story container when it opens with a dispatch tag', () => {
    const lead = `<div class="upper"><figure><img src="/a.jpg"><figcaption>市府官員說明計畫內容。（資料圖片）</figcaption></figure><p>【明報專訊】${PARAGRAPHS[0]}</p></div>`;
    const article = extract(page('<div class="date">2023年5月6日星期六</div>', paragraphs(PARAGRAPHS.slice(1)), { before: lead }));
    expect(article.text.startsWith('【明報專訊】市政府今天')).toBe(true);
    expect(article.source).toBe('明報');
    // Without the tag the paragraph above is not taken (it may be a teaser or a standfirst).
    const plain = `<div class="upper"><p>${PARAGRAPHS[0]}</p></div>`;
    expect(extract(page('', paragraphs(PARAGRAPHS.slice(1)), { before: plain })).text.startsWith('交通局表示')).toBe(true);
  });

  it('keeps the zone a Chinese page shows its time in when a declared instant tells it', () => {
    const head = '<meta property="article:published_time" content="2023-03-14T16:05:00+00:00">';
    const html = page('<div class="dates">發表時間： 14/03/2023 - 17:05</div>', paragraphs(PARAGRAPHS)).replace('</head>', `${head}</head>`);
    expect(extract(html).publishedAt).toBe('2023-03-14T17:05:00+01:00');
    // The same time at Beijing's offset, or a time the declared value does not give, reads as Beijing time.
    const beijing = page('<div class="dates">發表時間： 2023-03-14 17:05</div>', paragraphs(PARAGRAPHS)).replace('</head>', '<meta property="article:published_time" content="2023-03-14T09:05:00Z"></head>');
    expect(extract(beijing).publishedAt).toBe('2023-03-14T17:05:00+08:00');
    const other = page('<div class="dates">發表時間： 2023-03-14 17:05</div>', paragraphs(PARAGRAPHS)).replace('</head>', '<meta property="article:published_time" content="2023-03-14T16:22:00Z"></head>');
    expect(extract(other).publishedAt).toBe('2023-03-14T17:05:00+08:00');
    const mislabelled = page('<div class="dates">發表時間： 2023-03-14 17:05</div>', paragraphs(PARAGRAPHS)).replace('</head>', '<meta property="article:published_time" content="2023-03-14T17:05:00Z"></head>');
    expect(extract(mislabelled).publishedAt).toBe('2023-03-14T17:05:00+08:00');
  });

  it('drops labelled date lines under a standfirst', () => {
    const story = `<p class="chapo">${PARAGRAPHS[0]}</p><div>發表時間： 14/03/2023 - 17:05</div><div>更改時間： 14/03/2023 - 17:40</div>${paragraphs(PARAGRAPHS.slice(1))}`;
    const article = extract(page('', story));
    expect(article.text).not.toContain('發表時間');
    expect(article.text).not.toContain('更改時間');
    expect(article.publishedAt).toBe('2023-03-14T17:05:00+08:00');
  });

  it('splits a declared list of Chinese names, and drops the closing writers\' note and translator credit', () => {
    const note = '<p>本田幸子(Hisako Ueno)是《紐約時報》東京分社的記者。黎雅各(Jacob Lee)是《紐約時報》駐首爾記者。</p><p>翻譯：紐約時報中文網</p>';
    const html = page('<time>2023年7月6日</time>', paragraphs(PARAGRAPHS) + note).replace('</head>', '<meta name="byline" content="本田幸子, 黎雅各"></head>');
    const article = extract(html);
    expect(article.authors).toEqual(['本田幸子', '黎雅各']);
    expect(article.text.endsWith('陳情。')).toBe(true);
    expect(article.editors).toEqual([]);
    // A closing paragraph about someone else stays.
    const other = page('<time>2023年7月6日</time>', paragraphs([...PARAGRAPHS, '王市長是該計畫的主要推動者。']));
    expect(extract(other).text.endsWith('主要推動者。')).toBe(true);
  });

  it('reads 核稿編輯 as an editor credit', () => {
    expect(readLabelLine('核稿編輯：王怡文')!.hits.editors).toEqual(['王怡文']);
  });

  it('dates a month and day without a year by the copyright year, only when nothing else dates the page', () => {
    const article = extract(page('<div class="time">5月9日 上午10:30</div>', paragraphs(PARAGRAPHS)), 'https://news.example.hk/society/3212345');
    expect(article.publishedAt).toBe('2023-05-09T10:30:00+08:00');
    const fromUrl = extract(page('<div class="time">5月9日</div>', paragraphs(PARAGRAPHS)), 'https://news.example.hk/2021/society/3212345');
    expect(fromUrl.publishedAt).toBe('2021-05-09');
    const dated = extract(page('<div class="time">5月9日 上午10:30</div>', paragraphs(PARAGRAPHS)).replace('</head>', '<meta property="article:published_time" content="2022-05-09T02:30:00Z"></head>'));
    expect(dated.publishedAt).toBe('2022-05-09T10:30:00+08:00');
  });

  it('reads a reporter credit beside the time, and a comma after 作者', () => {
    expect(readLabelLine('2023-07-18 09:35 聯合報／ 記者周晉宇／即時報導')).toMatchObject({ pure: true, hits: { authors: ['周晉宇'], source: '聯合報' } });
    expect(readLabelLine('記者林雅婷／台南報導 112/11/21 15:05')).toMatchObject({ pure: true, hits: { authors: ['林雅婷'], date: { year: 2023, month: 11, day: 21, hour: 15 } } });
    expect(readLabelLine('作者，麥克·普爾')!.hits.authors).toEqual(['麥克·普爾']);
    expect(readLabelLine('作者稱號，BBC氣候記者')).toBeNull();
  });

  it('reads a time after a +08:00 zone name (HKT)', () => {
    const article = extract(page('<div class="date">2023-10-05 HKT 15:32</div>', paragraphs(PARAGRAPHS)));
    expect(article.publishedAt).toBe('2023-10-05T15:32:00+08:00');
  });

  it('drops a picture caption closing with （圖／…）', () => {
    expect(trailerKind('▲市府人員稽查夜市周邊騎樓。（圖／台中市政府提供）', false)).toBe('photo caption');
    const story = paragraphs(['▲市府官員說明計畫內容。（圖／測試市政府提供）', ...PARAGRAPHS]);
    expect(extract(page('<div class="time">2023/05/05 14:32</div>', story)).text.startsWith('市政府今天')).toBe(true);
  });

  it('ends the story at a closing author credit without a colon, and drops a closing ※ note', () => {
    const box = '<p>作者 蔡佩珈</p><p>政治組記者，關注地方政治與選舉。</p>';
    const article = extract(page('<div class="time">2023-08-22 11:20</div>', paragraphs(PARAGRAPHS) + box));
    expect(article.text.endsWith('陳情。')).toBe(true);
    const noted = extract(page('<div class="time">2023-08-22 11:20</div>', paragraphs([...PARAGRAPHS, '※ 提醒您：投資有風險，請審慎評估。'])));
    expect(noted.text.endsWith('陳情。')).toBe(true);
    // Japanese text uses the mark for its own notes, which stay.
    const japanese = extract(page('<div class="time">2023-08-22 11:20</div>', paragraphs([...PARAGRAPHS, '※「iPhone」は、Apple Inc.の商標です。'])));
    expect(japanese.text.endsWith('商標です。')).toBe(true);
  });

  it('reads credits with a slash after the label, 網編 and 报道 labels', () => {
    expect(readLabelLine('責任編輯／王思涵')!.hits.editors).toEqual(['王思涵']);
    expect(readLabelLine('記者：王小明　責編：李大華　網編：陳子文')!.hits).toMatchObject({ authors: ['王小明'], editors: ['李大華', '陳子文'] });
    expect(readLabelLine('报道：林美琪')!.hits.authors).toEqual(['林美琪']);
    // Inside a sentence 报道 is a verb, not a label.
    expect(readLabelLine('据新华社报道：国务院今天召开常务会议，部署下一阶段工作，会议由总理主持，并提出多项具体措施。')?.hits.authors ?? []).toEqual([]);
  });

  it('reads the US and Central European zones international services write times in', () => {
    const article = extract(page('<div class="date">2023.06.01 10:15 EDT</div>', paragraphs(PARAGRAPHS)));
    expect(Date.parse(article.publishedAt!)).toBe(Date.parse('2023-06-01T14:15:00Z'));
  });

  it('cuts the body at a "more of our reports" heading (更多鏡週刊報導)', () => {
    const more = '<p>更多測試週刊報導</p><p><a href="/1">老屋新生 台南正興街的文創實驗</a></p>';
    const article = extract(page('<div class="time">2023/06/01 18:15</div>', paragraphs(PARAGRAPHS) + more));
    expect(article.text.endsWith('陳情。')).toBe(true);
  });
});

describe('third held-out batch', () => {
  it('reads a TV station\'s closing credit: the outlet, a slash, the reporters', () => {
    expect(readBracketedCredits('高溫持續，民眾外出記得補充水分。（民視新聞／林柏翰、王俊傑 台中報導）')).toMatchObject({ authors: ['林柏翰', '王俊傑'], source: '民視新聞', textWithoutTrailingCredit: '高溫持續，民眾外出記得補充水分。' });
  });
  it('takes a finance site\'s 【說明】 notes and a continue-reading prompt for furniture', () => {
    expect(trailerKind('【說明】本網站所載資料只供參考，並不構成任何投資建議。', true)).toBe('site notes');
    expect(trailerKind('請繼續往下閱讀...', false)).toBe('load more');
  });
});

describe('third held-out batch: overseas dailies', () => {
  it('reads the credit after a time whose zone is named in brackets', () => {
    expect(readLabelLine('2024-03-11 21:40（美東時間） 世界日報 記者張婉婷／紐約報導')).toMatchObject({ pure: true, hits: { authors: ['張婉婷'], source: '世界日報' } });
  });
  it('takes a Chinese-language agency credited as the writer, or signing off the story, for the source', () => {
    expect(withoutAgencySignOff('她也呼吁民众更新联络资料。（马新社）')).toEqual({ text: '她也呼吁民众更新联络资料。', agency: '马新社' });
    expect(withoutAgencies(['法新社'])).toEqual({ people: [], agency: '法新社' });
  });
  it('reads a wire service\'s sign-off on its own line as the source', () => {
    const story = '卫生部宣布在十个州的政府诊所试行电子转诊系统，病人到医院专科门诊前，诊所医生可以直接在线上转交病历资料。';
    const html = `<html lang="zh"><head><title>政府诊所试行电子转诊</title></head><body><h1>政府诊所试行电子转诊</h1><div class="content"><p>${story}</p><p>${story}</p><p>（马新社）</p></div></body></html>`;
    const article = extractArticle(parseDocument(html), { url: 'https://www.example.com.my/20240506/clinics/' })!;
    expect(article.source).toBe('马新社');
    expect(article.text.endsWith('资料。')).toBe(true);
  });
});

describe('fourth batch: more Taiwan, Hong Kong and Malaysian templates', () => {
  it('reads a reporter credit before an info line\'s labels, and a lone 報導 closing a credit as no name', () => {
    expect(readLabelLine('記者 黃欣怡 報導 | 發布時間：2024-03-12 16:48 | 點閱次數：1,523')).toMatchObject({ pure: true, hits: { authors: ['黃欣怡'] } });
    expect(readLabelLine('記者 黃欣怡 報導')?.hits.authors).toEqual(['黃欣怡']);
  });
  it('reads a dispatch tag as no credit, and the outlet of a bracketed reporter credit without a common ending', () => {
    expect(readBracketedCredits('【文匯報訊】記者 梁靜儀 報道：新冠肺炎疫情下，市民網購藥物')?.authors).toEqual(['梁靜儀']);
    expect(readBracketedCredits('（大紀元記者李昕怡台北報導）')?.source).toBe('大紀元');
  });
  it('reads a Hong Kong page\'s numeric date day first, as its declared day confirms', () => {
    const html = page('<span class="date">05/08/2022</span>', paragraphs(PARAGRAPHS)).replace('lang="zh-Hant"', 'lang="zh-HK"').replace('</title>', '</title><script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-08-05T06:00:00+08:00"}</script>');
    expect(extract(html, 'https://skypost.example.hk/article/3278451').publishedAt?.slice(0, 10)).toBe('2022-08-05');
  });
  it('reads a writer credited on the line after the standfirst, and leaves out an audio player, a caption classed as a picture description, a gallery\'s title and buttons and an app prize draw', () => {
    const article = extract(page('', `<div class="audio-player"><div class="audio-title">【央廣新聞】交通改善計畫上路</div><audio src="/a.mp3"></audio></div><div class="pic-box"><img src="/a.jpg" alt=""><p class="pic-desc">▲市府公布交通改善計畫。資料圖片</p></div><p>${PARAGRAPHS[0]}</p><p>文：羅子晴（國立台灣大學社會學研究所碩士生）</p>${paragraphs(PARAGRAPHS.slice(1))}<div class="gallery"><span>相片集：交通改善計畫</span><div>上一張</div></div><p>不用抽 不用搶 現在用APP看新聞 保證天天中獎</p><p>${PARAGRAPHS[0]}</p>`));
    expect(article.authors).toEqual(['羅子晴']);
    for (const furniture of ['央廣新聞', '資料圖片', '文：羅子晴', '相片集', '上一張', '用APP看新聞']) expect(article.text).not.toContain(furniture);
  });
});

describe('fifth batch: broadcasters, Macau, Singapore and an overseas edition', () => {
  it('leaves out a correction notice, a station\'s public-service slogan, a messaging channel prompt, picture captions and press contacts', () => {
    for (const [line, kind] of [
      ['【更正啟事】本則新聞原報導補助金額為「600萬元」，正確應為「500萬元」，已更正，特此致歉。', 'correction note'],
      ['【東森新聞關心您】飲酒過量，有害健康；喝酒不開車，開車不喝酒。', 'public service note'],
      ['追蹤香港01 WhatsApp頻道，緊貼最新消息', 'app promotion'],
      ['圖說：成大醫工系副教授許家豪（右二）與研究團隊展示穿戴式汗液感測貼片。', 'photo caption'],
      ['新聞聯絡人：成大新聞中心 陳小姐 電話：06-2757575分機50061', 'contact line'],
    ] as const) expect(trailerKind(line, true)).toBe(kind);
    const article = extract(page('', paragraphs(PARAGRAPHS) + '<p>【東森新聞關心您】飲酒過量，有害健康；喝酒不開車，開車不喝酒。</p>'));
    expect(article.text.endsWith('陳情。')).toBe(true);
  });
});

describe('sixth batch: 中時, 風傳媒, 鏡週刊, 星島, am730, TVBS, 星洲, 新北市, 轉角國際', () => {
  it('leaves out a news site\'s reminder to its readers', () => {
    expect(trailerKind('TVBS新聞網提醒您：本新聞內容僅供參考，天氣資訊請以中央氣象局最新發布為準。', true)).toBe('public service note');
  });
});

describe('seventh batch: 自由時報, 經濟日報, 中央社, 大公文匯, 有線新聞, 力報, 8world, 東方日報, 故宮', () => {
  it('reads a reporter\'s bracketed credit closing the text in a caption\'s dress', () => {
    const html = page('', paragraphs(PARAGRAPHS), { after: '<p class="reporter-credit">（有線新聞記者 何嘉麗 沙田報道）</p>' });
    expect(extract(html).authors).toContain('何嘉麗');
  });
  it('leaves out a paper\'s social pages and a video\'s pointer', () => {
    expect(trailerKind('讚好力報Facebook專頁，或加入力報WhatsApp群組。', false)).toBe('app promotion');
    expect(trailerKind('观看视频：红山景小贩中心重新开放', false)).toBe('video player');
  });
});

describe('eighth batch: broadcasters, a magazine wall, a government press release', () => {
  it('reads a broadcaster\'s credit without a role word, and a station\'s reporter before 報導', () => {
    expect(readLabelLine('民視新聞／張書瑋、李明宏 台北報導')?.hits).toMatchObject({ authors: ['張書瑋', '李明宏'], source: '民視新聞' });
    expect(readLabelLine('中央廣播電臺 記者 周湘芸 報導')?.hits).toMatchObject({ authors: ['周湘芸'], source: '中央廣播電臺' });
    // A name before the slash is no outlet: the reporter, and no source (the fourteenth batch's rule).
    expect(readLabelLine('張書瑋／台北報導')?.hits).toMatchObject({ authors: ['張書瑋'] });
    expect(readLabelLine('張書瑋／台北報導')?.hits.source).toBeUndefined();
  });
  it('takes a player\'s button for no outlet', () => {
    expect(readLabelLine('收聽本則新聞')).toBeNull();
  });
  it('leaves out a paywall\'s meter, a members\' wall and a magazine\'s issue note', () => {
    expect(trailerKind('你已閱讀本月 3/5 篇免費文章', false)).toBe('paywall meter');
    expect(trailerKind('本文為會員限定內容', false)).toBe('paywall prompt');
    expect(trailerKind('今日免費閱讀中。加入遠見會員，每月免費閱讀5篇會員文章，訂閱數位版即可無限暢讀。', false)).toBe('paywall prompt');
    expect(trailerKind('本文出自 2022 / 10月號《遠見雜誌》第436期', true)).toBe('print-edition note');
  });
  it('names the paper closing its story on a line of its own as the source', () => {
    const article = extract(`<html lang="zh-HK"><head><title>樓價料再升</title></head><body><h1>樓價料再升</h1><article>${paragraphs(PARAGRAPHS)}<p>（香港經濟日報）</p></article></body></html>`);
    expect(article.source).toBe('香港經濟日報');
    expect(article.text).not.toContain('香港經濟日報');
  });
  it('completes a press release\'s closing day with the time on the line under it', () => {
    const release = `<html lang="zh-HK"><head><title>食物中毒個案</title><meta name="date" content="2018-05-22"></head><body><table><tr><td><span id="headline">食物中毒個案</span><span id="release">${PARAGRAPHS.join('<br><br>')}<br><br>完<br><br></span><p class="date-time">2018年5月22日（星期二）<br>香港時間17時20分</p></td></tr></table></body></html>`;
    const article = extract(release);
    expect(article.publishedAt).toBe('2018-05-22T17:20:00+08:00');
    expect(article.text).not.toContain('香港時間');
    expect(readLabelLine('2018年5月22日（星期二）')?.pure).toBe(true);
    expect(findDateInText('2018年5月22日 北京时间10:05')?.value).toMatchObject({ hour: 10, minute: 5 });
  });
});

describe('ninth batch: a radio badge, a university, a city government', () => {
  it('takes a player\'s `收聽新聞` for no outlet', () => {
    expect(readLabelLine('收聽新聞')).toBeNull();
    expect(readLabelLine('澳門電台')?.hits.source).toBe('澳門電台');
  });
  it('takes a headline with an acronym among Han characters for no shouted label', () => {
    const html = `<html lang="zh-Hant"><head><title>師大新聞 | 國立臺灣師範大學 公共事務中心</title><meta property="og:title" content="國立臺灣師範大學 公共事務中心"></head><body><h1>師大運競系研發AI跳水動作分析系統 選手入水角度即時回饋</h1><div class="content">${paragraphs(PARAGRAPHS)}</div></body></html>`;
    expect(extract(html).title).toBe('師大運競系研發AI跳水動作分析系統 選手入水角度即時回饋');
  });
  it('leaves out a contact\'s telephone line', () => {
    expect(trailerKind('聯絡電話：03-3322101分機5731', true)).toBe('contact line');
  });
});

describe('tenth batch: reprints, donation boxes, a paper\'s credit with a word of reporting', () => {
  const story = (closing: string) => extract(`<html lang="zh-Hant"><head><title>市府公布交通改善計畫</title></head><body><h1>市府公布交通改善計畫</h1><div class="content">${paragraphs(PARAGRAPHS)}${closing}</div></body></html>`);
  it('names the outlet a reprint note credits, and leaves the note out', () => {
    const article = story('<p>＊本文經授權轉載自上下游News&amp;Market（原標題：〈山上孩子的營養午餐〉）</p>');
    expect(article.source).toBe('上下游News&Market');
    expect(article.text).not.toContain('本文經授權轉載自');
  });
  it('names the paper closing the last paragraph with a word of reporting', () => {
    expect(story('<p>警方正調查事件。（星島日報報道）</p>').source).toBe('星島日報');
  });
  it('takes a picture supplied by the writer for no outlet', () => {
    expect(readLabelLine('圖片來源：作者提供')?.hits.source).toBeUndefined();
  });
  it('leaves out a messenger\'s follow prompt and a donation box', () => {
    expect(trailerKind('快加入《ETtoday新聞雲》LINE好友，生活大小事一手掌握', false)).toBe('app promotion');
    expect(trailerKind('【支持論盡，守護獨立新聞】', false)).toBe('support appeal');
    expect(trailerKind('論盡媒體是少數獨立媒體。我們需要你的支持，讓公共討論的空間得以延續。', true)).toBe('support appeal');
  });
});

describe('eleventh batch: 中時, 鏡週刊, 關鍵評論網, 香港01 周報, 商業周刊, 衛福部', () => {
  const story = (closing: string, head = '') => extract(page(head, `${paragraphs(PARAGRAPHS)}${closing}`));
  it('reads a paper\'s credit without a role word before the slash (`中國時報 林良齊、李侑珊／台北報導`)', () => {
    expect(readLabelLine('中國時報 林良齊、李侑珊／台北報導')?.hits).toMatchObject({ authors: ['林良齊', '李侑珊'], source: '中國時報' });
  });
  it('takes no related box\'s heading after a story of short paragraphs for its outlet', () => {
    expect(story('').source).toBeUndefined();
  });
  it('names the outlet of a reprint note that brackets it before 授權轉載', () => {
    const article = story('<p>本文經《換日線》授權轉載，原文發表於此</p>');
    expect(article.source).toBe('換日線');
    expect(article.text).not.toContain('授權轉載');
  });
  it('leaves out a members\' wall, a print subscription box and a magazine\'s promo line', () => {
    expect(trailerKind('此文章為01會員專享', false)).toBe('paywall prompt');
    expect(trailerKind('本文為第233期《香港01》周報內容。立即登入或免費註冊成為01會員，即可閱讀全文及收藏文章。', false)).toBe('paywall prompt');
    expect(trailerKind('想收到實體周報？按此訂閱《香港01》周報，每周一送到府上。', false)).toBe('subscription box');
    expect(trailerKind('更多內容，歡迎鏡週刊紙本雜誌、鏡週刊數位訂閱、了解內容授權資訊。', false)).toBe('subscription box');
  });
  it('reads `出版：… 更新：…` as the first day and the change', () => {
    expect(readLabelLine('出版：2020-09-21 12:00更新：2020-09-21 13:45')?.hits).toMatchObject({ date: { day: 21, hour: 12 }, modified: { day: 21, hour: 13, minute: 45 } });
    // A verb of change after a date, not a label, still dates an edit.
    expect(readLabelLine('文章已于2019-11-26 09:18修改')?.hits.modified).toMatchObject({ day: 26, hour: 9 });
  });
  it('reads `撰文者：` and leaves a magazine\'s issue out of the names, its date read', () => {
    expect(readLabelLine('撰文者：林洧楨、吳中傑　商業周刊 第1489期　2016-05-12')?.hits).toMatchObject({ authors: ['林洧楨', '吳中傑'], date: { year: 2016, month: 5, day: 12 } });
  });
  it('leaves out an issue note naming the magazine, a read-also line with its headline, an e-mail contact', () => {
    expect(trailerKind('本文出自第1489期商業周刊', true)).toBe('print-edition note');
    expect(trailerKind('電子郵件：chen0815@hpa.gov.tw', true)).toBe('contact line');
    const inset = extract(page('', `${paragraphs(PARAGRAPHS.slice(0, 2))}<div class="extendRead"><span>延伸閱讀：</span><a href="/x">超商咖啡一年賣3億杯 誰是最大贏家？</a></div>${paragraphs(PARAGRAPHS.slice(2))}`));
    expect(inset.text).not.toContain('超商咖啡');
    expect(inset.text).toContain(PARAGRAPHS[3]);
  });
  it('reads an info list over the headline (`發布日期：112-08-15`, `資料來源：…`)', () => {
    const html = `<html lang="zh-Hant"><head><title>長者健康整合式評估擴大辦理-衛生福利部</title><meta name="DC.Date" content="2023-08-16"></head><body><div class="main"><div class="path"><ul><li><a href="/">首頁</a></li><li><a href="/n">最新消息</a></li></ul></div><h2>新聞稿</h2><div class="function"><a href="#">友善列印</a></div><ul class="info"><li>發布日期：112-08-15</li><li>更新日期：112-08-16</li><li>資料來源：國民健康署</li></ul><h3 class="cp_title">長者健康整合式評估擴大辦理</h3><div class="cpArea">${paragraphs(PARAGRAPHS)}</div></div></body></html>`;
    const article = extract(html);
    expect(article.publishedAt?.slice(0, 10)).toBe('2023-08-15');
    expect(article.source).toBe('國民健康署');
  });
});

describe('twelfth batch: 苦勞網, 星洲日報', () => {
  it('reads a Malaysian paper\'s closing credit with its desk and dotted items', () => {
    expect(readLabelLine('（星洲日報/大都會‧報導：黃詩琪‧攝影：林志豪）')).toMatchObject({ pure: true, hits: { authors: ['黃詩琪'], source: '星洲日報' } });
  });
  it('leaves out a series note closing an instalment', () => {
    expect(trailerKind('本文為苦勞網「遠洋漁工的海上人生」專題第一篇，下篇將探討漁船靠港後的岸上管理與移工庇護。', true)).toBe('series note');
  });
});

describe('thirteenth batch: 客家電視, 有線新聞', () => {
  it('reads a reporters\' credit spaced before the place and its 報導', () => {
    expect(readLabelLine('記者 劉家宏、邱美玲 / 苗栗 報導')?.hits.authors).toEqual(['劉家宏', '邱美玲']);
  });
  it('leaves out a channel\'s subscribe prompt', () => {
    expect(trailerKind('立即訂閱有線新聞YouTube頻道，緊貼最新時事', false)).toBe('app promotion');
  });
});

describe('fourteenth batch: 壹蘋新聞網, 中廣新聞網, 光華日報', () => {
  it('reads reporters credited without a role, names then where they filed (`簡志宏／新北報導`), after a date too', () => {
    expect(readLabelLine('簡志宏／新北報導')?.hits.authors).toEqual(['簡志宏']);
    expect(readLabelLine('林良齊、李侑珊／台北報導')?.hits.authors).toEqual(['林良齊', '李侑珊']);
    expect(readLabelLine('國際中心／綜合報導')).toBeNull();
    expect(readLabelLine('編輯部／台北報導')).toBeNull();
    expect(readLabelLine('2024/03/12 14:35 （更新時間：2024/03/12 15:10） 簡志宏／新北報導')?.hits.authors).toEqual(['簡志宏']);
  });
  it('reads an info line closed by a view count under its own label (`瀏覽數：1,236`)', () => {
    expect(readLabelLine('2022-06-01 07:45　中廣新聞網　記者 楊淑芬 報導　瀏覽數：1,236')?.hits).toMatchObject({ authors: ['楊淑芬'], source: '中廣新聞網' });
  });
  it('reads a writer\'s role joined to another before one colon (`報導‧攝影：陳慧玲`)', () => {
    expect(readLabelLine('（報導‧攝影：陳慧玲）')?.hits.authors).toEqual(['陳慧玲']);
    expect(readLabelLine('文‧圖：陳慧玲')?.hits.authors).toEqual(['陳慧玲']);
  });
  it('leaves out a video box set into the story', () => {
    const html = page('', paragraphs(PARAGRAPHS.slice(0, 2)) + '<div class="video-box"><div class="v-title">監視器直擊 騎士闖紅燈撞上騎單車阿嬤</div><iframe src="https://www.youtube.com/embed/x"></iframe><div class="v-desc">畫面中可見，號誌轉為紅燈已約3秒，一輛白色機車仍從內側車道高速駛入路口。00:48</div></div>' + paragraphs(PARAGRAPHS.slice(2)));
    expect(extract(html).text).not.toContain('監視器直擊');
  });
});

describe('fifteenth batch: 台視, 濠江日報, 台灣醒報, 匯流新聞網, 民報', () => {
  it('reads an info line with the last change\'s time between the time and the credit', () => {
    expect(readLabelLine('2022/05/15 19:07 最後更新 2022/05/16 08:20 記者 陳冠廷 林育如／台中報導')?.hits).toMatchObject({
      authors: ['陳冠廷', '林育如'],
      date: { year: 2022, month: 5, day: 15, hour: 19, minute: 7 },
      modified: { year: 2022, month: 5, day: 16, hour: 8, minute: 20 },
    });
  });
  it('reads an outlet with a Latin brand, a reporter glued to where they reported from, an editor before a filing code', () => {
    expect(readLabelLine('CNEWS匯流新聞網記者周柏翰、何思嫺、賴俊宇／台北報導')?.hits).toMatchObject({ authors: ['周柏翰', '何思嫺', '賴俊宇'], source: 'CNEWS匯流新聞網' });
    expect(readBracketedCredits('【台灣醒報記者陳怡如台北報導】你昨晚睡得好嗎？台灣睡眠醫學學會18日公布最新調查。')).toMatchObject({ authors: ['陳怡如'], source: '台灣醒報' });
    expect(readLabelLine('（編輯：鄭雅文）1070315')?.hits.editors).toEqual(['鄭雅文']);
    expect(readBracketedCredits('勞工局提出申訴。（編輯：鄭雅文）1070315')).toMatchObject({ editors: ['鄭雅文'], textWithoutTrailingCredit: '勞工局提出申訴。' });
  });
  it('leaves out a triangle-marked picture caption, a picture note and a fact box', () => {
    expect(trailerKind('▲黑沙環公園現時部分設施已使用逾二十年', false)).toBe('photo caption');
    expect(trailerKind('▲市政署表示，工程將於下月中旬展開，分兩期進行。', false)).toBeNull();
    const html = page('', '<div class="pic"><img src="/p.jpg"></div><div class="pic-note">市政署代表在區諮會會議上介紹翻新方案　記者 何詠詩 攝</div>' + paragraphs(PARAGRAPHS) + '<div class="knowledge-box"><div>■ 小知識</div><div>黑沙環公園位於黑沙環新街與慕拉士大馬路之間，佔地約一萬八千平方米。</div></div>');
    const text = extract(html).text;
    expect(text).not.toContain('介紹翻新方案');
    expect(text).not.toContain('一萬八千平方米');
  });
});

describe('sixteenth batch: 自由時報財經, 聯合新聞網, ETtoday, 明報加西版, 大公文匯', () => {
  it('leaves out fact boxes, arrow-marked related links, a site\'s starred reminder and a stock box', () => {
    expect(isTrailerHeading('【小檔案】安平運河')).toBe(true);
    expect(isTrailerHeading('【活動資料】')).toBe(true);
    expect(isTrailerHeading('◆新聞背景')).toBe(true);
    expect(trailerKind('►詐騙大數據曝光！這5種手法最多人上當　「解除分期」連6週居冠', false)).toBe('related link');
    expect(trailerKind('★《ETtoday新聞雲》提醒您：詐騙手法日新月異，如接獲可疑電話，請撥打165反詐騙專線查證。', false)).toBe('site reminder');
    expect(trailerKind('相關股票', false)).toBe('stock quote');
    expect(trailerKind('股價資料為前一交易日收盤價', false)).toBe('stock quote');
  });
});

describe('the fifth round\'s traditional-Chinese batch (trad-pages heldout18)', () => {
  it('reads an info line whose items, parted by spaced bars, each read alone', () => {
    const line = readLabelLine('2022/10/12 18:05　｜　記者張雅筑、劉冠宏／台北報導　｜　瀏覽次數 1,208');
    expect(line).toMatchObject({ pure: true, hits: { authors: ['張雅筑', '劉冠宏'], date: { year: 2022, month: 10, day: 12, hour: 18, minute: 5 } } });
    // Navigation parted by bars is no info line.
    expect(readLabelLine('首頁 ｜ 新聞 ｜ 體育')).toBeNull();
  });
  it('leaves an editor\'s points box (重點摘要) above the story out of its text', () => {
    const article = extract(`<html lang="zh-Hant"><head><title>社區充電大戰</title></head><body><article><h1>社區充電大戰</h1><h3>重點摘要</h3><ul><li>重點一：電動車掛牌數年增逾七成。</li><li>重點二：三家新創切入社區充電市場。</li></ul>${paragraphs(PARAGRAPHS.slice(0, 4))}</article></body></html>`);
    expect(article.text).not.toContain('重點');
    expect(article.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  });
});

describe('the sixth round\'s traditional-Chinese batch (trad-pages heldout19)', () => {
  it('reads the agency of a dispatch compiled from wire reports', () => {
    const article = extract(`<html lang="zh-Hant"><head><title>挪威北部雪崩</title></head><body><article><h1>挪威北部雪崩</h1><p>（中央社台北12日綜合外電報導）${PARAGRAPHS[0]}</p>${paragraphs(PARAGRAPHS.slice(1, 4))}</article></body></html>`);
    expect(article.source).toBe('中央社');
  });
  it('reads a caption-dressed credit closing the story above a messenger channel\'s invitation', () => {
    const article = extract(`<html lang="zh-Hans"><head><title>升旗山缆车停驶</title><meta name="author" content="nanyang_admin"></head><body><article><h1>升旗山缆车停驶</h1><div class="article-body">${paragraphs(PARAGRAPHS.slice(0, 4))}<p class="credit">报道：林慧萍　摄影：陈俊杰</p><div class="wa-box"><p>想第一时间掌握大北马新闻？欢迎加入南洋商报大北马WhatsApp频道，每天为你送上槟城、吉打及玻璃市的最新消息，重要新闻不错过。</p><a href="https://whatsapp.com/channel/1">点击加入</a></div></div></article></body></html>`);
    expect(article.authors).toEqual(['林慧萍']);
    expect(article.text).not.toContain('WhatsApp');
  });
  it('leaves out a video box\'s title by its class', () => {
    const article = extract(`<html lang="zh-Hant"><head><title>詐團機房</title></head><body><article><h1>詐團機房</h1>${paragraphs(PARAGRAPHS.slice(0, 2))}<p class="et_video_title">影／詐團機房藏身透天厝　警破門畫面曝光</p>${paragraphs(PARAGRAPHS.slice(2, 4))}</article></body></html>`);
    expect(article.text).not.toContain('破門');
  });
});

describe('the seventh round\'s traditional-Chinese batch (trad-pages heldout20)', () => {
  it('leaves out a readers\' poll and a like button set into the story', () => {
    expect(trailerKind('網友投票', false)).toBe('poll widget');
    expect(trailerKind('已有 2,318 人參與投票', false)).toBe('poll widget');
    expect(trailerKind('喜歡這篇新聞嗎?326', false)).toBe('poll widget');
    expect(trailerKind('已有三成民眾表示支持', false)).toBeNull();
  });
});

describe('the eighth round\'s traditional-Chinese batch (trad-pages heldout21)', () => {
  it('reads a compiler\'s bracketed credit and an editor\'s label run into the name', () => {
    expect(readBracketedCredits('〔編譯魏思涵／綜合報導〕西班牙巴塞隆納市議會18日通過新規定')?.authors).toEqual(['魏思涵']);
    expect(readLabelLine('責任編輯許雅雯')?.hits.editors).toEqual(['許雅雯']);
    expect(readLabelLine('責任編輯制度改革')).toBeNull();
  });
  it('ends the story at a fact box and a news glossary, and leaves out a pointer to the pictures', () => {
    expect(isTrailerHeading('■小資料')).toBe(true);
    expect(isTrailerHeading('新聞辭典')).toBe(true);
    expect(trailerKind('▼自助圖書站示範取書流程全圖解▼', true)).toBe('photo caption');
  });
});

describe('the ninth round\'s traditional-Chinese batch (trad-pages heldout22)', () => {
  it('takes no column heading in traditional script for an outlet', () => {
    expect(readLabelLine('相關新聞')).toBeNull();
    expect(readLabelLine('綜合新聞')).toBeNull();
    expect(readLabelLine('明報新聞')?.hits.source).toBe('明報新聞');
  });
  it('leaves out a caption under a pointing triangle and an app plug between stars', () => {
    expect(trailerKind('▼氣象局今日針對15縣市發布高溫資訊，台北市文山區亮起橙燈。', true)).toBe('photo caption');
    expect(trailerKind('★東森新聞APP提供即時新聞推播、直播不漏接★', true)).toBe('app promotion');
  });
});
