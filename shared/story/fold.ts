/**
 * One story as one list item (`GET /api/articles?fold=stories`): its best copy, how many copies
 * the user has, and the outlets that carried it, original first.
 */
import { normalizeText } from '../text/normalize';
import { rankCopies, type StoryCopy } from './original';

/** A copy as folding needs it: the ranking fields and where it was published. */
export interface FoldableCopy extends StoryCopy {
  /** The page as visited; its host names the outlet when `siteName` is missing. */
  url?: string | null;
}

export interface FoldedStory<T extends FoldableCopy> {
  /** The copy to show for the story: the original (see rankCopies). */
  best: T;
  /** Number of copies, the best one included. */
  copies: number;
  /** Outlets in rank order, each once (siteName, else the URL's host without "www."). */
  outlets: string[];
  /** All copies, original first. */
  ranked: T[];
}

/** The outlet of a copy for display, or null when neither a site name nor a URL is known. */
export function outletOf(copy: FoldableCopy): string | null {
  const name = copy.siteName?.trim();
  if (name) return name;
  if (!copy.url) return null;
  try {
    return new URL(copy.url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/**
 * Folds the copies of one story into one item. Returns null for no copies. Outlets that differ
 * only in script or width (河北新聞網 / 河北新闻网) are listed once, in the first copy's spelling.
 */
export function foldStory<T extends FoldableCopy>(copies: readonly T[]): FoldedStory<T> | null {
  const ranked = rankCopies(copies);
  const best = ranked[0];
  if (!best) return null;
  const seen = new Set<string>();
  const outlets: string[] = [];
  for (const copy of ranked) {
    const outlet = outletOf(copy);
    if (!outlet) continue;
    const key = normalizeText(outlet);
    if (seen.has(key)) continue;
    seen.add(key);
    outlets.push(outlet);
  }
  return { best, copies: ranked.length, outlets, ranked };
}
