/**
 * The one normal form under which search and story detection compare text: copies of an article
 * that differ only in character width, case, script, pinyin annotations or spacing come out equal.
 */
import { toSimplified } from './han-script';
import { countPinyinAnnotations, stripPinyin } from '../clean/pinyin';

/**
 * Characters that survive traditional → simplified conversion in one regional form but not the
 * other, folded to one form so both scripts compare equal. Taiwan writes 穿著/看著 where the
 * mainland writes 穿着/看着, and OpenCC's t2s keeps 著 (it is also the simplified 著 of 著名);
 * Hong Kong and Taiwan variants (衞, 敍, 揹, 暱, 枱, 昇) are left as they are by t2s. Measured by
 * converting the zh texts of ../shared/data to tw/hk and back. Only for comparison (search,
 * story signatures): 著名 becomes 着名 here, which is why toSimplified does not do this.
 */
export const VARIANT_FOLD: Readonly<Record<string, string>> = {
  著: '着',
  锺: '钟',
  昇: '升',
  揹: '背',
  暱: '昵',
  衞: '卫',
  敍: '叙',
  枱: '台',
  藉: '借',
};
const VARIANT = new RegExp(`[${Object.keys(VARIANT_FOLD).join('')}]`, 'g');

/**
 * Toned annotations a text must hold before toneless ones — 的(de), 們(men) — are removed too:
 * then it is an annotated mirror, and a lone "(ai)" elsewhere is not taken for a reading.
 */
const MIN_TONED_ANNOTATIONS_FOR_TONELESS = 2;

/**
 * Removes the pinyin annotations scraped mirrors insert after characters (河北新聞網(wǎng) →
 * 河北新聞網), with the extractor's own rules (shared/clean/pinyin.ts), so that search, story
 * detection and extraction agree on what an annotation is. Real parentheticals stay.
 */
export function stripPinyinAnnotations(text: string): string {
  if (!text.includes(')') && !text.includes('）')) return text;
  const toned = countPinyinAnnotations(text);
  // Without a toned annotation, toneless ones are not admitted and the toned are none: stripping
  // would find the same nothing again (the same patterns over the same text).
  if (toned === 0) return text;
  return stripPinyin(text, toned >= MIN_TONED_ANNOTATIONS_FOR_TONELESS).text;
}

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
 * stripped (河北新聞網(wǎng) → 河北新聞網), traditional → simplified script with regional
 * variants folded ({@link VARIANT_FOLD}) unless `simplify: false`, lower case, and every run of whitespace turned into one space, trimmed.
 * Apply it to both sides of a comparison (the indexed text and the query). Never throws.
 */
export function normalizeText(text: string, options: NormalizeOptions = {}): string {
  let result = text.normalize('NFKC').replace(INVISIBLE, '');
  result = stripPinyinAnnotations(result);
  if (options.simplify !== false) {
    result = toSimplified(result).replace(VARIANT, (char) => VARIANT_FOLD[char] ?? char);
  }
  return result.toLowerCase().replace(WHITESPACE_RUN, ' ').trim();
}
