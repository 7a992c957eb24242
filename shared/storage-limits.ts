/**
 * Byte caps of the way to storage: the request the API reads and the row D1 stores. Kept apart
 * from the article's own caps (article-limits.ts), which the content script bundles; these only
 * the upload and the Worker need.
 */
/** Largest request body the API reads (DESIGN: bodies over 2 MiB → 413), in bytes. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

/**
 * Storage caps, in UTF-8 bytes. D1 refuses rows over 2 MB, and the article row holds text and
 * html together, so each is capped well below; a longer article is kept, truncated and flagged
 * `text-truncated`, never refused (a clip is not lost for being long). The extension applies the
 * same caps before sending, so a long article fits in one request.
 */
export const STORAGE_LIMITS = {
  textBytes: 512 * 1024,
  htmlBytes: 1024 * 1024,
} as const;
