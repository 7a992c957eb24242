import { ASTRAL_CHAR, characterClassifier, FIRST_CLASS_BIT } from '../text/char-classes';
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

/** A character that is part of a word (unicode61 treats anything else as a separator too). */
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;
/** A character of a script written without spaces (one character of an {@link UNSPACED_RUN}). */
const UNSPACED_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const CLASS_WORD = FIRST_CLASS_BIT;
const CLASS_UNSPACED = FIRST_CLASS_BIT << 1;
/**
 * What tokenizing needs to know of a character: whether it is part of a word and whether its
 * script is written without spaces, read from a table (shared/text/char-classes.ts): a step of a
 * Unicode-property regex over the whole text was most of the cost of indexing an article body.
 */
const classAt = characterClassifier([
  [CLASS_WORD, WORD_CHAR],
  [CLASS_UNSPACED, UNSPACED_CHAR],
]);

/**
 * The bigrams of an unspaced run (the characters from `starts[k]` to `starts[k + 1]`, their
 * `classes`), each cut at non-word characters: a run of one character is that character.
 */
function pushBigrams(text: string, starts: number[], classes: number[], tokens: string[]): void {
  const count = classes.length;
  if (count === 1) {
    if (classes[0]! & CLASS_WORD) tokens.push(text.slice(starts[0], starts[1]));
    return;
  }
  for (let k = 0; k + 1 < count; k++) {
    const firstWord = (classes[k]! & CLASS_WORD) !== 0;
    const secondWord = (classes[k + 1]! & CLASS_WORD) !== 0;
    if (firstWord && secondWord) tokens.push(text.slice(starts[k], starts[k + 2]));
    else if (firstWord) tokens.push(text.slice(starts[k], starts[k + 1]));
    else if (secondWord) tokens.push(text.slice(starts[k + 1], starts[k + 2]));
  }
}

/**
 * Tokens of already folded text: words, and bigrams of unspaced runs, space-separated. Defined
 * as: each {@link UNSPACED_RUN} becomes its overlapping bigrams (a lone character stays), each
 * run of non-word characters one space, trimmed; computed in one pass over the text.
 */
function tokenize(folded: string): string {
  const tokens: string[] = [];
  const n = folded.length;
  let wordStart = -1;
  let i = 0;
  while (i < n) {
    const charClass = classAt(folded, i);
    if (charClass & CLASS_UNSPACED) {
      if (wordStart >= 0) tokens.push(folded.slice(wordStart, i));
      wordStart = -1;
      const starts: number[] = [];
      const classes: number[] = [];
      let j = i;
      while (j < n) {
        const runClass = classAt(folded, j);
        if (!(runClass & CLASS_UNSPACED)) break;
        starts.push(j);
        classes.push(runClass);
        j += runClass & ASTRAL_CHAR ? 2 : 1;
      }
      starts.push(j);
      pushBigrams(folded, starts, classes, tokens);
      i = j;
      continue;
    }
    if (charClass & CLASS_WORD) {
      if (wordStart < 0) wordStart = i;
    } else if (wordStart >= 0) {
      tokens.push(folded.slice(wordStart, i));
      wordStart = -1;
    }
    i += charClass & ASTRAL_CHAR ? 2 : 1;
  }
  if (wordStart >= 0) tokens.push(folded.slice(wordStart));
  return tokens.join(' ');
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
