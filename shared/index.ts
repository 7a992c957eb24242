/**
 * The pure core of Jianbao, shared by the Worker and the extension.
 * No globals: callers pass a Document, a URL and options.
 */
export type { Article, ArticleInput, StoredArticle } from './article';
export { extractArticle, inspectPage, isArticlePage } from './extract/article';
export type { ExtractOptions } from './extract/article';
export { summarize, SUMMARIZER_VERSION } from './summarize';
export type { Summary, SummarizeOptions, SummaryMethod } from './summarize';
