/** POST /api/import: restore a JSON-lines export (see worker/import/import-jsonl.ts). */
import { z } from 'zod';
import { IMPORT_LIMITS, importJsonl } from '../import/import-jsonl';
import { defineRoute } from '../http/route';

const importResultSchema = z
  .object({
    imported: z.number().int().meta({ description: 'Articles stored (new, or a new version)' }),
    unchanged: z.number().int().meta({ description: 'Articles already stored with the same content' }),
    failed: z.array(z.object({ path: z.string(), message: z.string() })),
  })
  .meta({ id: 'ImportResult' });

export const importRoute = defineRoute({
  method: 'POST',
  path: '/api/import',
  operationId: 'importArticles',
  summary: 'Import a JSON-lines export',
  description:
    `The body is what GET /api/export?format=jsonl gave (application/x-ndjson), at most ${IMPORT_LIMITS.maxLines} lines and ` +
    `${IMPORT_LIMITS.maxBytes / 1024 / 1024} MiB per request (split larger files: \`split -l ${IMPORT_LIMITS.maxLines}\`). ` +
    'Every line is validated before anything is stored: one bad line and nothing is imported. Articles keep their savedAt; ' +
    'an article already stored with the same content is left as is.',
  auth: true,
  write: true,
  bodyMediaType: 'application/x-ndjson',
  responses: { 200: { description: 'What was imported', schema: importResultSchema } },
  errors: ['invalid_json', 'validation_failed', 'unauthorized', 'forbidden', 'payload_too_large', 'unsupported_media_type', 'rate_limited', 'internal'],
  async handle({ request, env, caller }) {
    return Response.json(await importJsonl(request, env.DB, caller.userId));
  },
});
