/**
 * Character classes the summariser needs to tell scripts apart: scripts written without spaces
 * between words (Chinese, Japanese, Thai …) are compared by character bigrams and split at their
 * own full stops; the rest by words. Tested by code point ranges rather than Unicode property
 * regexes: this runs on every character of the article, and ranges are several times faster.
 */

/**
 * Code point ranges of the unspaced scripts: Thai and Lao, Myanmar, Hangul jamo, Khmer, CJK
 * punctuation-free letters (々〆), kana, CJK ideographs (with extension A and the compatibility
 * block), Hangul syllables, half-width katakana, and the supplementary ideograph planes.
 */
const UNSPACED_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1100, 0x11ff],
  [0x1780, 0x17ff],
  [0x3005, 0x3006],
  [0x3040, 0x30ff],
  [0x31f0, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xac00, 0xd7af],
  [0xf900, 0xfaff],
  [0xff66, 0xff9f],
  [0x20000, 0x3134f],
];

/** Whether code point `cp` belongs to a script written without spaces between words. */
export function isUnspacedCode(cp: number): boolean {
  if (cp < 0x0e00) return false;
  for (const [lo, hi] of UNSPACED_RANGES) {
    if (cp < lo) return false;
    if (cp <= hi) return true;
  }
  return false;
}

/** Whether the character `ch` belongs to a script written without spaces between words. */
export function isUnspacedChar(ch: string | undefined): boolean {
  return ch !== undefined && ch !== '' && isUnspacedCode(ch.codePointAt(0)!);
}

/** A letter or digit of any script (what makes a sentence more than punctuation). */
export const WORD_CHAR = /[\p{L}\p{N}]/u;

/** How many characters of `text` are in unspaced scripts. */
export function countUnspaced(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (isUnspacedCode(cp)) n++;
  }
  return n;
}
