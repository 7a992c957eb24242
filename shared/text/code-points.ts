/**
 * Walking a text code point by code point without cutting each character out (`for…of` builds a
 * string per character; on a 20,000-character article that is most of the cost of counting).
 */

/** How many UTF-16 units the code point at `index` takes: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, index: number): 1 | 2 {
  const code = text.charCodeAt(index);
  if (code < 0xd800 || code > 0xdbff) return 1;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/**
 * Whether the sticky (`y`) and unicode (`u`) `pattern`, which matches one character, matches the
 * character at `index`.
 */
export function matchesAt(pattern: RegExp, text: string, index: number): boolean {
  pattern.lastIndex = index;
  return pattern.test(text);
}

/**
 * Whether `code` is in the CJK Unified Ideographs block (U+4E00–U+9FFF): every code point there is
 * a Han letter, so the commonest Chinese characters are classified without a pattern.
 */
export function isUnifiedIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}

/** Whether `code` is an ASCII letter (A–Z, a–z). */
export function isAsciiLetter(code: number): boolean {
  return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether `code` is an ASCII digit (0–9). */
export function isAsciiDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}
