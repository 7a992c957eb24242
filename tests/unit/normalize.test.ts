import { describe, expect, it } from 'vitest';
import { normalizeText, stripPinyinAnnotations } from '../../shared/text/normalize';

describe('stripPinyinAnnotations (the extractor rules of shared/clean/pinyin.ts)', () => {
  it('removes a tone-marked syllable after a Han character', () => {
    expect(stripPinyinAnnotations('河北新聞網(wǎng)')).toBe('河北新聞網');
    expect(stripPinyinAnnotations('省政府黨組會(huì):抓好')).toBe('省政府黨組會:抓好');
    expect(stripPinyinAnnotations('強(qiáng)調(diào)')).toBe('強調');
    expect(stripPinyinAnnotations('會（huì）議 綠(lǜ)色')).toBe('會議 綠色');
  });

  it('removes the reading of a lost character, whose opening parenthesis went with it', () => {
    expect(stripPinyinAnnotations('要?jiǎng)?wù)求實效')).toBe('要??求實效');
  });

  it('removes toneless readings only in a text that has toned annotations too', () => {
    expect(stripPinyinAnnotations('我們(men)')).toBe('我們(men)');
    expect(stripPinyinAnnotations('人工智能(ai)技术')).toBe('人工智能(ai)技术');
    expect(stripPinyinAnnotations('會(huì)議的(de)網(wǎng)站我們(men)')).toBe('會議的網站我們');
  });

  it('keeps real parenthetical text', () => {
    for (const text of ['(記者王成果)', '人工智能(AI)技术', '附件(a)', '会议(2018)', '数据(data)', '软件(app)', 'word(wǎng) after Latin']) {
      expect(stripPinyinAnnotations(text)).toBe(text);
    }
  });

  it('strips as the extractor rules define it, whether or not a toned annotation is there', async () => {
    const fc = (await import('fast-check')).default;
    const { countPinyinAnnotations, stripPinyin } = await import('../../shared/clean/pinyin');
    const byDefinition = (text: string) =>
      !text.includes(')') && !text.includes('）') ? text : stripPinyin(text, countPinyinAnnotations(text) >= 2).text;
    const pieces = ['會', '的', '?', '(', ')', '（', '）', 'huì', 'de', 'men', 'ai', 'AI', '2018', ' ', 'x'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 24 }), (parts) => {
        const text = parts.join('');
        expect(stripPinyinAnnotations(text)).toBe(byDefinition(text));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});

describe('normalizeText', () => {
  it('turns full-width forms into ASCII and lower-cases Latin', () => {
    expect(normalizeText('ＡＢＣ１２３，Ｈｅｌｌｏ！')).toBe('abc123,hello!');
    expect(normalizeText('The  QUICK\tBrown\n\nFox')).toBe('the quick brown fox');
  });

  it('makes the traditional + pinyin mirror equal to the simplified original', () => {
    const mirror = '省政府黨組會(huì):抓好中央環(huán)保督察“回頭看”問題整改';
    const original = '省政府党组会：抓好中央环保督察“回头看”问题整改';
    expect(normalizeText(mirror)).toBe(normalizeText(original));
    expect(normalizeText(mirror)).toBe('省政府党组会:抓好中央环保督察“回头看”问题整改');
  });

  it('keeps the script when asked', () => {
    expect(normalizeText('河北新聞網(wǎng)', { simplify: false })).toBe('河北新聞網');
  });

  it('removes invisible characters and collapses whitespace', () => {
    expect(normalizeText('\ufeff 环\u200b保 \u00a0 督察 \n')).toBe('环保 督察');
  });

  it('is idempotent', () => {
    const text = '會（huì）議  ＡＢＣ 環保 Über';
    expect(normalizeText(normalizeText(text))).toBe(normalizeText(text));
  });
});

describe('normalizeText across regional standards', () => {
  it('folds Taiwan and Hong Kong variants onto the mainland form', () => {
    expect(normalizeText('穿著 看著 接著')).toBe(normalizeText('穿着 看着 接着'));
    expect(normalizeText('衞生')).toBe(normalizeText('卫生'));
    expect(normalizeText('昇起 敍述')).toBe(normalizeText('升起 叙述'));
  });

  it('folds both sides the same way, so 顯著 and 显著 still meet', () => {
    expect(normalizeText('顯著')).toBe(normalizeText('显著'));
    expect(normalizeText('著名')).toBe(normalizeText('著名'));
  });
});
