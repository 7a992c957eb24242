/**
 * GET /api/export?format=jsonl: every article of the user as JSON lines, streamed. Each line is
 * the article (schema v1) with `id`, `version` and `savedAt` — the form POST /api/import reads.
 */
import { articlePages, type ExportRow } from './article-pages';

/**
 * One JSON line for a row. The stored JSON is spliced rather than parsed and re-serialised:
 * at 50,000 articles that parse would be most of the export's CPU time. Stored data is written
 * by JSON.stringify of a validated schema-v1 object, so it is one JSON object with none of the
 * three added keys.
 */
export function jsonLine(row: ExportRow): string {
  const head = JSON.stringify({ id: row.id, version: row.version, savedAt: row.savedAt });
  const body = row.data.trim();
  const rest = body === '{}' ? '}' : `,${body.slice(1)}`;
  return `${head.slice(0, -1)}${rest}\n`;
}

/** A byte stream of the user's articles as JSON lines, read from D1 batch by batch as the client reads. */
export function jsonlExportStream(db: D1Database, userId: string): ReadableStream<Uint8Array> {
  const pages = articlePages(db, userId);
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        const next = await pages.next();
        if (next.done) {
          controller.close();
          return;
        }
        // Row by row: no batch-sized string or buffer is ever built, only one line at a time.
        for (const row of next.value) controller.enqueue(encoder.encode(jsonLine(row)));
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
