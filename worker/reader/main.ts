/**
 * The reader page: one static shell (index.html), this script and reader.css, served as Workers
 * static assets behind the Worker (which adds the CSP). Hash routes:
 *   #/                      newest clips (with ?q=&site=&lang=&since=&until= for a search)
 *   #/articles/<id>         one article (with the other copies of its story)
 *   #/stories               one entry a story (copies of one story folded)
 *   #/settings              export, import, feeds
 * The session is an HttpOnly cookie; the page itself holds no token.
 */
import { ApiClient, ApiRequestError, NetworkError } from './api-client';
import type { SessionInfo } from './api-types';
import { renderArticleList, type ListFilters } from './views/article-list';
import { renderArticleView } from './views/article-view';
import { renderSettings } from './views/settings';
import { renderStoryList } from './views/story-copies';
import { renderSignIn } from './views/sign-in';

const api = new ApiClient();
const main = document.getElementById('main') as HTMLElement;
const nav = document.getElementById('nav') as HTMLElement;
const statusLine = document.getElementById('status') as HTMLElement;

function showStatus(message: string): void {
  statusLine.textContent = message;
}

function filtersFromHash(query: string): ListFilters {
  const params = new URLSearchParams(query);
  return {
    q: params.get('q') ?? '',
    site: params.get('site') ?? '',
    lang: params.get('lang') ?? '',
    since: params.get('since') ?? '',
    until: params.get('until') ?? '',
  };
}

function navigateToSearch(filters: ListFilters): void {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  const query = params.toString();
  location.hash = query ? `#/?${query}` : '#/';
}

function describeError(err: unknown): string {
  if (err instanceof ApiRequestError) return err.status === 404 ? 'Not found (deleted?).' : `${err.message} (${err.code})`;
  if (err instanceof NetworkError) return 'The Worker could not be reached. Is it running?';
  return 'Something went wrong.';
}

async function route(): Promise<void> {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path = '/', query = ''] = hash.split('?', 2);
  document.title = '剪报 Jianbao';
  showStatus('');
  try {
    const article = /^\/articles\/([^/]+)$/.exec(path);
    if (article) {
      await renderArticleView(main, api, decodeURIComponent(article[1]!), () => {
        showStatus('Deleted.');
        location.hash = '#/';
      });
    } else if (path === '/stories') {
      await renderStoryList(main, api);
    } else if (path === '/settings') {
      renderSettings(main, api, showStatus);
    } else {
      await renderArticleList(main, api, filtersFromHash(query), navigateToSearch);
    }
  } catch (err) {
    if (err instanceof ApiRequestError && err.status === 401) return signedOut();
    showStatus(describeError(err));
  }
}

function signedIn(session: SessionInfo): void {
  api.csrfToken = session.csrfToken;
  nav.hidden = false;
  void route();
}

function signedOut(): void {
  api.csrfToken = '';
  nav.hidden = true;
  renderSignIn(main, api, (session) => {
    showStatus(`Signed in as ${session.user.name}.`);
    signedIn(session);
  });
}

document.getElementById('sign-out')?.addEventListener('click', () => {
  api
    .request('DELETE', '/api/session')
    .catch(() => undefined)
    .finally(() => {
      showStatus('Signed out.');
      signedOut();
    });
});

window.addEventListener('hashchange', () => {
  if (nav.hidden) return;
  const focusedBefore = document.activeElement;
  void route().then(() => {
    // A new view starts at its top; focus moves to it so screen readers announce it, unless the
    // user already moved focus into it while it loaded (pressed "/" for the search box).
    window.scrollTo(0, 0);
    const focused = document.activeElement;
    if (focused === focusedBefore || !main.contains(focused)) main.focus({ preventScroll: true });
  });
});

// "/" jumps to the search box, as on most sites with search.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key !== '/' || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
  const search = document.getElementById('q');
  if (search) {
    event.preventDefault();
    search.focus();
  }
});

api
  .get<SessionInfo>('/api/session')
  .then(signedIn)
  .catch((err: unknown) => {
    if (err instanceof ApiRequestError && err.status === 401) signedOut();
    else showStatus(describeError(err));
  });
