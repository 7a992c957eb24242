/**
 * The terms two sentences are compared by: character bigrams in scripts written without spaces
 * (a Chinese word is mostly two characters, so bigrams match words without a dictionary), and
 * lower-cased words elsewhere, without English function words and plural -s.
 */
import { UNSPACED_CHAR } from './script';

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

const TOKEN_RUN = /[\p{L}\p{N}\p{M}]+/gu;

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return word.slice(0, -3) + 'y';
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') && !word.endsWith('us')) return word.slice(0, -1);
  return word;
}

/** The comparison terms of `text` (with repeats, in order). */
export function sentenceTerms(text: string): string[] {
  const terms: string[] = [];
  for (const m of text.toLowerCase().matchAll(TOKEN_RUN)) {
    const run = m[0];
    let word = '';
    let prev = '';
    for (const ch of run) {
      if (UNSPACED_CHAR.test(ch)) {
        if (word) {
          if (!STOPWORDS.has(word)) terms.push(stem(word));
          word = '';
        }
        if (prev) terms.push(prev + ch);
        prev = ch;
      } else {
        prev = '';
        word += ch;
      }
    }
    if (word && !STOPWORDS.has(word)) terms.push(stem(word));
  }
  return terms;
}
