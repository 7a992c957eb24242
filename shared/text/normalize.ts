/**
 * The one normal form under which search and story detection compare text: copies of an article
 * that differ only in character width, case, script, pinyin annotations or spacing come out equal.
 */
import { toSimplified } from './han-script';
import { stripPinyinAnnotations } from './pinyin-annotations';

/** Invisible characters that pages sprinkle into text (word joiners, BOMs, soft hyphens). */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE_RUN = /\s+/g;

export interface NormalizeOptions {
  /** Convert traditional Han script to simplified (default true). */
  simplify?: boolean;
}

/**
 * Returns `text` in comparison form: NFKC (full-width letters, digits and punctuation become
 * ASCII, compatibility ideographs unified), invisible characters removed, pinyin annotations
 * stripped (河北新聞網(wǎng) → 河北新聞網), traditional → simplified script unless
 * `simplify: false`, lower case, and every run of whitespace turned into one space, trimmed.
 * Apply it to both sides of a comparison (the indexed text and the query). Never throws.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let result = text.normalize('NFKC').replace(INVISIBLE, '');
  result = stripPinyinAnnotations(result);
  if (options.simplify !== false) result = toSimplified(result);
  return result.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}
