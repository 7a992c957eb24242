/**
 * Character classes for CJK text. Chinese has no spaces between words, so lengths, word counts
 * and densities count each ideograph on its own.
 */
import { countMatches } from './count-matches';

/** One CJK ideograph, kana or hangul syllable: a "word" of its own for counting. */
export const CJK_CHAR = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;
const CJK_GLOBAL = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/gu;
const HAN_GLOBAL = /\p{sc=Han}/gu;

/** How many CJK characters `text` holds. */
export function countCjk(text: string): number {
  return countMatches(text, CJK_GLOBAL);
}

/** How many Han ideographs `text` holds. */
export function countHan(text: string): number {
  return countMatches(text, HAN_GLOBAL);
}

/**
 * A length that compares Chinese and Latin text fairly: one ideograph carries about as much
 * as a short Latin word, so it weighs three characters. Whitespace does not count.
 */
export function textWeight(text: string): number {
  let weight = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    weight += code >= 0x2e80 && CJK_CHAR.test(char) ? 3 : 1;
  }
  return weight;
}
