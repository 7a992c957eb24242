import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery, toIndexText } from '../../shared/search/search-text';
import { normalizeText } from '../../shared/text/normalize';

/**
 * The index text as it is defined (search-text.ts tokenize, written as the regular expressions it
 * replaced): unspaced runs become their overlapping bigrams, every other run of non-word
 * characters one space. The one-pass tokenizer must give exactly this, or stored index text and
 * queries would stop meeting.
 */
function indexTextByDefinition(text: string | undefined): string {
  if (!text) return '';
  const bigrams = (run: string) => {
    const chars = Array.from(run);
    if (chars.length < 2) return run;
    return chars.slice(0, -1).map((char, i) => char + chars[i + 1]).join(' ');
  };
  return normalizeText(text)
    .replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, (run) => ` ${bigrams(run)} `)
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim();
}

/** Characters at the edges of the two classes: scripts without spaces that are not letters, marks, astral and lone surrogates. */
const TRICKY_CHARACTERS = [
  'a', 'Z', '7', ' ', '\n', ',', '-', '_', "'", '中', '環', '保', 'か', 'ナ', 'ｶ', 'ー', '々', '〇', '⺀', '⼀', '㋐', '🈀',
  '\u3099', '\u0301', 'é', 'ß', '١', '한', 'ㄅ', '😀', '𠀀', '\ud800', '\udc00', '！', '（', '）', 'Ａ', '\u00ad', '\u200b',
];

describe('toIndexText', () => {
  it('indexes words, and unspaced runs as overlapping bigrams', () => {
    expect(toIndexText('中央环保督察 Climate-talks, 2024!')).toBe('中央 央环 环保 保督 督察 climate talks 2024');
    expect(toIndexText('the 中 word')).toBe('the 中 word');
    expect(toIndexText('カタカナと漢字')).toBe('カタ タカ カナ ナと と汉 汉字');
    expect(toIndexText('')).toBe('');
    expect(toIndexText(undefined)).toBe('');
  });

  it('cuts a bigram at a character of an unspaced script that is not a word character', () => {
    // U+2E80 is a CJK radical of Han script but a symbol: unicode61 separates on it.
    expect(toIndexText('⺀中文')).toBe(indexTextByDefinition('⺀中文'));
    expect(toIndexText('⺀中文')).toBe('中 中文');
  });

  it('is the definition on any mix of tricky characters', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...TRICKY_CHARACTERS), { maxLength: 24 }), (chars) => {
        const text = chars.join('');
        expect(toIndexText(text)).toBe(indexTextByDefinition(text));
      }),
      { numRuns: 3000, seed: 5 },
    );
  });

  it('is the definition on arbitrary Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(toIndexText(text)).toBe(indexTextByDefinition(text));
      }),
      { numRuns: 3000, seed: 6 },
    );
  });

  it('tokenizes a query the same way as the index', () => {
    expect(parseSearchQuery('環保 Climate')!.match).toBe('"环保" "climate"');
    expect(parseSearchQuery('中央环保')!.match).toBe(`"${toIndexText('中央环保')}"`);
  });
});
