/** Export, import and feed subscriptions. */
import type { ApiClient } from '../api-client';
import type { CreatedFeed, FeedToken } from '../api-types';
import { el } from '../element';
import { formatDate } from '../format-date';

function exportSection(): HTMLElement {
  return el(
    'section',
    { 'aria-labelledby': 'export-title' },
    el('h2', { id: 'export-title' }, '导出 · Export'),
    el('p', {}, 'Every clip of your account, streamed:'),
    el(
      'ul',
      { class: 'links' },
      el('li', {}, el('a', { href: '/api/export?format=markdown', download: '' }, 'Markdown files (.zip)'), ' — for Obsidian or a static site'),
      el('li', {}, el('a', { href: '/api/export?format=jsonl', download: '' }, 'JSON lines (.jsonl)'), ' — complete, re-importable'),
    ),
  );
}

/**
 * Chunks of an import: the Worker takes at most 200 lines and 8 MiB a request (D1's per-request
 * query budget), so a large export goes up in pieces, in order, each validated whole.
 */
const IMPORT_CHUNK = { lines: 100, bytes: 6 * 1024 * 1024 } as const;

function chunkLines(text: string): string[] {
  const chunks: string[] = [];
  let lines: string[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const size = encoder.encode(line).byteLength + 1;
    if (lines.length > 0 && (lines.length >= IMPORT_CHUNK.lines || bytes + size > IMPORT_CHUNK.bytes)) {
      chunks.push(lines.join('\n'));
      lines = [];
      bytes = 0;
    }
    lines.push(line);
    bytes += size;
  }
  if (lines.length > 0) chunks.push(lines.join('\n'));
  return chunks;
}

async function importInChunks(api: ApiClient, file: File, status: (message: string) => void): Promise<void> {
  const chunks = chunkLines(await file.text());
  let imported = 0;
  let unchanged = 0;
  for (const [index, chunk] of chunks.entries()) {
    status(`Importing… part ${index + 1} of ${chunks.length}`);
    try {
      const result = await api.request<{ imported: number; unchanged: number }>('POST', '/api/import', chunk, 'application/x-ndjson');
      imported += result.imported;
      unchanged += result.unchanged;
    } catch (err) {
      status(`Import stopped at part ${index + 1} of ${chunks.length} (${(err as Error).message}); ${imported} imported before it. Parts already sent stay imported; importing the file again skips them.`);
      return;
    }
  }
  status(`Imported ${imported}, unchanged ${unchanged}.`);
}

function importSection(api: ApiClient, status: (message: string) => void): HTMLElement {
  const file = el('input', { id: 'import-file', type: 'file', accept: '.jsonl,.ndjson,application/x-ndjson,application/jsonl', required: true });
  const form = el(
    'form',
    { class: 'import' },
    el('label', { for: 'import-file' }, 'A .jsonl export'),
    file,
    el('button', { type: 'submit' }, 'Import'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = file.files?.[0];
    if (!chosen) return;
    void importInChunks(api, chosen, status);
  });
  return el('section', { 'aria-labelledby': 'import-title' }, el('h2', { id: 'import-title' }, '导入 · Import'), form);
}

function feedsSection(api: ApiClient, status: (message: string) => void): HTMLElement {
  const list = el('ul', { class: 'feeds' });
  const created = el('div', { class: 'created-feed', 'aria-live': 'polite' });
  const name = el('input', { id: 'feed-name', type: 'text', required: true, maxlength: 100, value: 'Feed reader' });
  const form = el('form', { class: 'feed-form' }, el('label', { for: 'feed-name' }, 'Name'), name, el('button', { type: 'submit' }, 'Create feed URL'));

  const refresh = async () => {
    const { items } = await api.get<{ items: FeedToken[] }>('/api/feeds');
    list.replaceChildren(
      ...items.map((feed) => {
        const revoke = el('button', { type: 'button', class: 'danger' }, 'Revoke');
        revoke.addEventListener('click', () => {
          api
            .request('DELETE', `/api/feeds/${encodeURIComponent(feed.id)}`)
            .then(() => {
              status(`Feed “${feed.name}” revoked.`);
              return refresh();
            })
            .catch((err: unknown) => status((err as Error).message));
        });
        return el('li', {}, `${feed.name} · created `, el('time', { datetime: feed.createdAt }, formatDate(feed.createdAt)), ' ', revoke);
      }),
    );
    if (items.length === 0) list.replaceChildren(el('li', {}, 'No feed URLs yet.'));
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    api
      .request<CreatedFeed>('POST', '/api/feeds', { name: name.value.trim() })
      .then((feed) => {
        const url = el('input', { type: 'text', readonly: true, value: feed.url, id: 'feed-url', 'aria-describedby': 'feed-url-help' });
        created.replaceChildren(
          el('label', { for: 'feed-url' }, 'Your feed URL (shown once):'),
          url,
          el('p', { id: 'feed-url-help', class: 'help' }, 'Add ?q=words to follow a search. The URL only reads your feed; revoke it here if it leaks.'),
        );
        url.select();
        return refresh();
      })
      .catch((err: unknown) => status((err as Error).message));
  });
  void refresh().catch((err: unknown) => status((err as Error).message));
  return el(
    'section',
    { 'aria-labelledby': 'feeds-title' },
    el('h2', { id: 'feeds-title' }, '订阅 · Atom feeds'),
    el('p', {}, 'Feed readers cannot sign in, so each feed URL carries its own read-only token.'),
    form,
    created,
    list,
  );
}

/** Renders the export, import and feeds view. */
export function renderSettings(main: HTMLElement, api: ApiClient, status: (message: string) => void): void {
  main.replaceChildren(el('h1', {}, 'Export & feeds'), exportSection(), importSection(api, status), feedsSection(api, status));
}
