import type { Article } from '../../shared/article';
import { idempotencyKeySchema } from '../api-schemas';
import { sha256Hex, type Owner } from '../auth/authenticate';
import { validate } from '../http/route';
import { prepareArticle, type PreparedArticle } from './prepare-article';
import { sanitizeHtml } from './sanitize-html';
import { saveArticle, type SaveOutcome } from './save-article';

/**
 * The request's Idempotency-Key header, if it sent one.
 * @throws ApiError validation_failed when the header is malformed
 */
export function idempotencyKeyOf(request: Request): string | undefined {
  const rawKey = request.headers.get('idempotency-key');
  return rawKey === null ? undefined : validate(idempotencyKeySchema, rawKey, 'Idempotency-Key header', 'Idempotency-Key');
}

/**
 * Sanitises and stores a validated article for its owner (a user, or a token the save checks
 * itself: SaveOptions.owner), as every route that saves one does; the request body's bytes make
 * the hash a reused Idempotency-Key is checked against.
 */
export async function storeArticle(
  db: D1Database,
  article: Article,
  { owner, idempotencyKey, requestBytes }: { owner: Owner; idempotencyKey?: string; requestBytes: Uint8Array },
): Promise<{ outcome: SaveOutcome; prepared: PreparedArticle }> {
  const prepared = await prepareArticle(article, sanitizeHtml);
  const outcome = await saveArticle(db, prepared, {
    owner,
    idempotencyKey,
    // Only a reused Idempotency-Key is checked against the body: without one, no hash is needed.
    requestHash: idempotencyKey === undefined ? '' : await sha256Hex(requestBytes),
    now: new Date(),
  });
  return { outcome, prepared };
}
