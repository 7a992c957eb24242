/**
 * Every message exchanged between the parts of the extension, as discriminated unions.
 *
 * Requests carry a literal `type`; each request type maps to exactly one response type
 * (`BackgroundResponses`, `ContentResponses`), so senders get typed answers and the receivers'
 * handler tables are checked for completeness by the compiler.
 */
import type { Article } from '../shared/article';
import { answerOf, messagingApi } from './native-messaging';

/** How a clip was started. */
export type ClipTrigger = 'popup' | 'context-menu' | 'shortcut' | 'auto-read' | 'auto-open';

/** What the popup shows of an extracted article (no body). */
export interface ArticlePreview {
  url: string;
  canonicalUrl: string;
  title: string;
  publishedAt?: string;
  source?: string;
  siteName?: string;
  authors: string[];
  lang: string;
  wordCount: number;
}

/**
 * Why a clip has not reached the Worker (yet). `unauthorized`, `rejected` and `not-configured`
 * need the user; `unreachable` and `server-error` are retried with backoff.
 */
export type ClipErrorKind = 'not-configured' | 'unauthorized' | 'unreachable' | 'server-error' | 'rejected';

export interface ClipError {
  kind: ClipErrorKind;
  /** A sentence for the user: what happened and what to do. */
  message: string;
  status?: number;
  code?: string;
  /** Epoch milliseconds. */
  at: number;
}

/** An outbox entry as the UI sees it (no article body). */
export interface OutboxItemSummary {
  id: string;
  title: string;
  pageUrl: string;
  state: 'pending' | 'failed';
  attempts: number;
  nextAttemptAt: number;
  error?: ClipError;
}

export interface OutboxStatus {
  pending: number;
  failed: number;
  /** The most recent error of any entry still in the outbox. */
  lastError?: ClipError;
  items: OutboxItemSummary[];
}

/** A clip the Worker has acknowledged. */
export interface SavedClip {
  pageUrl: string;
  canonicalUrl: string;
  articleId: string;
  version: number;
  created: boolean;
  title: string;
  /** Epoch milliseconds of the acknowledgement. */
  savedAt: number;
}

export type ClipOutcome =
  | { state: 'saved'; preview: ArticlePreview; saved: SavedClip }
  | { state: 'queued'; preview: ArticlePreview; outboxId: string; error?: ClipError }
  | { state: 'failed'; preview: ArticlePreview; outboxId: string; error: ClipError }
  | { state: 'not-extracted'; reason: string };

/** The popup's view of one tab. */
export type TabState =
  | { state: 'unavailable'; reason: string }
  | { state: 'not-article'; preview: ArticlePreview | null }
  | { state: 'ready'; preview: ArticlePreview }
  | { state: 'saved'; preview: ArticlePreview | null; saved: SavedClip }
  | { state: 'queued'; preview: ArticlePreview | null; item: OutboxItemSummary }
  | { state: 'failed'; preview: ArticlePreview | null; item: OutboxItemSummary };

export type SummaryResult =
  | { ok: true; title: string; summary: string; sentences: string[]; version: number; savedAt: string; readerUrl: string }
  | { ok: false; error: ClipError };

/**
 * Whether the page in a tab is a copy of a story the user already saved from elsewhere (a
 * syndicated repost, a mirror): the popup says "already saved from 河北新闻网, 2018-06-20".
 */
export type StoryNotice =
  | { found: false }
  | {
      found: true;
      /** The outlet of the story's original among the saved copies. */
      outlet: string;
      /** The original's publication date (YYYY-MM-DD), else the day it was saved. */
      date: string;
      title: string;
      lang: string;
      /** How many copies of the story are saved. */
      copies: number;
      readerUrl: string;
    };

export type ConnectionReport =
  | { ok: true; message: string }
  | { ok: false; kind: ClipErrorKind | 'invalid-endpoint' | 'not-jianbao' | 'no-permission'; message: string };

/**
 * What the content script of a page should do by itself. Computed by the background so that
 * the settings (the token above all) never enter a web page's process.
 */
export type AutoClipPolicy = { mode: 'off' } | { mode: 'on-open' } | { mode: 'when-read'; readSeconds: number };

/** Requests handled by the background script. */
export type BackgroundRequest =
  | { type: 'clip-tab'; tabId: number; trigger: ClipTrigger }
  | { type: 'auto-clip'; article: Article; trigger: 'auto-read' | 'auto-open' }
  | { type: 'get-auto-clip-policy' }
  | { type: 'get-tab-state'; tabId: number }
  | { type: 'get-summary'; articleId: string }
  | { type: 'get-outbox-status' }
  | { type: 'flush-outbox' }
  | { type: 'retry-failed' }
  | { type: 'discard-clip'; outboxId: string }
  | { type: 'test-connection'; endpoint: string; token: string }
  | { type: 'find-story'; tabId: number };

export interface BackgroundResponses {
  'clip-tab': ClipOutcome;
  'auto-clip': { accepted: boolean; reason?: string };
  'get-auto-clip-policy': AutoClipPolicy;
  'get-tab-state': TabState;
  'get-summary': SummaryResult;
  'get-outbox-status': OutboxStatus;
  'flush-outbox': OutboxStatus;
  'retry-failed': OutboxStatus;
  'discard-clip': OutboxStatus;
  'test-connection': ConnectionReport;
  'find-story': StoryNotice;
}

export type PageInspection = { url: string; isArticle: boolean; preview: ArticlePreview | null };
export type ExtractionResult = { ok: true; article: Article } | { ok: false; reason: string };

/** Requests handled by the content script in a tab. */
export type ContentRequest = { type: 'inspect-page' } | { type: 'extract-page' };

export interface ContentResponses {
  'inspect-page': PageInspection;
  'extract-page': ExtractionResult;
}

const BACKGROUND_TYPES: ReadonlySet<string> = new Set<BackgroundRequest['type']>([
  'clip-tab', 'auto-clip', 'get-auto-clip-policy', 'get-tab-state', 'get-summary', 'get-outbox-status',
  'flush-outbox', 'retry-failed', 'discard-clip', 'test-connection', 'find-story',
]);
const CONTENT_TYPES: ReadonlySet<string> = new Set<ContentRequest['type']>(['inspect-page', 'extract-page']);

function hasType(message: unknown, types: ReadonlySet<string>): boolean {
  return typeof message === 'object' && message !== null && types.has(String((message as { type?: unknown }).type));
}

/** Narrows an incoming runtime message to a background request (other messages are ignored). */
export function isBackgroundRequest(message: unknown): message is BackgroundRequest {
  return hasType(message, BACKGROUND_TYPES);
}

/** Narrows an incoming runtime message to a content-script request. */
export function isContentRequest(message: unknown): message is ContentRequest {
  return hasType(message, CONTENT_TYPES);
}

/** Sends a request to the background script and resolves with its typed response. */
export async function sendToBackground<R extends BackgroundRequest>(request: R): Promise<BackgroundResponses[R['type']]> {
  return answerOf(await messagingApi().runtime.sendMessage(request)) as BackgroundResponses[R['type']];
}

/** Sends a request to the content script of `tabId`; rejects when no content script listens there. */
export async function sendToTab<R extends ContentRequest>(tabId: number, request: R): Promise<ContentResponses[R['type']]> {
  return answerOf(await messagingApi().tabs.sendMessage(tabId, request)) as ContentResponses[R['type']];
}

/** The popup-sized view of an article. */
export function previewOf(article: Article): ArticlePreview {
  return {
    url: article.url,
    canonicalUrl: article.canonicalUrl,
    title: article.title,
    publishedAt: article.publishedAt,
    source: article.source,
    siteName: article.siteName,
    authors: article.authors,
    lang: article.lang,
    wordCount: article.wordCount,
  };
}
