/**
 * The user's settings, kept in storage.local under one key.
 *
 * Read by the background (endpoint, token, auto-clip policy) and written by the options page
 * (through settings-store.ts). Stored values are re-validated on every read, so a hand-edited or
 * older shape falls back to defaults field by field instead of breaking the extension.
 */
/** When the content script clips by itself. */
export const AUTO_CLIP_MODES = ['off', 'when-read', 'on-open'] as const;
export type AutoClipMode = (typeof AUTO_CLIP_MODES)[number];

export interface Settings {
  /** Base URL of the user's Worker, e.g. http://127.0.0.1:8787 (no trailing slash). */
  endpoint: string;
  /** Bearer token created with `npm run token -- create`. */
  token: string;
  autoClip: AutoClipMode;
  /** In `when-read` mode: seconds the article must stay visible to count as read. */
  readSeconds: number;
  /** Sites where auto-clip runs; empty means every site (except the deny-list). */
  allowList: string[];
  /** Sites never auto-clipped (manual clipping still works there). */
  denyList: string[];
}

/** Bounds for readSeconds: below 5 s a glance counts as reading; above an hour it never fires. */
export const READ_SECONDS_RANGE = { min: 5, max: 3600 } as const;

export const DEFAULT_SETTINGS: Readonly<Settings> = {
  endpoint: '',
  token: '',
  // Clip as you read is the point of the extension; it stays inert until endpoint and token are set.
  autoClip: 'when-read',
  readSeconds: 30,
  allowList: [],
  denyList: [],
};

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** Coerces whatever is stored into valid settings, field by field. */
export function normaliseSettings(stored: unknown): Settings {
  const raw = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const readSeconds = Number(raw.readSeconds);
  return {
    endpoint: typeof raw.endpoint === 'string' ? normaliseEndpoint(raw.endpoint) : DEFAULT_SETTINGS.endpoint,
    token: typeof raw.token === 'string' ? raw.token.trim() : DEFAULT_SETTINGS.token,
    autoClip: AUTO_CLIP_MODES.includes(raw.autoClip as AutoClipMode)
      ? (raw.autoClip as AutoClipMode)
      : DEFAULT_SETTINGS.autoClip,
    readSeconds:
      Number.isFinite(readSeconds) && readSeconds >= READ_SECONDS_RANGE.min && readSeconds <= READ_SECONDS_RANGE.max
        ? Math.round(readSeconds)
        : DEFAULT_SETTINGS.readSeconds,
    allowList: isStringList(raw.allowList) ? raw.allowList : [...DEFAULT_SETTINGS.allowList],
    denyList: isStringList(raw.denyList) ? raw.denyList : [...DEFAULT_SETTINGS.denyList],
  };
}

/** Trims spaces and trailing slashes so `${endpoint}/api/...` is always well formed. */
export function normaliseEndpoint(endpoint: string): string {
  return endpoint.trim().replace(/\/+$/, '');
}

/**
 * Checks an endpoint typed by the user.
 * @returns null when it is an absolute http(s) URL without query or fragment, else what is wrong.
 */
export function endpointProblem(endpoint: string): string | null {
  if (!endpoint) return 'Endpoint is empty: enter the address of your Worker, e.g. http://127.0.0.1:8787.';
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `Endpoint "${endpoint}" is not a URL: it must start with http:// or https://.`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `Endpoint must use http:// or https://, not ${url.protocol}//.`;
  }
  if (url.search || url.hash) return 'Endpoint must not contain a query (?…) or fragment (#…).';
  if (url.username || url.password) return 'Endpoint must not contain a user name or password; put the token in Token.';
  return null;
}

/** Whether the extension can talk to a Worker at all. */
export function isConfigured(settings: Settings): boolean {
  return settings.token !== '' && endpointProblem(settings.endpoint) === null;
}
