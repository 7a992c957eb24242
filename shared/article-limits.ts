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
