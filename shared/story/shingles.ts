/**
 * The story body as a set of shingles: overlapping runs of {@link SHINGLE_SIZE} tokens, where a
 * token is one CJK character (Chinese and Japanese are written without spaces, so characters
 * are the unit) or one word of letters and digits elsewhere. This is the tokenisation the
 * extraction benchmark scores with, so "same text" means the same thing in both places.
 *
 * Before tokenising, each line is normalised (normalizeText: width, case, script, pinyin
 * annotations, spacing) and boilerplate lines are dropped, so copies that differ only in those
 * produce the same shingles.
 */
import { normalizeText } from '../text/normalize';
import { isBoilerplateLine } from './boilerplate';
import { combineHash, fmix32, fnv1a32 } from './hash';

/** Tokens a shingle: 4 CJK characters ≈ two words; 4 English words ≈ a phrase. */
export const SHINGLE_SIZE = 4;

/**
 * A story is recognised by its opening thousands of tokens; a longer text is cut there, so the
 * signature costs at most a few milliseconds whatever the article's length (the Worker has a
 * 10 ms CPU budget). Copies cut at the same place still agree; a dropped paragraph shifts the
 * cut by one paragraph, a small change against this many tokens.
 */
export const MAX_STORY_TOKENS = 3000;

/**
 * Only this much of the raw text is read: comfortably more than {@link MAX_STORY_TOKENS} tokens
 * need even with pinyin annotations and boilerplate lines (3,000 English words ≈ 18,000
 * characters), and it bounds normalisation when a hostile text is one 1 MB line.
 */
export const MAX_STORY_SOURCE_CHARS = 50_000;

/**
 * One CJK character, or a run of anything that is not CJK, punctuation, a symbol, a separator
 * or a control character (a word of letters, digits and marks). A negated class, not a
 * lookahead per character: tokenising is a large part of the signature's cost.
 */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{P}\p{S}\p{Z}\p{C}\s]+/gu;

/**
 * The story's tokens: normalised lines, boilerplate lines removed, punctuation dropped, at most
 * {@link MAX_STORY_TOKENS} from the first {@link MAX_STORY_SOURCE_CHARS} characters. Lines are joined into one stream, so a dropped paragraph changes
 * only the shingles at its edges.
 */
export function storyTokens(text: string): string[] {
  const tokens: string[] = [];
  const source = text.length > MAX_STORY_SOURCE_CHARS ? text.slice(0, MAX_STORY_SOURCE_CHARS) : text;
  for (const rawLine of source.split(LINE_BREAK)) {
    if (rawLine.trim() === '') continue;
    const line = normalizeText(rawLine);
    if (line === '' || isBoilerplateLine(line)) continue;
    const lineTokens = line.match(TOKEN); // plain strings: cheaper than matchAll's match objects
    if (!lineTokens) continue;
    for (const token of lineTokens) {
      tokens.push(token);
      if (tokens.length >= MAX_STORY_TOKENS) return tokens;
    }
  }
  return tokens;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/**
 * The distinct shingle hashes of `text` (unsigned 32-bit, ascending). A text with fewer tokens
 * than one shingle yields one shingle of what it has, or none when it has no token.
 */
export function storyShingles(text: string): Uint32Array {
  const tokens = storyTokens(text);
  if (tokens.length === 0) return new Uint32Array(0);
  const tokenHashes = tokens.map(fnv1a32);
  const count = Math.max(1, tokenHashes.length - SHINGLE_SIZE + 1);
  const hashes = new Uint32Array(count);
  for (let start = 0; start < count; start++) {
    let hash = SHINGLE_SIZE;
    const end = Math.min(start + SHINGLE_SIZE, tokenHashes.length);
    for (let i = start; i < end; i++) hash = combineHash(hash, tokenHashes[i]!);
    hashes[start] = fmix32(hash);
  }
  // Distinct values by sorting in place: cheaper than a Set for thousands of numbers.
  hashes.sort();
  let distinct = 0;
  for (let i = 0; i < hashes.length; i++) {
    if (i === 0 || hashes[i] !== hashes[i - 1]) hashes[distinct++] = hashes[i]!;
  }
  return hashes.slice(0, distinct);
}
