import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasHan, textWeight } from '../../shared/text/cjk';
import { countScripts } from '../../shared/text/lang';
import { countWords } from '../../shared/text/word-count';

/**
 * The counters walk text by character code with shortcuts for ASCII and the CJK Unified
 * Ideographs block; each must count exactly what its pattern definition counts.
 */
const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

const NOT_CJK_WORD_CHAR = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{N}|\p{M}`;
const WORD = new RegExp(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:${NOT_CJK_WORD_CHAR})+(?:['’.\-](?:${NOT_CJK_WORD_CHAR})+)*`, 'gu');

const referenceScripts = (text: string) => ({
  han: count(text, /\p{sc=Han}/gu),
  kana: /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(text) ? count(text, /[\p{sc=Hiragana}\p{sc=Katakana}]/gu) : 0,
  hangul: /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(text) ? count(text, /\p{sc=Hangul}/gu) : 0,
  letters: count(text, /\p{L}/gu),
});

function referenceWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    // Below U+2E80 nothing weighs as CJK (hangul jamo included), as before the counters walked by code.
    weight += code >= 0x2e80 && /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u.test(char) ? 3 : 1;
  }
  return weight;
}

/**
 * Characters where the shortcuts and the patterns could part: ASCII letters, digits and joiners,
 * accented and combining letters, Han inside and outside the unified block (radicals, 〇, 々,
 * extension B's surrogate pairs), kana and its marks, hangul and its jamo, curly apostrophes,
 * spaces of all widths, emoji and lone surrogates.
 */
const PIECES = [
  'a', 'Z', 'q', '7', '0', "'", '.', '-', '’', '_', ' ', '\u00a0', '\u3000', '\n', ',', '!',
  'é', 'ß', 'e\u0301', '\u0301', 'Ж', 'ا', '١', 'ǅ', 'ſ', 'K',
  '中', '国', '龥', '\u9fff', '\u4e00', '\u3400', '⺀', '⼀', '〇', '々', '〡', '𠀀', '𪚥',
  'か', 'カ', 'ー', '゛', 'ｶ', '한', 'ᄀ', 'ㄱ', '，', '。', '😀', '\ud800', '\udc00',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('text counters', () => {
  it('count words as the word pattern matches them', () => {
    fc.assert(fc.property(text, (sample) => {
      expect(countWords(sample)).toBe(count(sample, WORD));
    }), { numRuns: 3000 });
    expect(countWords("Don't stop: U.S. COVID-19 at 65.03, 中国人 ok")).toBe(10);
  });

  it('count scripts and letters as their patterns do', () => {
    fc.assert(fc.property(text, (sample) => {
      expect(countScripts(sample)).toEqual(referenceScripts(sample));
    }), { numRuns: 3000 });
  });

  it('weigh text as the CJK pattern does', () => {
    fc.assert(fc.property(text, (sample) => {
      expect(textWeight(sample)).toBe(referenceWeight(sample));
    }), { numRuns: 3000 });
    expect(textWeight('ab 中文')).toBe(8);
  });
});

describe('hasHan', () => {
  it('finds a Han character anywhere, after kana, punctuation or an astral ideograph, and nothing else', () => {
    expect(hasHan('By Jane Doe, 20 June 2018')).toBe(false);
    expect(hasHan('記者 王小明')).toBe(true);
    expect(hasHan('「ニュース」と東京')).toBe(true);
    expect(hasHan('、。「」ニュース')).toBe(false);
    expect(hasHan('𠮷野家')).toBe(true);
    expect(hasHan('한국어 뉴스')).toBe(false);
  });
  it('agrees with the script property on any text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => hasHan(text) === /\p{sc=Han}/u.test(text)), { numRuns: 2000 });
  });
});
