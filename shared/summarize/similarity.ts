/**
 * Sentence-to-sentence similarity: cosine of TF-IDF vectors whose IDF comes from the article's
 * own sentences (as LexRank does), so words the whole article repeats weigh less than the ones
 * that tie a few sentences together.
 */
import { sentenceTerms } from './terms';

/** Symmetric matrix of cosine similarities (0–1) between the given texts; the diagonal is 0. */
export function similarityMatrix(texts: readonly string[]): Float64Array[] {
  const n = texts.length;
  const termLists = texts.map(sentenceTerms);
  const df = new Map<string, number>();
  for (const terms of termLists) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);

  // Postings: for each term, which sentences hold it with what weight; dot products are summed
  // term by term, which costs the sum of df² rather than n² × terms.
  const postings = new Map<string, Array<[number, number]>>();
  const norms = new Float64Array(n);
  termLists.forEach((terms, i) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    for (const [t, count] of tf) {
      const w = count * Math.log((n + 1) / df.get(t)!);
      if (w <= 0) continue;
      norms[i]! += w * w;
      let list = postings.get(t);
      if (!list) postings.set(t, (list = []));
      list.push([i, w]);
    }
  });
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (const list of postings.values()) {
    for (let a = 0; a < list.length; a++) {
      const [i, wi] = list[a]!;
      for (let b = a + 1; b < list.length; b++) {
        const [j, wj] = list[b]!;
        sim[i]![j]! += wi * wj;
      }
    }
  }
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const denom = Math.sqrt(norms[i]! * norms[j]!);
      const s = denom > 0 ? sim[i]![j]! / denom : 0;
      sim[i]![j] = s;
      sim[j]![i] = s;
    }
  }
  return sim;
}
