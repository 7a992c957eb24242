/**
 * GET /api/export?format=markdown: a zip of one Markdown file per article (YAML front matter,
 * see shared/export/markdown.ts), streamed entry by entry while D1 is paged.
 */
import type { StoredArticle } from '../../shared/article';
import { markdownFileName, UniqueFileNames } from '../../shared/export/file-name';
import { articleToMarkdown } from '../../shared/export/markdown';
import { ZipWriter } from '../../shared/export/zip';
import { articlePages, type ExportRow } from './article-pages';

/** The folder inside the zip, so unpacking never scatters files into the current directory. */
export const ZIP_FOLDER = 'jianbao';

/** The stored article and its cached summary text for one row. */
export function rowArticle(row: ExportRow): { article: StoredArticle; summary?: string } {
  const article = { ...(JSON.parse(row.data) as Omit<StoredArticle, 'id' | 'version' | 'savedAt'>), id: row.id, version: row.version, savedAt: row.savedAt };
  const summaryData = row.summary ? (JSON.parse(row.summary) as { sentences?: string[] }) : null;
  const summary = summaryData?.sentences?.join(' ');
  return summary ? { article, summary } : { article };
}

/** A byte stream of the zip archive, produced as the client reads it. */
export function markdownZipStream(db: D1Database, userId: string): ReadableStream<Uint8Array> {
  const pages = articlePages(db, userId);
  const zip = new ZipWriter();
  const names = new UniqueFileNames();
  const encoder = new TextEncoder();
  let finished = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (finished) return;
        const next = await pages.next();
        if (next.done) {
          finished = true;
          controller.enqueue(zip.finish());
          controller.close();
          return;
        }
        for (const row of next.value) {
          const { article, summary } = rowArticle(row);
          const name = `${ZIP_FOLDER}/${names.claim(markdownFileName(article))}`;
          const data = encoder.encode(articleToMarkdown({ article, summary }));
          for (const chunk of zip.add({ name, data, modified: new Date(row.savedAt) })) controller.enqueue(chunk);
        }
      },
      async cancel() {
        await pages.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
}
