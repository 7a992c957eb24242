/**
 * Picks the summary sentences among the candidates. Three ideas from the unsupervised
 * summarisers that do best on news, combined in one score and one greedy pass:
 * - position (Lead-k, and PacSum's finding that news puts its point first): earlier sentences
 *   score higher, with a decay rather than a cut-off;
 * - centrality (TextRank/LexRank, directed as in PacSum): a sentence that later sentences echo
 *   carries the story; echoing earlier ones only repeats it;
 * - redundancy (MMR): each pick is discounted by its similarity to what was already picked;
 * - the headline, when given: the editor's own one-line summary, so sentences like it score higher.
 * Length matters too: a headline-like scrap or a run-on of captions reads badly in a summary.
 */
import { similarityMatrix } from './similarity';

/** The weights of the ranking, tuned on development data in general ways (see bench/summary.ts). */
export interface RankWeights {
  /** Weight of the position prior. */
  position: number;
  /** Position decay: the prior of the i-th candidate is 1 / (1 + i / positionScale). */
  positionScale: number;
  /** Weight of the centrality, normalised to 0–1 by its spread over the candidates. */
  centrality: number;
  /**
   * The smallest spread centrality is normalised by: in a short text whose sentences share
   * almost no words, differences of a few hundredths must not outweigh position.
   */
  centralitySpreadFloor: number;
  /** Weight of similarity to later sentences (PacSum's forward edges) in centrality. */
  forward: number;
  /** Weight of similarity to earlier sentences (backward edges); negative favours new content. */
  backward: number;
  /** MMR: how much similarity to an already chosen sentence costs. */
  redundancy: number;
  /** Length penalty (0–1 of the score) for candidates shorter than half the median sentence. */
  shortPenalty: number;
  /** Length penalty (0–1 of the score) for candidates longer than `longStart` × the median. */
  longPenalty: number;
  /** Length ratio to the median sentence from which the long penalty starts. */
  longStart: number;
  /** Weight of similarity to the headline, when there is one. */
  title: number;
}

/** Default weights (see RankWeights for what each does). */
export const RANK_WEIGHTS: RankWeights = {
  position: 1,
  positionScale: 6,
  centrality: 0.8,
  centralitySpreadFloor: 0.3,
  forward: 1,
  backward: -0.3,
  redundancy: 0.8,
  shortPenalty: 0.5,
  longPenalty: 0.5,
  longStart: 2.5,
  title: 1,
};

/** Only this many candidates are ranked: position makes later ones unlikely, and cost is n². */
export const MAX_RANKED = 150;

/** A candidate as the ranker sees it: its text and its length in comparable units. */
export interface RankInput {
  text: string;
  /** Length in words (spaced scripts) or characters / 2 (unspaced scripts). */
  length: number;
  /** Fitness apart from content (summarize/quality.ts): 1 for an ordinary sentence. */
  quality: number;
}

/**
 * Indices (into `inputs`) of the `k` sentences to keep, in article order. `inputs` are in
 * article order; at most MAX_RANKED of them are considered. `title` is the headline, if known.
 */
export function rankSentences(
  inputs: readonly RankInput[],
  k: number,
  weights: RankWeights = RANK_WEIGHTS,
  title = '',
): number[] {
  const items = inputs.slice(0, MAX_RANKED);
  const n = items.length;
  if (n <= k) return items.map((_, i) => i);
  // The headline joins the matrix as one more text; its column gives each sentence's likeness
  // to it. Without a headline the matrix is the sentences' alone (the IDF counts only them).
  const hasTitle = title.trim() !== '';
  const matrix = similarityMatrix(hasTitle ? [...items.map((x) => x.text), title] : items.map((x) => x.text));
  const titleSim = matrix.map((row) => (hasTitle ? row[n]! : 0));
  const sim = matrix.slice(0, n);

  const centrality = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let c = 0;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      c += (j > i ? weights.forward : weights.backward) * sim[i]![j]!;
    }
    centrality[i] = c;
  }
  let maxC = 0;
  let minC = 0;
  for (const c of centrality) {
    maxC = Math.max(maxC, c);
    minC = Math.min(minC, c);
  }
  const spread = Math.max(maxC - minC, weights.centralitySpreadFloor) || 1;

  const lengths = items.map((x) => x.length).sort((a, b) => a - b);
  const median = lengths[Math.floor(n / 2)]!;
  const score = items.map((item, i) => {
    const position = 1 / (1 + i / weights.positionScale);
    const central = (centrality[i]! - minC) / spread;
    const ratio = item.length / Math.max(1, median);
    let lengthFactor = 1;
    if (ratio < 0.5) lengthFactor -= weights.shortPenalty * (1 - ratio / 0.5);
    if (ratio > weights.longStart) lengthFactor -= weights.longPenalty * Math.min(1, (ratio - weights.longStart) / weights.longStart);
    const headline = weights.title * titleSim[i]!;
    return (weights.position * position + weights.centrality * central + headline) * lengthFactor * item.quality;
  });

  const chosen: number[] = [];
  const taken = new Uint8Array(n);
  while (chosen.length < k) {
    let best = -1;
    let bestValue = -Infinity;
    for (let i = 0; i < n; i++) {
      if (taken[i]) continue;
      let overlap = 0;
      for (const c of chosen) overlap = Math.max(overlap, sim[i]![c]!);
      const value = score[i]! - weights.redundancy * overlap;
      if (value > bestValue) {
        bestValue = value;
        best = i;
      }
    }
    taken[best] = 1;
    chosen.push(best);
  }
  return chosen.sort((a, b) => a - b);
}
