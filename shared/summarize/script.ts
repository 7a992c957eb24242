/**
 * Character classes the summariser needs to tell scripts apart: scripts written without spaces
 * between words (Chinese, Japanese, Thai …) are compared by character bigrams and split at their
 * own full stops; the rest by words.
 */

/** Han, kana, hangul and the Southeast Asian scripts that put no spaces between words. */
export const UNSPACED_CHAR = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}ー々〆]/u;

/** A letter or digit of any script (what makes a sentence more than punctuation). */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether most letters of `text` are in unspaced scripts (Chinese, Japanese, Thai …). */
export function isMostlyUnspaced(text: string): boolean {
  let unspaced = 0;
  let letters = 0;
  for (const ch of text) {
    if (UNSPACED_CHAR.test(ch)) unspaced++;
    else if (/\p{L}/u.test(ch)) letters++;
    else continue;
    // Words of spaced scripts are several letters long; weigh a CJK character like a word.
    if (unspaced + letters > 400) break;
  }
  return unspaced * 4 >= letters;
}
