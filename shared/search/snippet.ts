import { toSimplified } from '../text/han-script';
import { VARIANT_FOLD } from '../text/normalize';

/** Snippet size, in characters of the original text. */
const SNIPPET_CHARS = 160;
/** Characters of context kept before the first hit. */
const LEAD_CHARS = 40;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * Folds text without changing its length, so positions in the folded form are positions in the
 * original: characters whose folded form has another length are kept as they are.
 */
function foldAligned(text: string): string {
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFKC').toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  const script = toSimplified(out);
  if (script.length !== out.length) return out;
  return script.replace(/./gsu, (char) => VARIANT_FOLD[char] ?? char);
}

const isWordChar = (char: string | undefined) => char !== undefined && /[\p{L}\p{N}\p{M}]/u.test(char);
const isUnspaced = (needle: string) => /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(needle);

/** Where the needles occur in the folded text: [start, end) ranges, sorted, not overlapping. */
function findHits(folded: string, needles: string[]): Array<[number, number]> {
  const hits: Array<[number, number]> = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
      const end = at + needle.length;
      // Words match whole words only; unspaced runs match anywhere.
      if (!isUnspaced(needle) && (isWordChar(folded[at - 1]) || isWordChar(folded[end]))) continue;
      hits.push([at, end]);
    }
  }
  hits.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: Array<[number, number]> = [];
  for (const hit of hits) {
    const last = merged.at(-1);
    if (last && hit[0] < last[1]) last[1] = Math.max(last[1], hit[1]);
    else merged.push([...hit]);
  }
  return merged;
}

/** Moves an index off the low half of a surrogate pair. */
const snap = (text: string, index: number) =>
  index > 0 && index < text.length && /[\uDC00-\uDFFF]/.test(text[index]!) ? index - 1 : index;

/**
 * A short excerpt of `text` around the first occurrence of the query's needles, as HTML: the
 * text is escaped and each hit is wrapped in `<mark>`. Without a hit, the text's beginning.
 */
export function highlightSnippet(text: string, needles: string[]): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const folded = foldAligned(flat);
  const hits = findHits(folded, needles);
  const first = hits[0]?.[0] ?? 0;
  const start = snap(flat, Math.max(0, first - LEAD_CHARS));
  const end = snap(flat, Math.min(flat.length, start + SNIPPET_CHARS));
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [hitStart, hitEnd] of hits) {
    if (hitEnd <= start || hitStart >= end) continue;
    const from = Math.max(hitStart, start);
    const to = Math.min(hitEnd, end);
    html += `${escapeHtml(flat.slice(at, from))}<mark>${escapeHtml(flat.slice(from, to))}</mark>`;
    at = to;
  }
  html += escapeHtml(flat.slice(at, end));
  return end < flat.length ? `${html}…` : html;
}
