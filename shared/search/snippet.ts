import { toSimplified, traditionalSources } from '../text/han-script';
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

/** Runs of ASCII and runs of anything else: ASCII only needs lower-casing (NFKC keeps it). */
const ASCII_OR_NOT = /[\x00-\x7f]+|[^\x00-\x7f]+/g;

/**
 * Folds text without changing its length, so positions in the folded form are positions in the
 * original: characters whose folded form has another length are kept as they are. The whole
 * string is folded at once when that keeps the length (nearly always); else run by run, and
 * char by char only inside the non-ASCII runs that change length (an ellipsis "…" becomes "..."
 * under NFKC: common in English text, and it used to send whole chunks char by char).
 * `scripts`: also fold traditional to simplified Chinese (only needed for needles with Han).
 */
function foldAligned(text: string, scripts: boolean): string {
  const whole = text.normalize('NFKC').toLowerCase();
  const folded = whole.length === text.length ? whole : text.replace(ASCII_OR_NOT, (run) => (run.charCodeAt(0) < 0x80 ? run.toLowerCase() : foldRun(run)));
  return scripts ? foldScript(folded) : folded;
}

function foldRun(run: string): string {
  const whole = run.normalize('NFKC').toLowerCase();
  if (whole.length === run.length) return whole;
  let out = '';
  for (const char of run) {
    const folded = char.normalize('NFKC').toLowerCase();
    out += folded.length === char.length ? folded : char;
  }
  return out;
}

const VARIANT = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'gu');

function foldScript(text: string): string {
  const script = toSimplified(text);
  if (script.length !== text.length) return text;
  return script.replace(VARIANT, (char) => VARIANT_FOLD[char] ?? char);
}

const HAN = /\p{Script=Han}/u;
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

/**
 * Blocks whose characters NFKC maps to single Han characters (radicals, enclosed, compatibility
 * and squared ideographs): the only other ways a character folds into a Han one.
 */
const NFKC_HAN_SOURCE_BLOCKS: ReadonlyArray<readonly [number, number]> = [
  [0x2e80, 0x2fdf],
  [0x3200, 0x33ff],
  [0xf900, 0xfaff],
  [0x1f200, 0x1f2ff],
  [0x2f800, 0x2fa1f],
];

/** Han character → the characters NFKC or VARIANT_FOLD turn into it; built on first use. */
let foldSourceTable: Map<string, Set<string>> | undefined;

function otherFoldSources(char: string): ReadonlySet<string> {
  if (!foldSourceTable) {
    const table = new Map<string, Set<string>>();
    const add = (from: string, to: string) => table.set(to, (table.get(to) ?? new Set()).add(from));
    for (const [first, last] of NFKC_HAN_SOURCE_BLOCKS) {
      for (let code = first; code <= last; code++) {
        const from = String.fromCodePoint(code);
        const to = from.normalize('NFKC');
        // Only folds that keep the length apply (foldAligned keeps the others as they are).
        if (to !== from && to.length === from.length && HAN.test(to)) add(from, to);
      }
    }
    for (const [from, to] of Object.entries(VARIANT_FOLD)) add(from, to);
    foldSourceTable = table;
  }
  return foldSourceTable.get(char) ?? new Set();
}

/** Every character that folds (foldAligned with scripts) to `char`, `char` included. */
function foldSources(char: string): Set<string> {
  const found = new Set([char]);
  const queue = [char];
  while (queue.length > 0) {
    const next = queue.pop()!;
    for (const source of [...traditionalSources(next), ...otherFoldSources(next)]) {
      if (!found.has(source)) {
        found.add(source);
        queue.push(source);
      }
    }
  }
  return found;
}

const ALL_HAN = /^\p{Script=Han}+$/u;

/**
 * For needles all in Han: a test that a piece of text can hold a hit, because for some needle
 * each of its characters occurs in it in one of the forms that fold to it. Folding Chinese
 * (traditional → simplified through OpenCC's tries) is the costly part of a snippet; most
 * chunks of a long body fail this test and are never folded. Null for other needles (Latin
 * words are cheap to fold, and case and width make many more forms).
 */
function hanHitFilter(needles: string[]): ((text: string) => boolean) | null {
  if (needles.length === 0 || !needles.every((needle) => ALL_HAN.test(needle))) return null;
  const classes = needles.map((needle) =>
    [...new Set(Array.from(needle))].map((char) => new RegExp(`[${[...foldSources(char)].join('').replace(/[\\\]^-]/g, '\\$&')}]`, 'u')),
  );
  return (text) => classes.some((needleClasses) => needleClasses.every((form) => form.test(text)));
}

/** The filter of the last needles asked for: a page's snippets all search the same needles. */
let lastFilter: { key: string; filter: ((text: string) => boolean) | null } | undefined;

function cachedHanHitFilter(needles: string[]): ((text: string) => boolean) | null {
  const key = needles.join('\u0000');
  if (lastFilter?.key !== key) lastFilter = { key, filter: hanHitFilter(needles) };
  return lastFilter.filter;
}

/** Position of the first hit in `flat`, or -1. */
function firstHit(flat: string, needles: string[], scripts: boolean): number {
  const canHit = cachedHanHitFilter(needles);
  if (canHit && !canHit(flat)) return -1;
  for (let from = 0; from < flat.length; from += CHUNK_CHARS) {
    const chunk = flat.slice(from, from + CHUNK_CHARS + CHUNK_OVERLAP);
    if (canHit && !canHit(chunk)) continue;
    const hit = findHits(foldAligned(chunk, scripts), needles)[0];
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
  // Script folding maps Han to Han only: needles without Han match the same without it.
  const scripts = needles.some((needle) => HAN.test(needle));
  const first = firstHit(flat, needles, scripts);
  const start = snap(flat, first === -1 ? flat.search(/\S|$/u) : Math.max(0, first - LEAD_CHARS));
  const end = snap(flat, Math.min(flat.length, start + SNIPPET_CHARS));
  // Hits inside the window, found in the window's own folded text (plus a margin for a hit
  // that runs past its end).
  const hits = first === -1 ? [] : findHits(foldAligned(flat.slice(start, end + CHUNK_OVERLAP), scripts), needles);
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
