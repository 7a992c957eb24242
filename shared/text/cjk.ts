/**
 * Character classes for CJK text. Chinese has no spaces between words, so lengths, word counts
 * and densities count each ideograph on its own.
 */
import { isUnifiedIdeograph, matchesAt, widthAt } from './code-points';
import { countMatches } from './count-matches';

const HAN_GLOBAL = /\p{sc=Han}/gu;
/** One CJK ideograph, kana or hangul syllable, tested in place (sticky). */
const CJK_AT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/uy;
/** Where CJK scripts begin (U+2E80, the CJK radicals): nothing below is CJK. */
const FIRST_CJK = 0x2e80;

const HAN = /\p{sc=Han}/u;

/**
 * Whether `text` holds a Han character. Text without any character from the CJK blocks on
 * (most Latin-script lines) is answered by its character codes alone.
 */
export function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code >= FIRST_CJK) {
      if (isUnifiedIdeograph(code)) return true;
      return HAN.test(text.slice(i));
    }
  }
  return false;
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
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || code === 0xa0 || code === 0x3000) continue;
    if (code < FIRST_CJK) weight += 1;
    else if (isUnifiedIdeograph(code)) weight += 3;
    else {
      weight += matchesAt(CJK_AT, text, i) ? 3 : 1;
      i += widthAt(text, i) - 1;
    }
  }
  return weight;
}
