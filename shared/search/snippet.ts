import { toSimplified } from '../text/han-script';
import { VARIANT_FOLD } from '../text/normalize';

/** Snippet size, in characters of the original text. */
const SNIPPET_CHARS = 160;
/** Characters of context kept before the first hit. */
const LEAD_CHARS = 40;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
/** Escaped, with each run of whitespace shown as one space. */
const show = (text: string) => escapeHtml(text.replace(/\s+/gu, ' '));

/** Hits are looked for in this much of the body; a later first hit gets the beginning instead. */
const SCAN_CHARS = 30_000;

/**
 * Folds text without changing its length, so positions in the folded form are positions in the
 * original: characters whose folded form has another length are kept as they are. The whole
 * string is folded at once when that keeps the length (nearly always); else char by char.
 */
function foldAligned(text: string): string {
  const whole = text.normalize('NFKC').toLowerCase();
  if (whole.length === text.length) return foldScript(whole);
  let out = '';
  for (const char of text) {
    const folded = char.normalize('NFKC').toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return foldScript(out);
}

const VARIANT = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'gu');

function foldScript(text: string): string {
  const script = toSimplified(text);
  if (script.length !== text.length) return text;
  return script.replace(VARIANT, (char) => VARIANT_FOLD[char] ?? char);
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

/** The body is folded and searched in chunks this long, so an early hit costs little. */
const CHUNK_CHARS = 500;
/** Overlap between chunks: a hit across a chunk border is still found. */
const CHUNK_OVERLAP = 64;

/** Position of the first hit in `flat`, or -1. */
function firstHit(flat: string, needles: string[]): number {
  for (let from = 0; from < flat.length; from += CHUNK_CHARS) {
    const chunk = flat.slice(from, from + CHUNK_CHARS + CHUNK_OVERLAP);
    const hit = findHits(foldAligned(chunk), needles)[0];
    if (hit) return from + hit[0];
  }
  return -1;
}

/**
 * A short excerpt of `text` around the first occurrence of the query's needles, as HTML: the
 * text is escaped and each hit is wrapped in `<mark>`. Without a hit, the text's beginning.
 */
export function highlightSnippet(text: string, needles: string[]): string {
  // Whitespace is flattened only in the shown window: flattening a whole body costs more than
  // finding the hit.
  const flat = text.slice(0, SCAN_CHARS);
  const first = firstHit(flat, needles);
  const start = snap(flat, first === -1 ? flat.search(/\S|$/u) : Math.max(0, first - LEAD_CHARS));
  const end = snap(flat, Math.min(flat.length, start + SNIPPET_CHARS));
  // Hits inside the window, found in the window's own folded text (plus a margin for a hit
  // that runs past its end).
  const hits = first === -1 ? [] : findHits(foldAligned(flat.slice(start, end + CHUNK_OVERLAP)), needles);
  let html = start > 0 ? '…' : '';
  let at = start;
  for (const [hitStart, hitEnd] of hits) {
    const from = start + hitStart;
    const to = Math.min(start + hitEnd, end);
    if (from >= end || from < at) continue;
    html += `${show(flat.slice(at, from))}<mark>${show(flat.slice(from, to))}</mark>`;
    at = to;
  }
  html += show(flat.slice(at, end));
  html = html.replace(/^…? +/u, (lead) => lead.trimEnd()).trimEnd();
  return end < flat.length || text.length > SCAN_CHARS ? `${html}…` : html;
}
