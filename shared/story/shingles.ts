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
import { ASTRAL_CHAR, characterClassifier, FIRST_CLASS_BIT } from '../text/char-classes';
import { normalizeText } from '../text/normalize';
import { isBoilerplateLine } from './boilerplate';
import { combineHash, fmix32, fnv1a32Range } from './hash';

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
 * or a control character (a word of letters, digits and marks): what a token is, as a pattern.
 * Lines are scanned with a table of each character's class under these two classes
 * ({@link classAt}) rather than with the pattern itself: tokenising is a large part of the
 * signature's cost, and a table read per character is several times cheaper than a step of a
 * Unicode-property regex.
 */
const UNSPACED_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{P}\p{S}\p{Z}\p{C}\s]$/u;

/** A token of its own (one CJK character). */
const CHAR_UNSPACED = FIRST_CLASS_BIT;
/** Part of a word token. */
const CHAR_WORD = FIRST_CLASS_BIT << 1;
const classAt = characterClassifier([
  [CHAR_UNSPACED, UNSPACED_CHAR],
  [CHAR_WORD, WORD_CHAR],
]);

/**
 * Calls `onToken(line, start, end)` for the story's tokens in order: normalised lines,
 * boilerplate lines removed, punctuation dropped, at most {@link MAX_STORY_TOKENS} from the first
 * {@link MAX_STORY_SOURCE_CHARS} characters.
 */
function scanStoryTokens(text: string, onToken: (line: string, start: number, end: number) => void): void {
  let count = 0;
  const source = text.length > MAX_STORY_SOURCE_CHARS ? text.slice(0, MAX_STORY_SOURCE_CHARS) : text;
  for (const rawLine of source.split(LINE_BREAK)) {
    if (rawLine.trim() === '') continue;
    const line = normalizeText(rawLine);
    if (line === '' || isBoilerplateLine(line)) continue;
    let i = 0;
    while (i < line.length) {
      const charClass = classAt(line, i);
      const width = charClass & ASTRAL_CHAR ? 2 : 1;
      if (charClass & CHAR_UNSPACED) {
        onToken(line, i, i + width);
        if (++count >= MAX_STORY_TOKENS) return;
        i += width;
      } else if (charClass & CHAR_WORD) {
        const start = i;
        i += width;
        while (i < line.length) {
          const runClass = classAt(line, i);
          if (!(runClass & CHAR_WORD)) break;
          i += runClass & ASTRAL_CHAR ? 2 : 1;
        }
        onToken(line, start, i);
        if (++count >= MAX_STORY_TOKENS) return;
      } else {
        i += width;
      }
    }
  }
}

/**
 * The story's tokens: normalised lines, boilerplate lines removed, punctuation dropped, at most
 * {@link MAX_STORY_TOKENS} from the first {@link MAX_STORY_SOURCE_CHARS} characters. Lines are joined into one stream, so a dropped paragraph changes
 * only the shingles at its edges.
 */
export function storyTokens(text: string): string[] {
  const tokens: string[] = [];
  scanStoryTokens(text, (line, start, end) => tokens.push(line.slice(start, end)));
  return tokens;
}

const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/;

/** The FNV-1a hash of each story token ({@link storyTokens}), hashed in place without cutting the token out. */
function storyTokenHashes(text: string): number[] {
  const hashes: number[] = [];
  scanStoryTokens(text, (line, start, end) => hashes.push(fnv1a32Range(line, start, end)));
  return hashes;
}

/**
 * The distinct shingle hashes of `text` (unsigned 32-bit, ascending). A text with fewer tokens
 * than one shingle yields one shingle of what it has, or none when it has no token.
 */
export function storyShingles(text: string): Uint32Array {
  const tokenHashes = storyTokenHashes(text);
  if (tokenHashes.length === 0) return new Uint32Array(0);
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
