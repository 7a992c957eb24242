/**
 * The popup's line for a page that is a copy of a story already clipped from another page:
 * "Already saved from 河北新闻网, 2018-06-20", with a link to that copy in the reader. It only
 * informs: Clip now still saves this copy (the Worker links it to the same story).
 */
import { sendToBackground, type StoryNotice } from '../messages';
import { byId } from '../ui/dom';

/** The sentence for a found story, e.g. "Already saved from 河北新闻网, 2018-06-20 (2 copies)." */
export function storyNoticeText(notice: Extract<StoryNotice, { found: true }>): string {
  const copies = notice.copies > 1 ? ` (${notice.copies} copies)` : '';
  return `Already saved from ${notice.outlet}, ${notice.date}${copies}. You can still clip this copy.`;
}

/** Asks the background about the tab's page and shows the notice when there is one. */
export async function showStoryNotice(tabId: number): Promise<void> {
  const box = byId('story-notice', HTMLParagraphElement);
  const text = byId('story-notice-text', HTMLSpanElement);
  const link = byId('story-notice-link', HTMLAnchorElement);
  const notice = await sendToBackground({ type: 'find-story', tabId });
  if (!notice.found) {
    box.hidden = true;
    return;
  }
  text.textContent = storyNoticeText(notice);
  link.href = notice.readerUrl;
  link.title = notice.title;
  link.lang = notice.lang;
  box.hidden = false;
}
