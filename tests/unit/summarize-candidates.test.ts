import { describe, expect, it } from 'vitest';
import { classifySentences, stripRunIn } from '../../shared/summarize/candidates';
import { splitSentences } from '../../shared/summarize/sentences';

const roles = (text: string): Array<[string, string]> =>
  classifySentences(splitSentences(text)).map((c) => [c.role, c.text]);

describe('stripRunIn: datelines and bylines in front of the lead', () => {
  it.each([
    ['新华社北京6月20日电（记者 张三）国务院总理20日主持召开常务会议。', '国务院总理20日主持召开常务会议。'],
    ['新华社北京6月20日电 国务院总理20日主持召开常务会议。', '国务院总理20日主持召开常务会议。'],
    ['据新华社拉萨电（记者 格桑边觉）记者近日从会议上了解到。', '记者近日从会议上了解到。'],
    ['长江网10月4日讯（记者陈智 整合） 国庆中秋长假过半。', '国庆中秋长假过半。'],
    ['新京报快讯（记者 裴剑飞）今日有网友爆料。', '今日有网友爆料。'],
    ['新浪科技讯 北京时间9月11日凌晨消息，苹果发布会开幕。', '北京时间9月11日凌晨消息，苹果发布会开幕。'],
    ['【证券时报网】A股三大股指集体回调。', 'A股三大股指集体回调。'],
    ['综合消息，近日，较强冷空气袭击多地。', '近日，较强冷空气袭击多地。'],
    ['(CNN)They may not be aliens, a NASA scientist says.', 'They may not be aliens, a NASA scientist says.'],
    ['(CNN) -- The law was signed on Tuesday.', 'The law was signed on Tuesday.'],
    ['Boston (CNN)Guilty across the board.', 'Guilty across the board.'],
    ['LONDON (Reuters) - Shares fell on Monday.', 'Shares fell on Monday.'],
    ['WASHINGTON -- The Senate voted on Friday.', 'The Senate voted on Friday.'],
    ['Scroll down for video A judge has ruled the plate was deliberate.', 'A judge has ruled the plate was deliberate.'],
  ])('%s', (input, expected) => {
    expect(stripRunIn(input)).toBe(expected);
  });

  it.each([
    '今年1月5日电视台报道称，新节目开播。',
    '电话会议于今天举行。',
    'By the end of the year, prices had doubled.',
    'CNN reported the news first.',
  ])('leaves an ordinary sentence alone: %s', (input) => {
    expect(stripRunIn(input)).toBe(input);
  });
});

describe('classifySentences: what may stand in a summary', () => {
  it('marks label lines, timestamps and bracketed bylines (simplified and traditional)', () => {
    expect(
      roles(
        '来源：新华社\n2018-06-20 17:59:25 來源: 河北新聞網\n会议研究了当前经济形势和工作。(记者王成果)\n責任編輯: 陳瀟\n（完）',
      ),
    ).toEqual([
      ['label', '来源：新华社'],
      ['label', '2018-06-20 17:59:25 來源: 河北新聞網'],
      ['body', '会议研究了当前经济形势和工作。'],
      ['byline', ''],
      ['label', '責任編輯: 陳瀟'],
      ['byline', '（完）'],
    ]);
  });

  it('recognises labels through pinyin annotations of scraped mirrors', () => {
    expect(roles('責(zé)任編輯: 陳瀟\n關(guān)鍵詞: 環保')).toEqual([
      ['label', '責(zé)任編輯: 陳瀟'],
      ['label', '關(guān)鍵詞: 環保'],
    ]);
  });

  it('marks English bylines but not sentences that begin with "By"', () => {
    expect(
      roles(
        'By Jane Doe and John Smith\nBy the end of the year, prices had doubled.\n' +
          '(Reporting by Jane Doe in London; Editing by John Smith and Mark Potter)',
      ),
    ).toEqual([
      ['label', 'By Jane Doe and John Smith'],
      ['body', 'By the end of the year, prices had doubled.'],
      ['label', '(Reporting by Jane Doe in London; Editing by John Smith and Mark Potter)'],
    ]);
  });

  it('marks captions and boilerplate', () => {
    expect(
      roles(
        '▲ 活动现场的志愿者们正在向市民宣传金融知识\n图为会议现场，代表们正在认真听取报告。\n扫码关注我们的公众号，获取更多资讯。\n' +
          '英国《泰晤士报》网站题为《蓬勃发展的武汉》的报道截图。\n' +
          'Top spot: Iconic UK brand Topshop is set to open a second store.\nShare this article with your friends on social media today.',
      ),
    ).toEqual([
      ['caption', '▲ 活动现场的志愿者们正在向市民宣传金融知识'],
      ['caption', '图为会议现场，代表们正在认真听取报告。'],
      ['boilerplate', '扫码关注我们的公众号，获取更多资讯。'],
      ['caption', '英国《泰晤士报》网站题为《蓬勃发展的武汉》的报道截图。'],
      ['caption', 'Top spot: Iconic UK brand Topshop is set to open a second store.'],
      ['boilerplate', 'Share this article with your friends on social media today.'],
    ]);
  });

  it('marks script and style text and log-in widgets left in a careless extraction', () => {
    expect(
      roles(
        'var jd_title = document.title;\n.content h2 {color: #010101; font-size: 16px;}\nloadCalendar();\n' +
          '×新浪微博、博客、邮箱帐号，请直接登录加载中...\n苹果公司发布了新款手机，售价为五千四百九十九元。',
      ),
    ).toEqual([
      ['code', 'var jd_title = document.title;'],
      ['code', '.content h2 {color: #010101; font-size: 16px;}'],
      ['code', 'loadCalendar();'],
      ['boilerplate', '×新浪微博、博客、邮箱帐号，请直接登录加载中...'],
      ['body', '苹果公司发布了新款手机，售价为五千四百九十九元。'],
    ]);
  });

  it('marks the headline repeated in the body, whole or cut off, but not sentences that share its words', () => {
    const text =
      '定了！广州南沙邮轮母港即将开通！地铁直达+无敌免税城......》\n\n' +
      '近日，发布会召开，广州南沙国际邮轮母港将于11月17日正式开港。\n' +
      'Council votes to build new bridge over river - City News\n' +
      'The city council voted on Monday to build a new bridge over the river.';
    const title = '定了！广州南沙邮轮母港即将开通！地铁直达+无敌免...';
    expect(classifySentences(splitSentences(text), title).map((c) => c.role)).toEqual([
      'fragment',
      'headline',
      'headline',
      'body',
      'heading',
      'foreign',
    ]);
    const en = classifySentences(
      splitSentences(
        'Council votes to build new bridge over river, officials say.\nThe city council voted on Monday to build a new bridge over the river.',
      ),
      'Council votes to build new bridge over river',
    );
    expect(en.map((c) => c.role)).toEqual(['headline', 'body']);
  });

  it('marks bibliographic references', () => {
    expect(roles('文章引用：赵培. 淘宝网物流配送存在的问题及对策研究[J]. 现代市场营销, 2018, 8(2): 7-16.')).toEqual([
      ['citation', '文章引用：赵培.'],
      ['citation', '淘宝网物流配送存在的问题及对策研究[J].'],
      ['citation', '现代市场营销, 2018, 8(2): 7-16.'],
    ]);
  });

  it('keeps prose list items that end in a semicolon', () => {
    expect(roles('The plan covers three areas: schools and hospitals;\nroads, bridges and railways;')).toEqual([
      ['body', 'The plan covers three areas: schools and hospitals;'],
      ['body', 'roads, bridges and railways;'],
    ]);
  });

  it('does not take "X said: ..." for a caption', () => {
    expect(roles("She added: 'It should be understood that nobody was hurt.'")).toEqual([
      ['body', "She added: 'It should be understood that nobody was hurt.'"],
    ]);
  });

  it('marks short unpunctuated lines as headings only when the text punctuates its sentences', () => {
    expect(roles('冷空气将影响南方地区\n\n25日，冷空气继续南下，最南将影响到华南等地。')).toEqual([
      ['heading', '冷空气将影响南方地区'],
      ['body', '25日，冷空气继续南下，最南将影响到华南等地。'],
    ]);
    expect(roles('冷空气将影响南方地区\n\n冷空气继续南下最南将影响到华南等地')).toEqual([
      ['body', '冷空气将影响南方地区'],
      ['body', '冷空气继续南下最南将影响到华南等地'],
    ]);
  });

  it('marks fragments and sentences in the other kind of script', () => {
    expect(
      roles('出狱了。这家企业的产品近半数销往美国，受到加征关税的影响。This abstract is written in English for the journal.'),
    ).toEqual([
      ['fragment', '出狱了。'],
      ['body', '这家企业的产品近半数销往美国，受到加征关税的影响。'],
      ['foreign', 'This abstract is written in English for the journal.'],
    ]);
  });
});
