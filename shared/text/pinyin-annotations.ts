/**
 * Pinyin annotations inserted by scraped mirrors after some characters: 河北新聞網(wǎng),
 * 會(huì)議. They break every word they sit in, so search and story detection remove them.
 *
 * Only a single, plausible pinyin syllable in parentheses right after a Han character (or after a
 * `?` left where a character was lost) counts; real parenthetical text such as (記者王成果),
 * (AI) or (2018) stays. NOTE: the extractor's cleaning (shared/clean/) removes the same thing from
 * the article body; when it exports a remover, this file should defer to it.
 */

/** Lower-case pinyin letters with tone marks, as mirrors write them (NFC). */
const TONE_LETTERS = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ';

/**
 * A parenthesised candidate after a Han character or `?`: ASCII or full-width parentheses, an
 * optional space, 1–6 letters and an optional tone digit (wang3). After a `?` the opening
 * parenthesis may be lost with the character (the seed has 要?jiǎng)?wù)). Whether the letters form a
 * pinyin syllable is checked separately ({@link isPinyinSyllable}).
 */
const ANNOTATION = new RegExp(
  `(?:(?<=\\p{Script=Han})[ \\t]?[(（]|(?<=[?？])[(（]?)([a-z${TONE_LETTERS}]{1,6})([1-5]?)[)）]`,
  'gu',
);

/** A toneless pinyin syllable: optional initial, then a final (ü also written v). */
const SYLLABLE =
  /^(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|üan|van|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|in|un|ün|vn|ia|ie|iu|ua|uo|ui|üe|ue|ve|a|o|e|i|u|ü|v)$|^(?:ng|hm|hng|m|n)$/;

/** Tone-marked letters → their base letter (ü keeps its diaeresis: lü ≠ lu). */
function stripTones(letters: string): string {
  return letters
    .normalize('NFD')
    .replace(/u\u0308/g, 'ü')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC');
}

/** Whether `letters` (lower case, tone marks allowed) spell one pinyin syllable. */
export function isPinyinSyllable(letters: string): boolean {
  return SYLLABLE.test(stripTones(letters));
}

/**
 * Toned annotations a text must hold before toneless ones — 的(de), 們(men) — count too: a
 * lone "(ai)" after a character is more likely an abbreviation than a reading.
 */
export const MIN_TONED_ANNOTATIONS_FOR_TONELESS = 2;

function hasToneMark(letters: string, toneDigit: string): boolean {
  return toneDigit !== '' || stripTones(letters) !== letters;
}

/**
 * Removes pinyin annotations — `(wǎng)`, `（huì）`, `(wang3)` — that follow a Han character or
 * `?`. Toneless syllables are removed only when the text also holds at least
 * {@link MIN_TONED_ANNOTATIONS_FOR_TONELESS} toned ones (it is an annotated mirror). Returns the
 * text unchanged when there is none. Never throws.
 */
export function stripPinyinAnnotations(text: string): string {
  if (!text.includes(')') && !text.includes('）')) return text;
  let toned = 0;
  for (const match of text.matchAll(ANNOTATION)) {
    if (isPinyinSyllable(match[1]!) && hasToneMark(match[1]!, match[2]!)) toned++;
  }
  const allowToneless = toned >= MIN_TONED_ANNOTATIONS_FOR_TONELESS;
  return text.replace(ANNOTATION, (match, letters: string, toneDigit: string) => {
    if (!isPinyinSyllable(letters)) return match;
    // A bare one-letter syllable — (a), (e), (o) — is a list label more often than a reading.
    if (!hasToneMark(letters, toneDigit) && (!allowToneless || letters.length < 2)) return match;
    return '';
  });
}
