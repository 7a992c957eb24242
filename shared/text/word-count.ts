/**
 * One word: a single Han ideograph or kana (CJK is written without spaces, so each character
 * counts on its own), or a run of other letters and digits with inner apostrophes, dots and
 * hyphens ("don't", "U.S.", "e-mail"; Hangul words are space-separated, so they are runs too).
 */
const WORD =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}\p{M}]+(?:['’.-]?[^\P{L}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{N}\p{M}]+)*|[\p{N}]+(?:[.,][\p{N}]+)*/gu;

/** Counts the words of `text`, each CJK character as one word. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count += 1;
  return count;
}
