/**
 * The article view: headline, subtitle, source, reporters, editors, publication time in the
 * reader's time zone, link to the original, the summary on top, the clean body, its versions,
 * Markdown download and delete with confirmation.
 */
import type { ApiClient } from '../api-client';
import type { StoredArticle, Summary, VersionList } from '../api-types';
import { renderArticleBody } from '../article-body';
import { el } from '../element';
import { formatDate } from '../format-date';
import { storySection } from './story-copies';

function metaRow(label: string, value: Node | string | undefined): HTMLElement[] {
  if (value === undefined || value === '') return [];
  return [el('dt', {}, label), el('dd', {}, value)];
}

function summarySection(api: ApiClient, article: StoredArticle): HTMLElement {
  const body = el('p', { class: 'summary-text' }, '…');
  const section = el('section', { class: 'summary', 'aria-labelledby': 'summary-title', lang: article.lang }, el('h2', { id: 'summary-title' }, '摘要 · Summary'), body);
  api
    .get<Summary>(`/api/articles/${encodeURIComponent(article.id)}/summary`)
    .then((summary) => {
      body.textContent = summary.summary || summary.sentences.join(' ');
    })
    .catch(() => {
      body.textContent = 'No summary available.';
    });
  return section;
}

function versionsSection(api: ApiClient, article: StoredArticle): HTMLElement {
  const list = el('ol', { class: 'versions' });
  const section = el('section', { 'aria-labelledby': 'versions-title', class: 'versions-section' }, el('h2', { id: 'versions-title' }, 'Versions'), list);
  api
    .get<VersionList>(`/api/articles/${encodeURIComponent(article.id)}/versions`)
    .then(({ items }) => {
      list.replaceChildren(
        ...items.map((version) =>
          el('li', {}, `v${version.version} · `, el('time', { datetime: version.savedAt }, formatDate(version.savedAt)), version.current ? ' (current)' : ''),
        ),
      );
    })
    .catch(() => list.replaceChildren(el('li', {}, 'Versions could not be loaded.')));
  return section;
}

function deleteControl(api: ApiClient, article: StoredArticle, onDeleted: () => void): HTMLElement {
  const confirmButton = el('button', { type: 'button', class: 'danger' }, 'Delete');
  const cancelButton = el('button', { type: 'button' }, 'Cancel');
  const dialog = el(
    'dialog',
    { 'aria-labelledby': 'delete-title' },
    el('h2', { id: 'delete-title' }, 'Delete this clip?'),
    el('p', { lang: article.lang }, article.title),
    el('p', {}, 'All its versions are deleted. This cannot be undone; export first if unsure.'),
    el('div', { class: 'dialog-actions' }, cancelButton, confirmButton),
  );
  const open = el('button', { type: 'button', class: 'danger' }, 'Delete…');
  open.addEventListener('click', () => {
    dialog.showModal();
    cancelButton.focus();
  });
  cancelButton.addEventListener('click', () => dialog.close());
  confirmButton.addEventListener('click', () => {
    confirmButton.disabled = true;
    api
      .request('DELETE', `/api/articles/${encodeURIComponent(article.id)}`)
      .then(() => {
        dialog.close();
        onDeleted();
      })
      .catch((err: unknown) => {
        confirmButton.disabled = false;
        dialog.append(el('p', { class: 'error', role: 'alert' }, String((err as Error).message)));
      });
  });
  return el('div', { class: 'delete' }, open, dialog);
}

/** Loads article `id` and renders it into `main`. */
export async function renderArticleView(main: HTMLElement, api: ApiClient, id: string, onDeleted: () => void): Promise<void> {
  const article = await api.get<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  document.title = `${article.title} · 剪报`;
  const published = article.publishedAt ? el('time', { datetime: article.publishedAt }, formatDate(article.publishedAt)) : undefined;
  const original = el('a', { href: article.url, rel: 'noopener noreferrer', target: '_blank' }, new URL(article.url).host);
  const header = el(
    'header',
    { class: 'article-header' },
    el('h1', { id: 'article-title' }, article.title),
    article.subtitle ? el('p', { class: 'subtitle' }, article.subtitle) : null,
    el(
      'dl',
      { class: 'article-meta' },
      ...metaRow('来源 Source', article.source ?? article.siteName),
      ...metaRow('记者 Reporter', article.authors.join('、')),
      ...metaRow('编辑 Editor', article.editors.join('、')),
      ...metaRow('发布 Published', published),
      ...metaRow('原文 Original', original),
    ),
  );
  const body = el('div', { class: 'article-body' }, renderArticleBody(article.html, article.text));
  const actions = el(
    'div',
    { class: 'article-actions' },
    el('a', { href: `/api/articles/${encodeURIComponent(article.id)}.md`, download: '', class: 'button' }, 'Markdown ↓'),
    deleteControl(api, article, onDeleted),
  );
  const view = el(
    'article',
    { lang: article.lang, 'aria-labelledby': 'article-title', class: 'article' },
    el('p', { class: 'back' }, el('a', { href: '#/' }, '← Clips')),
    header,
    summarySection(api, article),
    body,
    storySection(api, article),
    versionsSection(api, article),
    actions,
  );
  main.replaceChildren(view);
}
