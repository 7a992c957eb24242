/** Shapes of the API answers the reader page reads (see /openapi.json for the full contract). */

export interface SessionInfo {
  user: { id: string; name: string };
  csrfToken: string;
  expiresAt: string;
}

export interface ListItem {
  id: string;
  version: number;
  savedAt: string;
  title: string;
  subtitle?: string;
  url: string;
  site: string;
  siteName?: string;
  source?: string;
  authors: string[];
  lang: string;
  publishedAt?: string;
  excerpt: string;
  snippet?: string;
  /** Shared by the copies of one story (reposts, mirrors). */
  storyId?: string;
  /** With fold=stories: copies of the story saved, and the outlets that carried it. */
  copies?: number;
  outlets?: string[];
}

export interface ArticleList {
  items: ListItem[];
  nextCursor: string | null;
}

export interface StoredArticle {
  id: string;
  version: number;
  savedAt: string;
  url: string;
  canonicalUrl: string;
  title: string;
  subtitle?: string;
  authors: string[];
  editors: string[];
  source?: string;
  siteName?: string;
  publishedAt?: string;
  modifiedAt?: string;
  lang: string;
  text: string;
  html: string;
  storyId?: string;
}

export interface Summary {
  sentences: string[];
  summary: string;
  method: string;
}

export interface VersionInfo {
  version: number;
  savedAt: string;
  title?: string;
}

export interface FeedToken {
  id: string;
  name: string;
  createdAt: string;
}

export interface CreatedFeed extends FeedToken {
  /** The feed URL with its secret token: shown once. */
  url: string;
}
