import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../shared/summarize';

const SEED = readFileSync(join(__dirname, '..', 'seed', '000_9a76ef670956b278.txt'), 'utf8');

describe('summarize: the seed page text as scraped (traditional script, pinyin, labels, trailer)', () => {
  const summary = summarize(SEED, { lang: 'zh-Hant', sentences: 3 });

  it('gives the three lead body sentences, unchanged, without labels, headline lines or trailer', () => {
    expect(summary.method).toBe('position+centrality+mmr');
    expect(summary.sentences).toHaveLength(3);
    expect(summary.sentences[0]).toMatch(/^今天,省政府黨組書記、省長\(zhǎng\)許勤主持召開省政府黨組會\(huì\)議,/);
    expect(summary.sentences[0]).toMatch(/推動\(dòng\)全省生態\(tài\)環\(huán\)境質\(zhì\)量持續\(xù\)改善。$/);
    expect(summary.sentences[1]).toMatch(/^會\(huì\)議指出,中央環\(huán\)保督察組對\(duì\)我省開展“回頭看”以來,/);
    expect(summary.sentences[2]).toMatch(/^省委、省政府高度重視,.*有力有序有效推進\(jìn\)。$/);
    for (const s of summary.sentences) expect(SEED).toContain(s);
  });

  it('keeps the article order and never picks a label, byline or trailer line', () => {
    const offsets = summary.sentences.map((s) => SEED.indexOf(s));
    expect(offsets).toEqual([...offsets].sort((a, b) => a - b));
    for (const s of summary.sentences) expect(s).not.toMatch(/來源|責\(zé\)任編輯|記者王成果|為你推薦|加載更多|關\(guān\)鍵詞/);
  });

  it('honours the number of sentences asked for', () => {
    expect(summarize(SEED, { sentences: 1 }).sentences).toEqual([summary.sentences[0]]);
    expect(summarize(SEED, { sentences: 10 }).sentences).toHaveLength(10);
  });
});

describe('summarize: hand-written articles', () => {
  it('cuts a Xinhua dateline off the lead and leaves the editor line out (simplified Chinese)', () => {
    const text =
      '新华社北京6月20日电（记者 张三）国务院总理李克强20日主持召开国务院常务会议，部署进一步优化营商环境，决定扩大小微企业减税范围。\n\n' +
      '会议指出，优化营商环境是激发市场活力的关键举措。各地区各部门要加大简政放权力度，为企业减负。\n\n' +
      '会议决定，将小微企业年应纳税所得额上限由50万元提高到100万元。这项措施预计每年为企业减税约300亿元。\n\n' +
      '会议还研究了其他事项。\n\n责任编辑：李四';
    expect(summarize(text, { lang: 'zh-Hans', sentences: 3 })).toEqual({
      sentences: [
        '国务院总理李克强20日主持召开国务院常务会议，部署进一步优化营商环境，决定扩大小微企业减税范围。',
        '会议指出，优化营商环境是激发市场活力的关键举措。',
        '各地区各部门要加大简政放权力度，为企业减负。',
      ],
      method: 'position+centrality+mmr',
    });
  });

  it('answers traditional Chinese in traditional characters', () => {
    const text =
      '立法會今日通過《逃犯條例》修訂草案的二讀動議。政府表示，條例將於下月生效。有議員批評諮詢期太短。市民團體計劃週末舉行遊行。警方呼籲市民和平表達意見。';
    expect(summarize(text, { lang: 'zh-Hant', sentences: 2 }).sentences).toEqual([
      '立法會今日通過《逃犯條例》修訂草案的二讀動議。',
      '政府表示，條例將於下月生效。',
    ]);
  });

  it('leaves out (CNN), the video stub and a caption in English', () => {
    const text =
      '(CNN)A new Kansas law banning a common abortion procedure is the first of its kind in the United States. ' +
      'The law, signed by Gov. Sam Brownback on Tuesday, takes effect in July. ' +
      'Scroll down for video Supporters say the law protects the unborn. ' +
      'Critics say the law puts women at risk and will be challenged in court. ' +
      'Pictured: Protesters gather outside the Kansas statehouse in Topeka on Monday. ' +
      'The procedure is used in about 9% of abortions in the state.';
    expect(summarize(text, { lang: 'en', sentences: 3 }).sentences).toEqual([
      'A new Kansas law banning a common abortion procedure is the first of its kind in the United States.',
      'The law, signed by Gov. Sam Brownback on Tuesday, takes effect in July.',
      'Supporters say the law protects the unborn.',
    ]);
  });

  it('summarises Japanese without the 【…=共同】 credit', () => {
    const text =
      '【ワシントン=共同】米政府は20日、新たな経済対策を発表した。対策の規模は約1兆ドルに上る。「景気の下支えが必要だ。」と財務長官は述べた。野党は財政赤字の拡大を批判している。市場では株価が上昇した。';
    expect(summarize(text, { lang: 'ja', sentences: 2 }).sentences).toEqual([
      '米政府は20日、新たな経済対策を発表した。',
      '対策の規模は約1兆ドルに上る。',
    ]);
  });

  it('keeps a Chinese article in Chinese when an English sentence is quoted in it', () => {
    const text =
      '苹果公司9日发布新款iPhone 11，起售价699美元。Apple CEO Tim Cook said the phone is the best ever. 新机搭载A13芯片，续航延长1小时。国行版本64GB售5499元。分析人士认为新机定价较为克制。';
    expect(summarize(text, { sentences: 2 }).sentences).toEqual([
      '苹果公司9日发布新款iPhone 11，起售价699美元。',
      '新机搭载A13芯片，续航延长1小时。',
    ]);
  });

  it('prefers the sentence that says what the headline says', () => {
    const en =
      'The weather was mild across the region on Tuesday. Traffic was light on the main roads into town. ' +
      'Local shops reported steady business for a weekday. The city council voted to build a new bridge over the river. ' +
      'Residents welcomed the news at a meeting.';
    expect(summarize(en, { sentences: 2 }).sentences).toEqual([
      'The weather was mild across the region on Tuesday.',
      'Traffic was light on the main roads into town.',
    ]);
    expect(summarize(en, { sentences: 2, title: 'Council votes to build new bridge over river' }).sentences).toEqual([
      'The weather was mild across the region on Tuesday.',
      'The city council voted to build a new bridge over the river.',
    ]);
    const zh = '今天全市天气晴朗，气温适宜。早高峰期间主要道路交通顺畅。商场客流与平日基本持平。市政府常务会议决定在江上新建一座大桥。市民对这一消息表示欢迎。';
    expect(summarize(zh, { sentences: 2, title: '市政府常务会议决定在江上新建大桥' }).sentences).toEqual([
      '今天全市天气晴朗，气温适宜。',
      '市政府常务会议决定在江上新建一座大桥。',
    ]);
  });

  it('does not pick two sentences that say the same thing', () => {
    const text =
      'The city council approved the new budget on Monday night. ' +
      'The city council approved the new budget on Monday night, officials said. ' +
      'Schools will receive ten million dollars more than last year. ' +
      'Road repairs were postponed until the next fiscal year.';
    const { sentences } = summarize(text, { sentences: 2 });
    expect(sentences).toHaveLength(2);
    expect(sentences[0]).toBe('The city council approved the new budget on Monday night.');
    expect(sentences[1]).not.toMatch(/officials said/);
  });
});

describe('summarize: awkward input never throws', () => {
  it('gives a clear empty result for empty text and for text made only of labels', () => {
    expect(summarize('')).toEqual({ sentences: [], method: 'none' });
    expect(summarize('  \n\n \t')).toEqual({ sentences: [], method: 'none' });
    expect(summarize('来源：新华社\n责任编辑：李四')).toEqual({ sentences: [], method: 'none' });
  });

  it('returns a text shorter than the summary as it is', () => {
    expect(summarize('Only one sentence here.')).toEqual({ sentences: ['Only one sentence here.'], method: 'all-sentences' });
    expect(summarize('第一句话在这里说明情况。第二句话补充更多细节。', { sentences: 3 })).toEqual({
      sentences: ['第一句话在这里说明情况。', '第二句话补充更多细节。'],
      method: 'all-sentences',
    });
  });

  it('summarises a one-paragraph text without punctuation line by line', () => {
    const text = '冷空气继续南下\n最南将影响到华南等地\n气温普遍下降四到八度\n江南一带可能出现降雪\n请市民注意保暖';
    expect(summarize(text, { sentences: 2 }).sentences).toEqual(['冷空气继续南下', '最南将影响到华南等地']);
    expect(summarize('a long line of words without any punctuation at all', { sentences: 3 }).sentences).toEqual([
      'a long line of words without any punctuation at all',
    ]);
  });

  it('summarises a list by its items, whole', () => {
    const text = '- Buy milk\n- Call the bank about the loan\n- Pick up the kids at five\n- Book the flight to Berlin';
    expect(summarize(text, { sentences: 2 }).sentences).toEqual(['- Call the bank about the loan', '- Pick up the kids at five']);
  });

  it('keeps quotations whole', () => {
    const text = '"We will win this," she said. "Nobody believed us." "Now they do." The team won the final 3-1 on Sunday.';
    expect(summarize(text, { sentences: 2 }).sentences).toEqual([
      '"We will win this," she said.',
      'The team won the final 3-1 on Sunday.',
    ]);
  });

  it('summarises languages it has no rules for (Russian, Hindi)', () => {
    const ru =
      'Правительство объявило о новых мерах поддержки экономики. Объём программы составит триллион рублей. Эксперты считают меры недостаточными. Рынки отреагировали ростом.';
    expect(summarize(ru, { lang: 'ru', sentences: 2 }).sentences).toEqual([
      'Правительство объявило о новых мерах поддержки экономики.',
      'Объём программы составит триллион рублей.',
    ]);
    const hi = 'सरकार ने नई योजना की घोषणा की। योजना से किसानों को लाभ होगा। विपक्ष ने योजना की आलोचना की। बाज़ार में तेज़ी आई।';
    expect(summarize(hi, { lang: 'hi', sentences: 2 }).sentences).toHaveLength(2);
    for (const s of summarize(hi, { lang: 'hi', sentences: 2 }).sentences) expect(hi).toContain(s);
  });

  it('handles long runs without punctuation or spaces (a pasted blob) whole', () => {
    const blob = 'a'.repeat(200_000);
    expect(summarize(blob)).toEqual({ sentences: [blob], method: 'all-sentences' });
    const tags = '<a '.repeat(50_000).trim();
    expect(summarize(tags).sentences).toEqual([tags]);
  });

  it('treats odd sentence counts and non-string input sensibly', () => {
    const text = 'One sentence is here. Two sentences are here. Three sentences are here. Four sentences are here.';
    expect(summarize(text, { sentences: 0 }).sentences).toHaveLength(1);
    expect(summarize(text, { sentences: -5 }).sentences).toHaveLength(1);
    expect(summarize(text, { sentences: Number.NaN }).sentences).toHaveLength(3);
    expect(summarize(text, { sentences: 2.7 }).sentences).toHaveLength(2);
    expect(summarize(undefined as unknown as string)).toEqual({ sentences: [], method: 'none' });
  });
});
