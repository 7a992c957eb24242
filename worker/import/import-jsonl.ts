/**
 * POST /api/import: reads back what GET /api/export?format=jsonl wrote. The whole request is
 * checked first — every line valid JSON and a valid article — and only then stored, so a bad
 * file changes nothing. Each article is saved exactly as POST /api/articles saves it (same
 * sanitising, same duplicate and version rules), keeping its original savedAt; importing the
 * same file twice stores nothing the second time.
 */
import { z } from 'zod';
import { articleSchema, isoDateSchema, type Article } from '../../shared/article';
import { sha256Hex } from '../auth/authenticate';
import { prepareArticle } from '../articles/prepare-article';
import { sanitizeHtml } from '../articles/sanitize-html';
import { saveArticle } from '../articles/save-article';
import { ApiError, type FieldError } from '../http/api-error';
import { readCapped } from '../http/read-json-body';
import { fieldErrors } from '../http/route';

/** Limits of one import request; the reader page sends a large export in chunks below them. */
export const IMPORT_LIMITS = {
  /** Bytes of one request (a single article can be ~3 MB of CJK text). */
  maxBytes: 8 * 1024 * 1024,
  /** Articles of one request: D1 allows 1,000 queries per invocation and a save takes ~3. */
  maxLines: 200,
} as const;

/** Media types accepted for JSON lines. */
export const JSONL_MEDIA_TYPES = new Set(['application/x-ndjson', 'application/jsonl', 'application/x-jsonlines']);

/** One line of an export: the article plus the fields the export adds (only savedAt is used). */
const importLineSchema = articleSchema.extend({
  id: z.string().max(100).optional(),
  version: z.number().int().positive().optional(),
  savedAt: isoDateSchema.optional(),
});

/** What an import did. */
export interface ImportResult {
  /** Articles stored (new, or a new version of one already there). */
  imported: number;
  /** Lines whose article was already stored with the same content. */
  unchanged: number;
  failed: FieldError[];
}

interface ParsedLine {
  article: Article;
  savedAt: Date;
  raw: string;
}

/** Reads at most `maxBytes` of a request body. @throws ApiError payload_too_large */
async function readImportBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (declared > maxBytes) throw tooLarge();
  return readCapped(request.body, maxBytes, tooLarge);
}

function tooLarge(): ApiError {
  return new ApiError(
    'payload_too_large',
    `Send at most ${IMPORT_LIMITS.maxBytes} bytes and ${IMPORT_LIMITS.maxLines} lines per import request (split larger exports)`,
  );
}

/**
 * Parses and validates every line.
 * @throws ApiError invalid_json (not UTF-8, or a line is not JSON) | validation_failed | payload_too_large
 */
export function parseImport(bytes: Uint8Array): ParsedLine[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new ApiError('invalid_json', 'The body is not valid UTF-8');
  }
  const lines = text.split('\n').map((line, index) => ({ line: line.trim(), number: index + 1 })).filter(({ line }) => line !== '');
  if (lines.length === 0) throw new ApiError('validation_failed', 'The body has no lines', [{ path: '', message: 'send one article (JSON) per line' }]);
  if (lines.length > IMPORT_LIMITS.maxLines) throw tooLarge();
  const parsed: ParsedLine[] = [];
  const errors: FieldError[] = [];
  for (const { line, number } of lines) {
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      errors.push({ path: `line ${number}`, message: 'not valid JSON' });
      continue;
    }
    const result = importLineSchema.safeParse(value);
    if (!result.success) {
      errors.push(...fieldErrors(result.error, `line ${number}`).slice(0, 5));
      continue;
    }
    const { id: _id, version: _version, savedAt, ...article } = result.data;
    parsed.push({ article, savedAt: savedAt && !Number.isNaN(Date.parse(savedAt)) ? new Date(savedAt) : new Date(), raw: line });
  }
  if (errors.length > 0) throw new ApiError('validation_failed', 'Some lines are not valid articles; nothing was imported', errors.slice(0, 50));
  return parsed;
}

/**
 * Reads, validates and stores a JSON-lines import for a user.
 * @throws ApiError unsupported_media_type | payload_too_large | invalid_json | validation_failed
 */
export async function importJsonl(request: Request, db: D1Database, userId: string): Promise<ImportResult> {
  const mediaType = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (!JSONL_MEDIA_TYPES.has(mediaType)) throw new ApiError('unsupported_media_type', 'Send the export as application/x-ndjson');
  const lines = parseImport(await readImportBody(request, IMPORT_LIMITS.maxBytes));
  const result: ImportResult = { imported: 0, unchanged: 0, failed: [] };
  for (const { article, savedAt, raw } of lines) {
    const prepared = await prepareArticle(article, sanitizeHtml);
    const outcome = await saveArticle(db, prepared, { owner: { userId }, requestHash: await sha256Hex(raw), now: savedAt });
    if (outcome.body.created) result.imported += 1;
    else result.unchanged += 1;
  }
  return result;
}
