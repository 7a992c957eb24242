/**
 * POST /api/stories/backfill: story detection for the caller's articles saved before it existed
 * (no signature yet), a batch a call; the caller repeats until `remaining` is 0
 * (scripts/backfill-stories.mjs does).
 */
import { z } from 'zod';
import { BACKFILL_LIMITS, backfillStories } from '../articles/backfill-stories';
import { defineRoute } from '../http/route';

export const backfillQuerySchema = z
  .object({
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(BACKFILL_LIMITS.maxBatch)
      .default(BACKFILL_LIMITS.defaultBatch)
      .meta({ description: `Articles to process in this call (1–${BACKFILL_LIMITS.maxBatch})` }),
  })
  .strict();

export const backfillResultSchema = z
  .object({
    processed: z.number().int().min(0).meta({ description: 'Articles given a story signature by this call' }),
    linked: z.number().int().min(0).meta({ description: 'Of those, how many joined a story of other copies' }),
    remaining: z.number().int().min(0).meta({ description: 'Articles still without one: call again until 0' }),
  })
  .meta({ id: 'StoryBackfill' });

export const backfillStoriesRoute = defineRoute({
  method: 'POST',
  path: '/api/stories/backfill',
  operationId: 'backfillStories',
  summary: 'Link articles saved before story detection, a batch at a time',
  description:
    'Articles saved before story detection existed have no story signature, so later copies cannot find them. Each ' +
    'call gives up to `limit` of them (oldest first) their signature and links them to the stories of their copies, ' +
    'as a save would; repeat until `remaining` is 0. Safe to repeat or interrupt.',
  auth: true,
  write: true,
  query: backfillQuerySchema,
  responses: { 200: { description: 'What this call did, and what is left', schema: backfillResultSchema } },
  errors: ['validation_failed', 'unauthorized', 'rate_limited', 'internal'],
  async handle({ env, caller, query }) {
    return Response.json(await backfillStories(env.DB, caller.userId, query.limit));
  },
});
