/**
 * "Same story": the decision the Worker takes for each LSH candidate. Two copies of one story
 * share most of their body once script, width, pinyin and boilerplate are normalised away; they
 * may differ by a changed first line, a few added or dropped paragraphs and their trailers.
 */
import { estimateJaccard } from './minhash';
import { isLinkable, type StorySignature } from './signature';

/** Thresholds of the decision, each with why. */
export const SAME_STORY_RULES = {
  /**
   * Jaccard of body shingles at or above which two texts are one story. In bench:stories,
   * 99% of transformed copies (mirror, update, abridged, restyled) score ≥ 0.59, while no two
   * different texts of ../shared/data score above 0.27, even with a shared site footer; the
   * hand-made pair of different articles of one site scores ≈ 0.2.
   */
  minJaccard: 0.5,
  /**
   * A shorter copy that is almost wholly inside a longer one (an abridged repost, the first
   * version of an updated story) is the same story, if it is not much shorter…
   */
  minContainment: 0.85,
  /** …than half of the longer one (a 3-line brief is not "the same story" as a long feature). */
  minSizeRatioForContainment: 0.5,
} as const;

export interface StorySimilarity {
  /** Estimated Jaccard similarity of the two bodies' shingle sets (0…1). */
  jaccard: number;
  /** Estimated share of the smaller body's shingles found in the larger one (0…1). */
  containment: number;
  /** The decision: both texts long enough and similar enough to be copies of one story. */
  sameStory: boolean;
}

/**
 * Compares two story signatures. `containment` is derived from the Jaccard estimate and the
 * shingle counts: |A∩B| = J·(|A|+|B|)/(1+J). Texts too short to link are never the same story.
 */
export function compareStories(a: StorySignature, b: StorySignature): StorySimilarity {
  const jaccard = estimateJaccard(a.minhash, b.minhash);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  const larger = Math.max(a.shingleCount, b.shingleCount);
  const intersection = (jaccard * (a.shingleCount + b.shingleCount)) / (1 + jaccard);
  const containment = smaller > 0 ? Math.min(1, intersection / smaller) : 0;
  const linkable = isLinkable(a) && isLinkable(b);
  const sameStory =
    linkable &&
    (jaccard >= SAME_STORY_RULES.minJaccard ||
      (containment >= SAME_STORY_RULES.minContainment &&
        smaller >= larger * SAME_STORY_RULES.minSizeRatioForContainment));
  return { jaccard, containment, sameStory };
}

/** Whether two signatures are copies of one story (see {@link compareStories}). */
export function isSameStory(a: StorySignature, b: StorySignature): boolean {
  return compareStories(a, b).sameStory;
}
