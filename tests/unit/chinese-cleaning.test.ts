import { describe, expect, it } from 'vitest';
import { countPinyinAnnotations, stripPinyin } from '../../shared/clean/pinyin';
import { isTrailerHeading, trailerKind } from '../../shared/clean/trailers';
import { readBracketedCredits, readLabelLine } from '../../shared/extract/labels';
import { extractArticle } from '../../shared/index';
import { parseDocument } from '../support/fixtures';
import { chineseScript, detectLang } from '../../shared/text/lang';
import { countWords } from '../../shared/text/word-count';

describe('pinyin annotations', () => {
  it('removes toned readings after CJK characters and keeps real parentheticals', () => {
    const result = stripPinyin('河北新聞網(wǎng) 會(huì)議還研究了其他事項。(記者王成果) 人工智能(AI) (2018)', false);
    expect(result.text).toBe('河北新聞網 會議還研究了其他事項。(記者王成果) 人工智能(AI) (2018)');
    expect(result.removed).toBe(2);
  });
  it('keeps a lost character visible as ? and counts it', () => {
    const result = stripPinyin('要?jiǎng)?wù)求實(shí)效', false);
    expect(result.text).toBe('要??求實效');
    expect(result.lostCharacters).toBe(2);
  });
  it('accepts toneless readings only on an annotated page', () => {
    expect(stripPinyin('我的(de)書', false).text).toBe('我的(de)書');
    expect(stripPinyin('我的(de)書', true).text).toBe('我的書');
    expect(stripPinyin('蘋果(Apple)', true).text).toBe('蘋果(Apple)');
    expect(countPinyinAnnotations('學(xué)習(xí) 全(quán)面')).toBe(3);
  });
});

describe('label lines', () => {
  it('lifts the info line', () => {
    const line = readLabelLine('2018-06-20 17:59:25 来源：河北新闻网')!;
    expect(line.pure).toBe(true);
    expect(line.hits.source).toBe('河北新闻网');
    expect(line.hits.date).toMatchObject({ year: 2018, month: 6, day: 20, hour: 17, minute: 59, second: 25 });
  });
  it('reads several labels on one line, ASCII or full-width colons', () => {
    const line = readLabelLine('作者：张三 来源：新华社 发布时间：2019-09-26 10:09:11 浏览次数：123')!;
    expect(line).toMatchObject({ pure: true, hits: { authors: ['张三'], source: '新华社' } });
    expect(readLabelLine('責任編輯: 陳瀟')!.hits.editors).toEqual(['陳瀟']);
    expect(readLabelLine('【编辑：姚昊】')!.hits.editors).toEqual(['姚昊']);
  });
  it('reads reporter lines and bylines without a colon', () => {
    expect(readLabelLine('澎湃新闻记者 贺梨萍')).toMatchObject({ pure: true, hits: { authors: ['贺梨萍'] } });
    expect(readLabelLine('文/王文')!.hits.authors).toEqual(['王文']);
    expect(readLabelLine('By Jane Doe and John Roe')!.hits.authors).toEqual(['Jane Doe', 'John Roe']);
  });
  it('reads a label run into the previous value, a 执笔人 credit, and reporter lines with a mark or a dateline', () => {
    expect(readLabelLine('2015-11-05 阅读：8169 来源:转载作者:孙仲旻')).toMatchObject({ hits: { authors: ['孙仲旻'], source: '转载' } });
    expect(readLabelLine('执笔人：闵乐夫 赵兰波')!.hits.authors).toEqual(['闵乐夫', '赵兰波']);
    expect(readLabelLine('□ 本报记者 葛灵丹')).toMatchObject({ pure: true, hits: { authors: ['葛灵丹'] } });
    expect(readLabelLine('本报记者罗科苏盈发自北京')).toMatchObject({ pure: true, hits: { authors: ['罗科苏盈'] } });
    // A glued label word without a colon stays part of the sentence.
    expect(readLabelLine('这位作者认为问题不大')).toBeNull();
  });
  it('reads a bracketed name among the items of a labelled info line, not an outlet or prose', () => {
    expect(readLabelLine('BUSINESS.EXAMPLE.COM 2004年7月16日08:19 [ 黄宇 ]  来源：[ 国际金融报 ]')).toMatchObject({ hits: { authors: ['黄宇'], source: '国际金融报' } });
    expect(readLabelLine('2004年7月16日 [ 人民日报 ] 来源：新华网')!.hits.authors).toEqual([]);
    // Without a label the brackets are not an info line's items.
    expect(readLabelLine('[ 黄宇 ] 今天下午')?.hits.authors ?? []).toEqual([]);
  });
  it('reads the credits of reviews, official documents and papers', () => {
    expect(readLabelLine('文：眉间尺')).toMatchObject({ pure: true, hits: { authors: ['眉间尺'] } });
    // 文 inside a word (原文, 全文) is no label.
    expect(readLabelLine('原文：见附件')?.hits.authors ?? []).toEqual([]);
    expect(readLabelLine('发文机关：吉林省人民政府')!.hits.authors).toEqual(['吉林省人民政府']);
    // A two-character name padded to three characters' width, then the affiliation after a colon.
    expect(readLabelLine('作者: 赵  培：北京物资学院，北京')!.hits.authors).toEqual(['赵培']);
    expect(readLabelLine('作者：张三 李四')!.hits.authors).toEqual(['张三', '李四']);
    // Interns sign as reporters do.
    expect(readLabelLine('本报实习生 刘国栋 周炜')).toMatchObject({ pure: true, hits: { authors: ['刘国栋', '周炜'] } });
  });
  it('reads a person named as the source as the writer, an outlet as the source', () => {
    expect(readLabelLine('来源: 尹娟')).toMatchObject({ hits: { authors: ['尹娟'] } });
    expect(readLabelLine('来源: 尹娟')!.hits.source).toBeUndefined();
    for (const outlet of ['新浪', '网络', '金融界', '钱江网', '新华社']) expect(readLabelLine(`来源：${outlet}`)).toMatchObject({ hits: { authors: [], source: outlet } });
  });
  it('reads the poster of a forum post from its credit line, not the last editor', () => {
    expect(readLabelLine('本贴由大卫于2005年8月12日16:12:21在〖心灵体操（在线心理咨询）〗发表.')).toMatchObject({ pure: true, hits: { authors: ['大卫'] } });
    expect(readLabelLine('本帖最后由 大卫 于 2019-1-1 12:00 编辑')?.hits.authors ?? []).toEqual([]);
  });
  it('ends a bracketed credit at its closing bracket', () => {
    expect(readLabelLine('【编辑:刘欢】 返回搜狐，查看更多')!.hits.editors).toEqual(['刘欢']);
  });
  it('marks a label without value as pending', () => {
    expect(readLabelLine('來源:')).toMatchObject({ pendingField: 'source', pure: true });
  });
  it('leaves prose alone', () => {
    expect(readLabelLine('今天下午，记者在现场看到，工人们正在施工。')).toBeNull();
    expect(readLabelLine('The source said the date was unknown.')).toBeNull();
  });
  it('lifts bracketed credits and cuts only a closing one', () => {
    expect(readBracketedCredits('会议还研究了其他事项。(記者王成果)')).toEqual({ authors: ['王成果'], editors: [], textWithoutTrailingCredit: '会议还研究了其他事项。' });
    const dateline = '新京报快讯（记者 裴剑飞）今日有网友爆料';
    expect(readBracketedCredits(dateline)).toEqual({ authors: ['裴剑飞'], editors: [], textWithoutTrailingCredit: dateline });
    expect(readBracketedCredits('长江网10月4日讯（记者陈智 整合） 国庆')!.authors).toEqual(['陈智']);
    // Any outlet before the reporter's role (`总台记者`), not only 本报 and 新华社.
    expect(readBracketedCredits('享年74岁。（总台记者 张倩）')!.authors).toEqual(['张倩']);
    // A rank between the outlet and the role, before 通讯员 as before 记者.
    expect(readBracketedCredits('（中国青年网特约通讯员 王小明）')).toMatchObject({ authors: ['王小明'], source: '中国青年网' });
    expect(readBracketedCredits('（中國青年網特約通訊員 王小明）')).toMatchObject({ authors: ['王小明'], source: '中國青年網' });
  });
});

describe('trailers', () => {
  it('knows comment rules, counters, tracking digits and load-more buttons anywhere', () => {
    expect(trailerKind('新聞評論文明上網理性發言,請遵守新聞評論服務協議', false)).toBe('comment rules');
    expect(trailerKind('+1', false)).toBe('like counter');
    expect(trailerKind('020020030100000000000000011124141298976411', false)).toBe('tracking digits');
    expect(trailerKind('加載更多新聞', false)).toBe('load more');
  });
  it('knows the label of a table of contents anywhere, but not a sentence that names one', () => {
    expect(trailerKind('Table of Contents', false)).toBe('page tools');
    expect(trailerKind('In this article:', false)).toBe('page tools');
    expect(trailerKind('On this page we list ferries.', false)).toBeNull();
  });
  it('drops copyright and promotions only at the edges of the body', () => {
    expect(trailerKind('他未经许可擅自进入工地。', false)).toBeNull();
    expect(trailerKind('版权所有 未经许可不得转载', true)).toBe('copyright');
    expect(trailerKind('Printing presses ran all night.', true)).toBeNull();
  });
  it('recognises headings that open the tail', () => {
    expect(isTrailerHeading('為你推薦')).toBe(true);
    expect(isTrailerHeading('【相关新闻】')).toBe(true);
    expect(isTrailerHeading('Related Articles')).toBe(true);
    expect(isTrailerHeading('ALSO IN THE NEWS')).toBe(true);
    expect(isTrailerHeading('Recent Posts')).toBe(true);
    expect(isTrailerHeading('为你推荐的三个理由是什么')).toBe(false);
  });
  it('does not take a sentence that starts like a tail heading for one', () => {
    expect(isTrailerHeading('More from The Guardian')).toBe(true);
    expect(isTrailerHeading('About Reuters')).toBe(true);
    expect(isTrailerHeading('More news is expected today.')).toBe(false);
    expect(isTrailerHeading('About 200 people died.')).toBe(false);
  });
  it('drops a photo agency\'s credit, not a sentence that names the agency', () => {
    expect(trailerKind('（视觉中国）', false)).toBe('photo caption');
    expect(trailerKind('共享充电宝。视觉中国 资料', false)).toBe('photo caption');
    expect(trailerKind('市民在公园晨练。東方IC供圖', false)).toBe('photo caption');
    expect(trailerKind('视觉中国随后发布致歉声明，称已下架相关图片。', false)).toBeNull();
    expect(trailerKind('资料照片显示，嫌疑人当晚曾在该商场出现。', false)).toBeNull();
  });
});

describe('language and script', () => {
  it('checks the markup against the text', () => {
    expect(detectLang('會議還研究了其他事項', 'zh-CN')).toBe('zh-Hant');
    expect(detectLang('会议还研究了其他事项', undefined)).toBe('zh-Hans');
    expect(detectLang('The cat and the dog sat in the house with the owner.', undefined)).toBe('en');
    expect(detectLang('Der Hund', 'de-DE')).toBe('de');
    expect(detectLang('これは日本語の文章です', 'en')).toBe('ja');
    expect(chineseScript('abc')).toBeNull();
  });
  it('counts each CJK character as a word', () => {
    expect(countWords('今天,省政府abc中文 2018年')).toBe(10);
    expect(countWords("Don't stop: COVID-19 in the U.S.")).toBe(6);
  });
});

describe('closing credits', () => {
  const ZH = '今天，市政府召开常务会议，研究部署下一阶段重点工作，会议强调要坚持问题导向，狠抓工作落实，确保各项任务按期完成。';
  const extract = (content: string) =>
    extractArticle(parseDocument(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>标题</title></head><body><h1>市政府召开常务会议部署重点工作</h1><div class="content">${content}</div></body></html>`), { url: 'https://news.example.cn/2020-01/02/content_1.htm' })!;
  it('lifts several spaced names closing the last paragraph as the reporters and cuts them', () => {
    const article = extract(`<p>${ZH}</p><p>${ZH}（常书香 马丹阳 ）</p>`);
    expect(article.authors).toEqual(['常书香', '马丹阳']);
    expect(article.text.endsWith('按期完成。')).toBe(true);
  });
  it('drops a closing credit line of its own from the body', () => {
    const article = extract(`<p>${ZH}</p><p>${ZH}</p><p>（常书香 马丹阳）</p>`);
    expect(article.authors).toEqual(['常书香', '马丹阳']);
    expect(article.text).not.toContain('马丹阳');
  });
  it('reads a line of names right under the headline as the writers, not a section name or a later line', () => {
    const named = extract(`<p>2020-01-02 10:00 来源：新闻网</p><p>赵延东、风笑天</p><p>${ZH}</p><p>${ZH}</p>`);
    expect(named.authors).toEqual(['赵延东', '风笑天']);
    expect(named.text).not.toContain('风笑天');
    expect(extract(`<p>2020-01-02 10:00 来源：新闻网</p><p>国内要闻</p><p>${ZH}</p><p>${ZH}</p>`).authors).toEqual([]);
    expect(extract(`<p>2020-01-02 10:00 来源：新闻网</p><p>${ZH}</p><p>会议纪要</p><p>${ZH}</p>`).authors).toEqual([]);
    // Japanese: a kanji word alone is no name.
    const JA = '本日、市役所で会議が開かれ、来年度の予算について話し合いが行われました。多くの市民が参加しました。';
    expect(extract(`<p>2020-01-02 10:00</p><p>受付中</p><p>${JA}</p><p>${JA}</p>`).authors).toEqual([]);
  });
  it('ends the story at a writer\'s credit or a post\'s credit line, and lifts the name', () => {
    const review = extract(`<p>${ZH}</p><p>${ZH}</p><p>文：眉间尺</p><p>------------------------------</p><p>我的博客</p><p>${ZH}</p>`);
    expect(review.authors).toEqual(['眉间尺']);
    expect(review.text).not.toContain('我的博客');
    const post = extract(`<p>${ZH}</p><p>${ZH}</p><p>本贴由大卫于2005年8月12日16:12:21在〖心灵体操〗发表.</p><p>${ZH}回复</p>`);
    expect(post.authors).toEqual(['大卫']);
    expect(post.text).not.toContain('回复');
  });
  it('takes no site domain for a name', () => {
    expect(extract(`<p>AUTO.EXAMPLE.COM 2005年05月13日14:15</p><p>${ZH}</p><p>${ZH}</p>`).authors).toEqual([]);
  });
  it('takes no outlet in a spaced closing note for a name', () => {
    const article = extract(`<p>${ZH}</p><p>${ZH}（张三 新华社）</p>`);
    expect(article.authors).toEqual([]);
  });
});
