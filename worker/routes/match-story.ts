/**
 * POST /api/stories/match: which of the user's stories a page is a copy of (read-only). The
 * extension's popup asks it with the extracted text to say "already saved from …".
 */
import { z } from 'zod';
import { ARTICLE_LIMITS } from '../../shared/article';
import { listItemSchema } from '../api-schemas';
import { matchStory } from '../articles/match-story';
import { readJsonBody } from '../http/read-json-body';
import { defineRoute, validate } from '../http/route';

export const storyMatchRequestSchema = z
  .object({
    text: z
      .string()
      .min(1)
      .max(ARTICLE_LIMITS.text)
      .optional()
      .meta({ description: "The page's clean body text (article.text as extracted)" }),
    signature: z
      .string()
      .max(2000)
      .optional()
      .meta({ description: 'Instead of text: its story signature (shared/story encodeSignature)' }),
    canonicalUrl: z
      .string()
      .max(ARTICLE_LIMITS.url)
      .optional()
      .meta({ description: "The page's canonical URL: saved versions of this page itself are not counted as copies" }),
  })
  .strict()
  .refine((body) => (body.text === undefined) !== (body.signature === undefined), {
    message: 'send either text or signature',
    path: ['text'],
  });

export const storyMatchResultSchema = z
  .object({
    match: z
      .object({
        storyId: z.string(),
        similarity: z.number().min(0).max(1).meta({ description: 'Estimated Jaccard similarity to the closest saved copy' }),
        copies: z.number().int().positive().meta({ description: 'Copies of the story the user saved' }),
        outlets: z.array(z.string()).meta({ description: 'Outlets of those copies, the original first' }),
        original: listItemSchema.meta({
          description: "The story's original among the saved copies of other pages than canonicalUrl",
        }),
      })
      .nullable()
      .meta({ description: 'null: the page is not a copy of any saved story' }),
  })
  .meta({ id: 'StoryMatch' });

export const matchStoryRoute = defineRoute({
  method: 'POST',
  path: '/api/stories/match',
  operationId: 'matchStory',
  summary: 'Find the saved story a page is a copy of',
  description:
    'Read-only: given the text of a page (or its story signature), the saved story it is a copy of — a syndicated ' +
    'repost or a mirror, in either Chinese script — with its original copy, or null. Texts too short to compare ' +
    '(about 60 characters or words of story text) never match.',
  auth: true,
  body: storyMatchRequestSchema,
  responses: { 200: { description: 'The matching story, or null', schema: storyMatchResultSchema } },
  errors: ['invalid_json', 'validation_failed', 'unauthorized', 'payload_too_large', 'unsupported_media_type', 'internal'],
  async handle({ request, env, caller }) {
    const body = await readJsonBody(request);
    const input = validate(storyMatchRequestSchema, body.value, 'body');
    return Response.json(await matchStory(env.DB, caller.userId, input));
  },
});
