import { healthSchema } from '../api-schemas';
import { defineRoute } from '../http/route';

/** Liveness: the Worker runs and answers (no database work, so it measures the runtime). */
export const healthRoute = defineRoute({
  method: 'GET',
  path: '/health',
  operationId: 'health',
  summary: 'Liveness check',
  auth: false,
  responses: { 200: { description: 'The Worker is up', schema: healthSchema } },
  errors: [],
  handle: () => Response.json({ ok: true }),
});
