/**
 * "Is this page a copy of a story I already clipped?" — read-only: the extension asks before
 * (or instead of) saving, so the popup can say "already saved from 河北新闻网, 2018-06-20" and
 * still let the user save this copy.
 */
import { bestStoryMatch, storyIndexEntry } from '../../shared/story/match';
import { decodeSignature, encodeSignature, storyBands } from '../../shared/story/signature';
import { ApiError } from '../http/api-error';
import { normalizeText } from '../../shared/text/normalize';
import { listStoryCopies } from './list-stories';
import { findCandidates } from './stories';

/** The outlets of ranked copies, each once (河北新聞網 and 河北新闻网 are one), in rank order. */
function outletsOf(items: ReadonlyArray<{ siteName?: string; site: string }>): string[] {
  const seen = new Set<string>();
  const outlets: string[] = [];
  for (const item of items) {
    const outlet = item.siteName ?? item.site;
    const key = normalizeText(outlet);
    if (seen.has(key)) continue;
    seen.add(key);
    outlets.push(outlet);
  }
  return outlets;
}

/** What to match: the page's text (or its signature) and, to leave it out, its canonical URL. */
export interface StoryMatchRequest {
  text?: string | undefined;
  signature?: string | undefined;
  canonicalUrl?: string | undefined;
}

/**
 * The user's story that the text (or signature) is a copy of: its original as a list item with
 * copies and outlets, and the similarity to the closest saved copy; null when there is none.
 * Articles saved under `canonicalUrl` are not counted (they are this page, not another copy).
 * @throws ApiError validation_failed for a signature that cannot be read
 */
export async function matchStory(db: D1Database, userId: string, request: StoryMatchRequest) {
  let signature: string;
  let bands: number[];
  if (request.signature !== undefined) {
    const decoded = decodeSignature(request.signature);
    if (!decoded) {
      throw new ApiError('validation_failed', 'The body is not valid', [
        { path: 'signature', message: 'must be a story signature of the current version (send text instead)' },
      ]);
    }
    signature = encodeSignature(decoded);
    bands = storyBands(decoded);
  } else {
    ({ signature, bands } = storyIndexEntry(request.text ?? ''));
  }
  if (bands.length === 0) return { match: null };
  const candidates = await findCandidates(db, userId, bands, request.canonicalUrl ?? '');
  const best = bestStoryMatch(signature, candidates);
  if (!best) return { match: null };
  const { items } = await listStoryCopies(db, userId, best.storyId);
  // The original among the other pages: when this page is saved too, it is not "already saved from" itself.
  const original = items.find((item) => item.canonicalUrl !== request.canonicalUrl);
  if (!original) return { match: null }; // deleted meanwhile
  return {
    match: {
      storyId: best.storyId,
      similarity: Math.round(best.similarity.jaccard * 1000) / 1000,
      copies: items.length,
      outlets: outletsOf(items),
      original,
    },
  };
}
