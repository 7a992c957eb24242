/**
 * Shapes of the API answers the reader page reads, derived from the Worker's own zod schemas
 * (type-only imports: nothing of zod or the Worker reaches the page's bundle).
 */
import type { z } from 'zod';
import type { StoredArticle as StoredArticleType } from '../../shared/article';
import type { listItemSchema, listResultSchema, summarySchema, versionListSchema } from '../api-schemas';
import type { createdFeedSchema, feedTokenSchema, sessionSchema } from '../reader-api-schemas';

export type SessionInfo = z.output<typeof sessionSchema>;
export type ListItem = z.output<typeof listItemSchema>;
export type ArticleList = z.output<typeof listResultSchema>;
export type StoredArticle = StoredArticleType;
export type Summary = z.output<typeof summarySchema>;
export type VersionList = z.output<typeof versionListSchema>;
export type FeedToken = z.output<typeof feedTokenSchema>;
export type CreatedFeed = z.output<typeof createdFeedSchema>;
