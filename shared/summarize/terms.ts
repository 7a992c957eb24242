/**
 * The terms two sentences are compared by: character bigrams in scripts written without spaces
 * (a Chinese word is mostly two characters, so bigrams match words without a dictionary), and
 * lower-cased words elsewhere, without English function words and plural -s.
 */
import { isUnspacedCode } from './script';

/** English function words: they link every pair of sentences and say nothing of the news. */
export const STOPWORDS = new Set(
  ('a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over ' +
    'own same she should so some such than that the their theirs them themselves then there these they ' +
    'this those through to too under until up very was we were what when where which while who whom ' +
    'why will with would you your yours yourself yourselves said says say told one two new year years ' +
    'mr mrs ms s t')
    .split(' '),
);

/** Letters, digits and combining marks outside ASCII (ASCII is tested by range, faster). */
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** A letter, digit or mark of a lower-cased text (ASCII by range, the rest by Unicode property). */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39);
  return NON_ASCII_WORD_CHAR.test(String.fromCodePoint(cp));
}

/**
 * A term: a word (string), or a character bigram of an unspaced script as a number made of its
 * two code points (cheaper to build and hash than a two-character string).
 */
export type Term = string | number;

/** Room for any code point: bigram keys are first × BIGRAM_BASE + second. */
const BIGRAM_BASE = 0x110000;

/** The comparison terms of `text` (with repeats, in order). */
export function sentenceTerms(text: string): Term[] {
  const lower = text.toLowerCase();
  const terms: Term[] = [];
  let wordStart = -1;
  let prevUnspaced = -1;
  for (let i = 0; i <= lower.length; i++) {
    const cp = i < lower.length ? lower.codePointAt(i)! : 0x20;
    const unspaced = isUnspacedCode(cp);
    const word = !unspaced && isWordCode(cp);
    if (!word && wordStart >= 0) {
      const w = lower.slice(wordStart, i);
      if (!STOPWORDS.has(w)) terms.push(stem(w));
      wordStart = -1;
    }
    if (unspaced) {
      if (prevUnspaced >= 0) terms.push(prevUnspaced * BIGRAM_BASE + cp);
      prevUnspaced = cp;
    } else {
      prevUnspaced = -1;
      if (word && wordStart < 0) wordStart = i;
    }
    if (cp > 0xffff) i++;
  }
  return terms;
}
