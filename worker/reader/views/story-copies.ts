/**
 * Stories on the reader page: the copies of the story an article belongs to (syndicated
 * reposts, scraped mirrors), original first, on the article view; and the list of stories
 * (one entry a story with its copies and outlets) at #/stories.
 */
import type { ApiClient } from '../api-client';
import type { ArticleList, ListItem, StoredArticle } from '../api-types';
import { el } from '../element';
import { formatDate } from '../format-date';
import { fillPagedList } from './paged-list';

const PAGE_SIZE = 20;

/** Where a copy was published, for display: its site's name, else its host. */
function outletOf(item: ListItem): string {
  return item.siteName ?? item.site;
}

function copyEntry(item: ListItem, index: number, currentId: string): HTMLElement {
  const date = item.publishedAt ?? item.savedAt;
  const title = item.id === currentId ? el('strong', {}, outletOf(item)) : el('a', { href: `#/articles/${encodeURIComponent(item.id)}` }, outletOf(item));
  return el(
    'li',
    { class: 'story-copy', lang: item.lang },
    title,
    index === 0 ? el('span', { class: 'badge' }, '原创 original') : null,
    item.id === currentId ? el('span', { class: 'badge muted' }, '本篇 this copy') : null,
    el('span', { class: 'meta' }, ' · ', item.source && item.source !== outletOf(item) ? `来源 ${item.source} · ` : '', el('time', { datetime: date }, formatDate(date))),
  );
}

/**
 * The "same story" section of an article: its story's other copies with their outlets, the
 * original first. Stays empty (hidden) while the article is the story's only copy.
 */
export function storySection(api: ApiClient, article: StoredArticle): HTMLElement {
  const list = el('ol', { class: 'story-copies' });
  const heading = el('h2', { id: 'story-title' }, '同一报道 · Same story');
  const section = el('section', { class: 'story-section', 'aria-labelledby': 'story-title', hidden: true }, heading, list);
  if (!article.storyId) return section;
  api
    .get<ArticleList>(`/api/articles?story=${encodeURIComponent(article.storyId)}`)
    .then(({ items }) => {
      if (items.length < 2) return;
      heading.textContent = `同一报道 · Same story (${items.length} copies)`;
      list.replaceChildren(...items.map((item, index) => copyEntry(item, index, article.id)));
      section.hidden = false;
    })
    .catch(() => {
      // The article reads fine without its story; say so only where the section would be.
      list.replaceChildren(el('li', {}, 'Other copies could not be loaded.'));
      section.hidden = false;
    });
  return section;
}

function storyEntry(item: ListItem): HTMLElement {
  const date = item.publishedAt ?? item.savedAt;
  const copies = item.copies ?? 1;
  return el(
    'li',
    { class: 'clip', lang: item.lang },
    el('h2', {}, el('a', { href: `#/articles/${encodeURIComponent(item.id)}` }, item.title)),
    el(
      'p',
      { class: 'meta' },
      (item.outlets ?? [outletOf(item)]).join(' · '),
      ' · ',
      el('time', { datetime: date }, formatDate(date)),
      copies > 1 ? el('span', { class: 'badge' }, `${copies} copies`) : null,
    ),
    el('p', { class: 'excerpt' }, item.excerpt),
  );
}

/** Renders #/stories: one entry a story (its original), the story with the newest copy first. */
export async function renderStoryList(main: HTMLElement, api: ApiClient): Promise<void> {
  document.title = 'Stories · 剪报';
  const heading = el('h1', { id: 'stories-title' }, '报道 · Stories');
  const help = el('p', { class: 'help' }, 'Copies of one story saved from different sites (reposts, mirrors) are shown once, with the outlets that carried it.');
  const list = el('ol', { class: 'clips', 'aria-labelledby': 'stories-title' });
  const more = el('button', { type: 'button', class: 'more', hidden: true }, 'More · 更多');
  const empty = el('p', { class: 'empty', hidden: true }, 'No clips yet.');
  main.replaceChildren(heading, help, list, empty, more);
  await fillPagedList({
    list,
    more,
    empty,
    entry: storyEntry,
    fetchPage: (cursor) => {
      const params = new URLSearchParams({ fold: 'stories', limit: String(PAGE_SIZE) });
      if (cursor) params.set('cursor', cursor);
      return api.get<ArticleList>(`/api/articles?${params.toString()}`);
    },
  });
}
