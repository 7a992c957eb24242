import { isAsciiDigit, isAsciiLetter, isUnifiedIdeograph, matchesAt, widthAt } from './code-points';

/**
 * One word: a single Han ideograph or kana (CJK is written without spaces, so each character
 * counts on its own), or a run of other letters and digits with inner apostrophes, dots and
 * hyphens ("don't", "U.S.", "COVID-19", "65.03"); Hangul words are space-separated runs too.
 * As a pattern, a word is `CJK|W+(?:J W+)*`: CJK a Han, Hiragana or Katakana character, W a
 * letter of another script, a digit or a mark (NOT_CJK_WORD_CHAR), J one of `'’.-`. countWords
 * counts that pattern's matches in one pass that builds no strings.
 */
const NOT_CJK_WORD_CHAR = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{N}|\p{M}`;

/** The two kinds of word character, tested in place (sticky). */
const CJK_WORD_AT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/uy;
const WORD_CHAR_AT = new RegExp(NOT_CJK_WORD_CHAR, 'uy');

/** What a character can be in a word: a word of its own (CJK), part of a run (W), both (`〇`, a Han numeral), or a joiner. */
const CJK_WORD = 1;
const WORD_CHAR = 2;
const JOINER = 4;

function kindAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    if (isAsciiLetter(code) || isAsciiDigit(code)) return WORD_CHAR;
    return code === 0x27 || code === 0x2e || code === 0x2d ? JOINER : 0;
  }
  if (isUnifiedIdeograph(code)) return CJK_WORD;
  if (code === 0x2019) return JOINER;
  return (matchesAt(CJK_WORD_AT, text, index) ? CJK_WORD : 0) | (matchesAt(WORD_CHAR_AT, text, index) ? WORD_CHAR : 0);
}

/** Counts the words of `text`, each CJK character as one word. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += widthAt(text, i)) {
    const kind = kindAt(text, i);
    if (kind & WORD_CHAR && inWord) continue;
    if (kind & CJK_WORD) {
      // A word of its own, unless a run has already begun (`a〇`: the run takes it).
      count += 1;
      inWord = false;
    } else if (kind & WORD_CHAR) {
      count += 1;
      inWord = true;
    } else if (kind & JOINER) {
      // A joiner stays inside a word only between word characters (`don't`, not `don'`).
      inWord = inWord && i + 1 < text.length && (kindAt(text, i + 1) & WORD_CHAR) !== 0;
    } else {
      inWord = false;
    }
  }
  return count;
}
