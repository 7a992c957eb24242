/**
 * Answers of the reader page's session and feed routes (routes/session.ts, routes/feeds.ts).
 * Pure zod, so the page can derive its types from them (type-only) without the Worker's code.
 */
import { z } from 'zod';

export const sessionSchema = z
  .object({
    user: z.object({ id: z.string(), name: z.string() }),
    csrfToken: z.string().meta({ description: 'Send as X-CSRF-Token with every POST and DELETE made with the session cookie' }),
    expiresAt: z.string(),
  })
  .meta({ id: 'Session' });

export const feedTokenSchema = z
  .object({ id: z.string(), name: z.string(), createdAt: z.string() })
  .meta({ id: 'FeedToken' });

export const createdFeedSchema = feedTokenSchema
  .extend({
    token: z.string().meta({ description: 'The feed token in clear: shown once' }),
    url: z.string().meta({ description: 'The feed URL to paste into a feed reader; add ?q= to follow a search' }),
  })
  .meta({ id: 'CreatedFeed' });

export const feedTokenListSchema = z.object({ items: z.array(feedTokenSchema) }).meta({ id: 'FeedTokenList' });
