/**
 * Story detection: recognising copies of one story (syndicated reposts, scraped mirrors) among
 * a user's articles, and which copy is the original. Pure; the Worker is the adapter:
 *
 * 1. On save (new article, or new version with changed text): `storyIndexEntry(article.text)`
 *    gives `{ signature, bands }`. Store `signature` (TEXT, ≈690 chars) with the article and
 *    one row per band key in an indexed table, e.g.
 *    `story_bands(band INTEGER, article_seq INTEGER, PRIMARY KEY (band, article_seq))`.
 *    Short texts have no bands: they are never linked.
 * 2. Candidates: the user's articles sharing any of the 16 band keys, except the article itself
 *    and other versions of its canonical URL (a changed copy of one URL is a version, not a new
 *    copy). `bestStoryMatch(signature, candidates)` says which story it joins (its `storyId`),
 *    or null: start a new story.
 * 3. Listing a story's copies: `rankCopies(copies)`, original first (`pickOriginal` for one);
 *    one item a story (`?fold=stories`): `foldStory(copies)` → best copy, count, outlets.
 * 4. Flags: `isMirrorSuspected(copy)` without an original on save (pinyin, lost characters);
 *    once the story's original is known, `isMirrorSuspected(copy, original)` for the others
 *    adds the script-conversion signal.
 */
export { storySignature, storyBands, isLinkable, encodeSignature, decodeSignature, MIN_STORY_SHINGLES, SIGNATURE_VERSION } from './signature';
export type { StorySignature } from './signature';
export { compareStories, isSameStory, SAME_STORY_RULES } from './similarity';
export type { StorySimilarity } from './similarity';
export { LSH_BANDS, LSH_ROWS, BAND_KEY_OFFSET } from './lsh';
export { storyIndexEntry, bestStoryMatch } from './match';
export type { StoryIndexEntry, StoryCandidate, StoryMatch } from './match';
export { pickOriginal, rankCopies, isSelfSourced } from './original';
export type { StoryCopy } from './original';
export { foldStory, outletOf } from './fold';
export type { FoldableCopy, FoldedStory } from './fold';
export { isMirrorSuspected, mirrorSignals } from './mirror';
export type { MirrorCandidate, MirrorSignal } from './mirror';
