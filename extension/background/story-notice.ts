/**
 * "Already saved from 河北新闻网, 2018-06-20": whether the page in a tab is a copy of a story the
 * user already clipped from another page. The page is extracted again and its text sent to the
 * user's own Worker (POST /api/stories/match, read-only); nothing is stored, and the popup still
 * lets the user clip this copy.
 */
import { isConfigured } from '../settings';
import { loadSettings } from '../settings-store';
import type { StoryNotice } from '../messages';
import { readerUrlFor } from './article-summary';
import { askTab } from './tab-content';
import { matchStory } from './worker-client';

/** The day of an ISO date or date-time as the page gave it (no time-zone conversion). */
function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/**
 * The notice for the page in `tabId`. Any failure — no Worker configured, an unreachable Worker,
 * a page without an article — is "no notice": the popup's own state already reports those.
 */
export async function storyNoticeFor(tabId: number): Promise<StoryNotice> {
  const settings = await loadSettings();
  if (!isConfigured(settings)) return { found: false };
  try {
    const extraction = await askTab(tabId, { type: 'extract-page' });
    if (!extraction.ok) return { found: false };
    const match = await matchStory(settings, extraction.article.text, extraction.article.canonicalUrl);
    if (!match) return { found: false };
    const { original } = match;
    return {
      found: true,
      outlet: original.siteName ?? original.site,
      date: dayOf(original.publishedAt ?? original.savedAt),
      title: original.title,
      lang: original.lang,
      copies: match.copies,
      readerUrl: readerUrlFor(settings.endpoint, original.id),
    };
  } catch (error) {
    console.warn('Jianbao: could not look for other copies of this story', error);
    return { found: false };
  }
}
