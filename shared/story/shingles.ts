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

/** One CJK character, or a run of other letters/digits/marks (a word). Punctuation is skipped. */
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|(?:(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}\p{M}])+/gu;

/**
 * The story's tokens: normalised lines, boilerplate lines removed, punctuation dropped. Lines
 * are joined into one stream, so a dropped paragraph changes only the shingles at its edges.
 */
export function storyTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const rawLine of text.split(/\r\n|[\n\r\u2028\u2029]/)) {
    const line = normalizeText(rawLine);
    if (line === '' || isBoilerplateLine(line)) continue;
    for (const match of line.matchAll(TOKEN)) tokens.push(match[0]);
  }
  return tokens;
}

/**
 * The distinct shingle hashes of `text` (unsigned 32-bit, unordered). A text with fewer tokens
 * than one shingle yields one shingle of what it has, or none when it has no token.
 */
export function storyShingles(text: string): Uint32Array {
  const tokens = storyTokens(text);
  if (tokens.length === 0) return new Uint32Array(0);
  const tokenHashes = tokens.map(fnv1a32);
  const distinct = new Set<number>();
  const last = Math.max(0, tokenHashes.length - SHINGLE_SIZE);
  for (let start = 0; start <= last; start++) {
    let hash = SHINGLE_SIZE;
    const end = Math.min(start + SHINGLE_SIZE, tokenHashes.length);
    for (let i = start; i < end; i++) hash = combineHash(hash, tokenHashes[i]!);
    distinct.add(fmix32(hash));
  }
  return Uint32Array.from(distinct);
}
