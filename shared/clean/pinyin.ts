/**
 * Pinyin annotations inserted by scraper mirrors: `網(wǎng)`, `會(huì)議`. A mirror that converts
 * text to traditional script also writes the reading of some characters after them; when a
 * character was lost in transcoding, a `?` stands before the reading, sometimes with the
 * opening parenthesis swallowed too (`要?jiǎng)?wù)求`).
 *
 * Only a parenthesised, lower-case, valid pinyin syllable right after a CJK character or `?`
 * is an annotation. Real parentheticals (`(記者王成果)`, `(AI)`, `(2018)`) never match.
 */

/** Vowels with tone marks: a syllable carrying one is certainly pinyin. */
const TONE_MARKS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';

/** Initials and finals of Mandarin syllables (zero initial allowed), for validating a reading. */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uai|uan|üan|iao|ian|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ui|üe|ue|ve|er|a|o|e|i|u|ü|v)$/;

const READING = `[a-z${TONE_MARKS}ü]{1,6}`;
/** `字(zì)` or `字（zì）`: a reading after a CJK character or a `?` placeholder. */
const ANNOTATION = new RegExp(`([\\p{sc=Han}?])[(（](${READING})[)）]`, 'gu');
/** `?zì)`: a lost character whose opening parenthesis went with it. */
const DAMAGED_ANNOTATION = new RegExp(`\\?(${READING})[)）]`, 'gu');

/** Combining tone marks (first to fourth tone: macron, acute, caron, grave), as Unicode decomposes a toned vowel. */
const COMBINING_TONE_MARKS = /[\u0304\u0301\u030c\u0300]/g;

/** The syllable without tone marks (`lǜ` → `lü`): decomposed, tone marks dropped, recomposed. */
function untoned(syllable: string): string {
  return syllable.normalize('NFD').replace(COMBINING_TONE_MARKS, '').normalize('NFC');
}

/** Whether `reading` is a Mandarin syllable; toneless ones (unchanged by untoned) only when `allowToneless`. */
function isReading(reading: string, allowToneless: boolean): boolean {
  const plain = untoned(reading);
  if (!SYLLABLE.test(plain)) return false;
  return allowToneless || plain !== reading;
}

/** How many toned annotations `text` holds: the evidence that a page is an annotated mirror. */
export function countPinyinAnnotations(text: string): number {
  let count = 0;
  for (const match of text.matchAll(ANNOTATION)) if (isReading(match[2] ?? '', false)) count += 1;
  for (const match of text.matchAll(DAMAGED_ANNOTATION)) if (isReading(match[1] ?? '', false)) count += 1;
  return count;
}

export interface PinyinStripResult {
  text: string;
  removed: number;
  /** `?` placeholders left where the mirror lost a character. */
  lostCharacters: number;
}

/**
 * Removes pinyin annotations from `text`. `pageIsAnnotated` (several toned annotations seen on
 * the page) also admits toneless readings such as `的(de)`; lost characters stay as `?`.
 */
export function stripPinyin(text: string, pageIsAnnotated: boolean): PinyinStripResult {
  let removed = 0;
  let lostCharacters = 0;
  let out = text.replace(DAMAGED_ANNOTATION, (whole, reading: string) => {
    if (!isReading(reading, false)) return whole;
    removed += 1;
    lostCharacters += 1;
    return '?';
  });
  out = out.replace(ANNOTATION, (whole, base: string, reading: string) => {
    if (!isReading(reading, pageIsAnnotated)) return whole;
    removed += 1;
    if (base === '?') lostCharacters += 1;
    return base;
  });
  return { text: out, removed, lostCharacters };
}
