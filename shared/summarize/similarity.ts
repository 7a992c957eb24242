/**
 * Sentence-to-sentence similarity: cosine of TF-IDF vectors whose IDF comes from the article's
 * own sentences (as LexRank does), so words the whole article repeats weigh less than the ones
 * that tie a few sentences together.
 */
import { sentenceTerms, type Term } from './terms';

/** Symmetric matrix of cosine similarities (0–1) between the given texts; the diagonal is 0. */
export function similarityMatrix(texts: readonly string[]): Float64Array[] {
  const n = texts.length;
  // Terms become small integers once, so the rest works on arrays rather than string maps.
  const ids = new Map<Term, number>();
  const docs = texts.map((text) => {
    const terms = sentenceTerms(text);
    const out = new Int32Array(terms.length);
    terms.forEach((t, k) => {
      let id = ids.get(t);
      if (id === undefined) ids.set(t, (id = ids.size));
      out[k] = id;
    });
    return out.sort();
  });
  const df = new Int32Array(ids.size);
  for (const doc of docs) {
    for (let k = 0; k < doc.length; k++) if (k === 0 || doc[k] !== doc[k - 1]) df[doc[k]!]!++;
  }

  // Postings: for each term, which sentences hold it with what weight, in flat arrays laid out
  // term by term (offsets from df); dot products are summed term by term, which costs the sum of
  // df² rather than n² × terms.
  const offsets = new Int32Array(ids.size + 1);
  for (let id = 0; id < ids.size; id++) offsets[id + 1] = offsets[id]! + df[id]!;
  const fill = offsets.slice(0, ids.size);
  const postingDoc = new Int32Array(offsets[ids.size]!);
  const postingWeight = new Float64Array(offsets[ids.size]!);
  const norms = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const doc = docs[i]!;
    for (let k = 0; k < doc.length; ) {
      const id = doc[k]!;
      let tf = 0;
      while (k < doc.length && doc[k] === id) {
        tf++;
        k++;
      }
      const w = tf * Math.log((n + 1) / df[id]!);
      norms[i]! += w * w;
      const at = fill[id]!++;
      postingDoc[at] = i;
      postingWeight[at] = w;
    }
  }
  const sim = Array.from({ length: n }, () => new Float64Array(n));
  for (let id = 0; id < ids.size; id++) {
    const end = offsets[id + 1]!;
    for (let a = offsets[id]!; a < end; a++) {
      const row = sim[postingDoc[a]!]!;
      const wa = postingWeight[a]!;
      for (let b = a + 1; b < end; b++) row[postingDoc[b]!]! += wa * postingWeight[b]!;
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
