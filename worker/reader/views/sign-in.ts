/** The sign-in view: paste an API token once; the Worker answers with an HttpOnly session cookie. */
import { ApiRequestError, type ApiClient } from '../api-client';
import type { SessionInfo } from '../api-types';
import { el } from '../element';

/** Renders the sign-in form into `main`; calls `onSignedIn` with the new session. */
export function renderSignIn(main: HTMLElement, api: ApiClient, onSignedIn: (session: SessionInfo) => void): void {
  const input = el('input', {
    id: 'token',
    name: 'token',
    type: 'password',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    'aria-describedby': 'token-help',
  });
  const error = el('p', { class: 'error', role: 'alert', id: 'sign-in-error' });
  const form = el(
    'form',
    { class: 'sign-in', 'aria-labelledby': 'sign-in-title' },
    el('h1', { id: 'sign-in-title' }, '登录 · Sign in'),
    el('label', { for: 'token' }, 'API token'),
    input,
    el('p', { id: 'token-help', class: 'help' }, 'Paste the token printed by `npm start` or `npm run token -- create`. It is sent once to make a session cookie and is never stored by this page.'),
    el('button', { type: 'submit' }, 'Sign in'),
    error,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    error.textContent = '';
    const token = input.value.trim();
    input.value = '';
    api
      .request<SessionInfo>('POST', '/api/session', { token })
      .then(onSignedIn)
      .catch((err: unknown) => {
        error.textContent = err instanceof ApiRequestError && err.status === 401 ? 'That token is not valid (or was revoked).' : String((err as Error).message);
        input.focus();
      });
  });
  main.replaceChildren(form);
  input.focus();
}
