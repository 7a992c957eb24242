/** The list view: newest clips first, or search results with highlighted snippets, paged by cursor. */
import type { ApiClient } from '../api-client';
import type { ArticleList, ListItem } from '../api-types';
import { renderSnippet } from '../article-body';
import { el } from '../element';
import { fillPagedList } from './paged-list';
import { formatDate } from '../format-date';

/** Filters the list understands; they live in the URL hash so a search can be bookmarked. */
export interface ListFilters {
  q: string;
  site: string;
  lang: string;
  since: string;
  until: string;
}

/** Languages offered in the filter (the API matches `zh` against zh-Hans and zh-Hant). */
const LANGUAGE_OPTIONS: ReadonlyArray<[string, string]> = [
  ['', 'Any language'],
  ['zh', '中文 (all)'],
  ['zh-Hans', '简体中文'],
  ['zh-Hant', '繁體中文'],
  ['en', 'English'],
  ['ja', '日本語'],
];

const PAGE_SIZE = 20;

function field(id: string, label: string, control: HTMLElement): HTMLElement {
  return el('div', { class: 'field' }, el('label', { for: id }, label), control);
}

function searchForm(filters: ListFilters, onSearch: (filters: ListFilters) => void): HTMLFormElement {
  const q = el('input', { id: 'q', name: 'q', type: 'search', value: filters.q, placeholder: '搜索 Search…', enterkeyhint: 'search' });
  const site = el('input', { id: 'site', name: 'site', type: 'text', value: filters.site, placeholder: 'example.com', inputmode: 'url' });
  const lang = el('select', { id: 'lang', name: 'lang' });
  for (const [value, label] of LANGUAGE_OPTIONS) lang.append(el('option', { value, selected: value === filters.lang }, label));
  const since = el('input', { id: 'since', name: 'since', type: 'date', value: filters.since });
  const until = el('input', { id: 'until', name: 'until', type: 'date', value: filters.until });
  const form = el(
    'form',
    { class: 'search', role: 'search', 'aria-label': 'Search clips' },
    el('div', { class: 'search-row' }, el('label', { for: 'q', class: 'visually-hidden' }, 'Search text'), q, el('button', { type: 'submit' }, 'Search')),
    el(
      'details',
      { class: 'filters', open: Boolean(filters.site || filters.lang || filters.since || filters.until) },
      el('summary', {}, 'Filters'),
      el('div', { class: 'filter-grid' }, field('site', 'Site', site), field('lang', 'Language', lang), field('since', 'Saved from', since), field('until', 'Saved to', until)),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    onSearch({ q: q.value.trim(), site: site.value.trim(), lang: lang.value, since: since.value, until: until.value });
  });
  return form;
}

function listEntry(item: ListItem): HTMLElement {
  const date = item.publishedAt ?? item.savedAt;
  const meta = [item.source, item.siteName ?? item.site].filter((part, i, all): part is string => Boolean(part) && all.indexOf(part) === i);
  const teaser = item.snippet ? el('p', { class: 'snippet' }, renderSnippet(item.snippet)) : el('p', { class: 'excerpt' }, item.excerpt);
  return el(
    'li',
    { class: 'clip', lang: item.lang },
    el('h2', {}, el('a', { href: `#/articles/${encodeURIComponent(item.id)}` }, item.title)),
    el('p', { class: 'meta' }, meta.join(' · '), meta.length ? ' · ' : '', el('time', { datetime: date }, formatDate(date))),
    teaser,
  );
}

function queryString(filters: ListFilters, cursor: string | null): string {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  if (cursor) params.set('cursor', cursor);
  return params.toString();
}

/** Renders the search form and the first page; "More" loads the next page with the cursor. */
export async function renderArticleList(main: HTMLElement, api: ApiClient, filters: ListFilters, onSearch: (filters: ListFilters) => void): Promise<void> {
  const searching = Boolean(filters.q || filters.site || filters.lang || filters.since || filters.until);
  const heading = el('h1', { id: 'list-title' }, searching ? (filters.q ? `“${filters.q}”` : 'Filtered clips') : '剪报 · Clips');
  const list = el('ol', { class: 'clips', 'aria-labelledby': 'list-title' });
  const more = el('button', { type: 'button', class: 'more', hidden: true }, 'More · 更多');
  const empty = el('p', { class: 'empty', hidden: true }, searching ? 'Nothing found.' : 'No clips yet. Clip a page with the extension, or POST /api/clip.');
  main.replaceChildren(searchForm(filters, onSearch), heading, list, empty, more);

  await fillPagedList({
    list,
    more,
    empty,
    entry: listEntry,
    fetchPage: (cursor) => api.get<ArticleList>(`/api/articles?${queryString(filters, cursor)}`),
  });
}
