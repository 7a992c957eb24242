/**
 * Story detection: recognising copies of one story (syndicated reposts, scraped mirrors) among
 * a user's articles, and which copy is the original. Pure; the Worker stores what
 * {@link storySignature} / {@link storyBands} return and decides with {@link compareStories}.
 */
export { storySignature, storyBands, isLinkable, encodeSignature, decodeSignature, MIN_STORY_SHINGLES, SIGNATURE_VERSION } from './signature';
export type { StorySignature } from './signature';
export { compareStories, isSameStory, SAME_STORY_RULES } from './similarity';
export type { StorySimilarity } from './similarity';
export { LSH_BANDS, LSH_ROWS } from './lsh';
export { storyIndexEntry, bestStoryMatch } from './match';
export type { StoryIndexEntry, StoryCandidate, StoryMatch } from './match';
export { pickOriginal, rankCopies, isSelfSourced } from './original';
export type { StoryCopy } from './original';
export { isMirrorSuspected, mirrorSignals } from './mirror';
export type { MirrorCandidate, MirrorSignal } from './mirror';
