/**
 * Escaping plain text for Markdown (CommonMark + GFM), so text shows exactly as written:
 * inline characters that start emphasis, code, links, HTML or entities, and line beginnings
 * that start a block (heading, quote, list, rule, fence, table).
 */

/**
 * Markdown "block starts" that a line of plain text could trigger by accident: headings,
 * quotes, list items, thematic breaks, fences, tables' pipes and setext underlines.
 */
const BLOCK_START = /^(?:#{1,6}(?=\s|$)|>|[-+*](?=\s|$)|\d{1,9}[.)](?=\s|$)|={2,}\s*$|-{2,}\s*$|_{3,}\s*$|\*{3,}\s*$|`{3,}|~{3,}|\|)/;

/** Inline characters that start emphasis, code, links, HTML or autolinks. */
const INLINE_SPECIAL = /[\\`*_[\]<>]/g;

/** `&name;` / `&#123;` would turn into a character; escape the ampersand of those only. */
const ENTITY_LIKE = /&(?=#?[0-9A-Za-z]+;)/g;

/** Escapes inline text (no block handling). */
export function escapeMarkdownInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(ENTITY_LIKE, '\\&');
}

/** Escapes a line's start when it would begin a block; leading spaces (code blocks) are dropped. */
export function escapeBlockStart(line: string): string {
  const trimmed = line.replace(/^[ \t]+/, '');
  return BLOCK_START.test(trimmed) ? `\\${trimmed}` : trimmed;
}

/** Escapes one line of plain text so Markdown shows it exactly as written. */
export function escapeMarkdownLine(line: string): string {
  return escapeBlockStart(escapeMarkdownInline(line));
}
