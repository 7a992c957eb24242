import { countMatches } from './count-matches';

/**
 * One word: a single Han ideograph or kana (CJK is written without spaces, so each character
 * counts on its own), or a run of other letters and digits with inner apostrophes, dots and
 * hyphens ("don't", "U.S.", "COVID-19", "65.03"); Hangul words are space-separated runs too.
 */
const NOT_CJK_WORD_CHAR = String.raw`[^\P{L}\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|\p{N}|\p{M}`;
const WORD = new RegExp(
  String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]|(?:${NOT_CJK_WORD_CHAR})+(?:['’.\-](?:${NOT_CJK_WORD_CHAR})+)*`,
  'gu',
);

/** Counts the words of `text`, each CJK character as one word. */
export function countWords(text: string): number {
  return countMatches(text, WORD);
}
