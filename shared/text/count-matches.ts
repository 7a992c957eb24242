/**
 * How many times the global (`g`) `pattern` matches `text`, counted in place: no match objects or
 * arrays are built, which matters for patterns that match every letter or word of an article.
 * `pattern` must never match the empty string.
 */
export function countMatches(text: string, pattern: RegExp): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count += 1;
  return count;
}
