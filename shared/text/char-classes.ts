/**
 * Per-character class tables for scanners that walk a text one character at a time. A class is
 * a bit, set when the character matches that class's one-character pattern; the table is filled
 * on first sight from the patterns, so the classes are the patterns' exactly, and a character is
 * then one table read instead of a step of a Unicode-property regex over the whole text.
 */

/** Set in every class read through the table (an unread entry is 0). */
const KNOWN = 1;
/** Set when the code point took two code units (a surrogate pair): the scanner steps by two. */
export const ASTRAL_CHAR = 2;
/** The first bit free for a caller's classes (then `FIRST_CLASS_BIT << 1`, …). */
export const FIRST_CLASS_BIT = 4;

/**
 * The class of the code point at `i` of a text, as bits: each `classes` entry's bit when the
 * character matches its pattern (`/^[…]$/u`), and {@link ASTRAL_CHAR} for a surrogate pair.
 */
export function characterClassifier(classes: ReadonlyArray<readonly [bit: number, pattern: RegExp]>): (text: string, i: number) => number {
  const bmpClasses = new Uint8Array(0x10000);
  const classOf = (char: string): number => classes.reduce((bits, [bit, pattern]) => (pattern.test(char) ? bits | bit : bits), KNOWN);
  return (text, i) => {
    const unit = text.charCodeAt(i);
    if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next < 0xe000) return classOf(text.slice(i, i + 2)) | ASTRAL_CHAR;
    }
    let known = bmpClasses[unit]!;
    if (known === 0) known = bmpClasses[unit] = classOf(text[i]!);
    return known;
  };
}
