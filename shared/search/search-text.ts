import { normalizeText } from '../text/normalize';

/**
 * Search text preparation, shared by indexing (Worker, on save) and querying.
 *
 * SQLite FTS5's unicode61 tokenizer splits on spaces and punctuation, which suits English but
 * makes a whole Chinese run (`中央环保督察`) one token. So runs of scripts written without
 * spaces are indexed as overlapping bigrams (`中央 央环 环保 保督 督察`) and a query run becomes
 * the phrase of its bigrams: any substring of two or more characters then matches (trigram
 * tokenizers cannot match two-character words). Case, width (NFKC) and script (traditional →
 * simplified) are folded on both sides, so `環保` finds `环保` and `Climate` finds `climate`.
 */

/** Scripts written without spaces between words: each run is indexed as bigrams. */
const UNSPACED_RUN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu;
/** Anything that is not part of a word (unicode61 treats these as separators too). */
const NON_WORD = /[^\p{L}\p{N}\p{M}]+/gu;
/** At most this many query terms are used; more adds cost without changing results much. */
const MAX_QUERY_TERMS = 16;

/**
 * Folds width, case, script (traditional → simplified, regional variants) and pinyin annotations:
 * the form both the index and the queries are made of (shared/text/normalize.ts, the same normal
 * form story detection compares in).
 */
export function foldText(text: string): string {
  return normalizeText(text);
}

function bigrams(run: string): string {
  const chars = Array.from(run);
  if (chars.length < 2) return run;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i]! + chars[i + 1]!);
  return grams.join(' ');
}

/** Tokens of already folded text: words, and bigrams of unspaced runs, space-separated. */
function tokenize(folded: string): string {
  return folded
    .replace(UNSPACED_RUN, (run) => ` ${bigrams(run)} `)
    .replace(NON_WORD, ' ')
    .trim();
}

/** The text stored in the full-text index for one field. */
export function toIndexText(text: string | undefined): string {
  return text ? tokenize(foldText(text)) : '';
}

/** What a parsed query searches for. */
export interface SearchQuery {
  /** The FTS5 MATCH expression: one quoted phrase a term, all required. */
  match: string;
  /** Folded strings to highlight in snippets: unspaced runs and words. */
  needles: string[];
}

/**
 * Turns what a user typed into an FTS5 MATCH expression. Every whitespace-separated term must
 * occur; each term is a phrase of its words and bigrams, so FTS5 operators typed by the user
 * are plain text (no syntax errors, no injection). Returns null when nothing searchable remains.
 */
export function parseSearchQuery(input: string): SearchQuery | null {
  const phrases: string[] = [];
  const needles = new Set<string>();
  for (const term of input.split(/\s+/u).slice(0, MAX_QUERY_TERMS)) {
    const folded = foldText(term);
    const tokens = tokenize(folded);
    if (!tokens) continue;
    // A lone unspaced character has no bigram of its own: match bigrams that start with it.
    const pieces = folded.match(new RegExp(`${UNSPACED_RUN.source}|[\\p{L}\\p{N}\\p{M}]+`, 'gu')) ?? [];
    const last = pieces.at(-1) ?? '';
    const lonePrefix = Array.from(last).length === 1 && new RegExp(UNSPACED_RUN.source, 'u').test(last);
    phrases.push(`"${tokens}"${lonePrefix ? ' *' : ''}`);
    for (const piece of pieces) needles.add(piece);
  }
  if (phrases.length === 0) return null;
  return { match: phrases.join(' '), needles: [...needles] };
}
