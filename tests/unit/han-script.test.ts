import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isTraditionalScript, toSimplified, traditionalShare } from '../../shared/text/han-script';

const SEED = readFileSync(new URL('../seed/000_9a76ef670956b278.txt', import.meta.url), 'utf8');

describe('toSimplified', () => {
  it('converts traditional words to simplified', () => {
    expect(toSimplified('環保')).toBe('环保');
    expect(toSimplified('會議')).toBe('会议');
    expect(toSimplified('河北新聞網')).toBe('河北新闻网');
    expect(toSimplified('省政府黨組會議強調')).toBe('省政府党组会议强调');
  });

  it('uses phrase tables where one character has two simplified forms', () => {
    // 乾 is 干 in 乾淨 but stays 乾 in 乾隆; 髮 and 發 both become 发.
    expect(toSimplified('乾淨')).toBe('干净');
    expect(toSimplified('乾隆')).toBe('乾隆');
    expect(toSimplified('頭髮 發展')).toBe('头发 发展');
  });

  it('leaves simplified text, Latin, digits and punctuation untouched', () => {
    const simplified = '中央环保督察“回头看”问题整改，2018-06-20 17:59:25。';
    expect(toSimplified(simplified)).toBe(simplified);
    const latin = 'Hello, World! ÀÉÎ ñ 123 (wǎng) — ＡＢＣ';
    expect(toSimplified(latin)).toBe(latin);
    expect(toSimplified('')).toBe('');
  });

  it('keeps the length in code points, so offsets carry over', () => {
    const converted = toSimplified(SEED);
    expect(Array.from(converted)).toHaveLength(Array.from(SEED).length);
    expect(converted).toContain('省政府党组会');
    expect(converted).toContain('责(zé)任编辑: 陈潇');
  });

  it('handles characters outside the BMP without splitting surrogate pairs', () => {
    expect(toSimplified('𠮷野家 會')).toBe('𠮷野家 会');
  });
});

describe('traditionalShare / isTraditionalScript', () => {
  it('tells the traditional seed from its simplified form', () => {
    expect(isTraditionalScript(SEED)).toBe(true);
    expect(traditionalShare(SEED)).toBeGreaterThan(0.2);
    expect(isTraditionalScript(toSimplified(SEED))).toBe(false);
    expect(traditionalShare(toSimplified(SEED))).toBeLessThan(0.02);
  });

  it('is 0 for text without Han characters', () => {
    expect(traditionalShare('no Chinese here')).toBe(0);
    expect(isTraditionalScript('')).toBe(false);
  });
});
