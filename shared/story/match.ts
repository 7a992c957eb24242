/**
 * Linking a new article to a story: given the LSH candidates the Worker found in D1 (articles
 * sharing a band key with the new one), which story, if any, does the new article belong to?
 */
import { decodeSignature, encodeSignature, storyBands, storySignature, type StorySignature } from './signature';
import { compareStories, type StorySimilarity } from './similarity';

/** What the Worker stores per article version for story detection. */
export interface StoryIndexEntry {
  /** For a TEXT column: {@link encodeSignature} of the body's signature. */
  signature: string;
  /** The LSH band keys to insert as rows of an indexed (user, band) table; empty for short texts. */
  bands: number[];
}

/** The signature and band keys of an article body, ready to store. Never throws. */
export function storyIndexEntry(text: string): StoryIndexEntry {
  const signature = storySignature(text);
  return { signature: encodeSignature(signature), bands: storyBands(signature) };
}

/** A stored article that shares at least one band key with the new one. */
export interface StoryCandidate {
  id: string;
  storyId: string;
  /** The candidate's stored signature (encodeSignature); unreadable ones are skipped. */
  signature: string;
}

export interface StoryMatch {
  id: string;
  storyId: string;
  similarity: StorySimilarity;
}

/**
 * The candidate the new article is the same story as, with the highest similarity (ties: the
 * first in `candidates`), or null when none is. Candidates whose signature cannot be read
 * (another version, damaged) are skipped rather than guessed at.
 */
export function bestStoryMatch(
  signature: StorySignature | string,
  candidates: readonly StoryCandidate[],
): StoryMatch | null {
  const own = typeof signature === 'string' ? decodeSignature(signature) : signature;
  if (!own) return null;
  let best: StoryMatch | null = null;
  for (const candidate of candidates) {
    const other = decodeSignature(candidate.signature);
    if (!other) continue;
    const similarity = compareStories(own, other);
    if (!similarity.sameStory) continue;
    if (!best || similarity.jaccard > best.similarity.jaccard) {
      best = { id: candidate.id, storyId: candidate.storyId, similarity };
    }
  }
  return best;
}
