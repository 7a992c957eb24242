/**
 * Hard caps of the article schema: a news article is far below these; anything above is
 * hostile or broken. Kept apart from the zod schema so the extractor (content script) can
 * respect them without bundling zod.
 */
export const ARTICLE_LIMITS = {
  url: 8192,
  title: 1000,
  shortText: 2000,
  listItems: 50,
  text: 1_000_000,
  html: 1_500_000,
  flags: 32,
} as const;
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
