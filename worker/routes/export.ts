/**
 * Taking clips out: one article as Markdown (GET /api/articles/:id.md) and every article as a
 * JSON-lines stream or a zip of Markdown files (GET /api/export).
 */
import { z } from 'zod';
import { markdownFileName } from '../../shared/export/file-name';
import { articleToMarkdown } from '../../shared/export/markdown';
import { idParamsSchema } from '../api-schemas';
import { articleNotFound, getArticle } from '../articles/article-queries';
import { articleSummary } from '../articles/article-summary';
import { jsonlExportStream } from '../export/jsonl-export';
import { markdownZipStream } from '../export/markdown-zip-export';
import { defineRoute } from '../http/route';

/**
 * Content-Disposition that keeps a Chinese file name: an ASCII fallback plus the RFC 5987
 * `filename*` form, which every current browser and curl -J read.
 */
export function attachment(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

const exportQuery = z.object({
  format: z.enum(['jsonl', 'markdown']).default('jsonl').meta({ description: 'jsonl: JSON lines (re-importable); markdown: a zip of .md files' }),
});

/** The day part of "now" for export file names. */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export const getArticleMarkdownRoute = defineRoute({
  method: 'GET',
  path: '/api/articles/:id.md',
  operationId: 'getArticleMarkdown',
  summary: 'An article as Markdown with YAML front matter',
  description:
    'Front matter: title, url, canonicalUrl, source, authors, editors, publishedAt, savedAt, lang, summary (then subtitle, siteName, ' +
    'modifiedAt, keywords, id, version). Every string is quoted; Obsidian, Hugo, Jekyll and Eleventy read it as is.',
  auth: true,
  params: idParamsSchema,
  responses: { 200: { description: 'The Markdown file (as an attachment with a readable file name)', mediaType: 'text/markdown' } },
  errors: ['validation_failed', 'unauthorized', 'not_found', 'internal'],
  async handle({ env, caller, params }) {
    const article = await getArticle(env.DB, caller.userId, params.id);
    if (!article) throw articleNotFound();
    const summary = await articleSummary(env.DB, caller.userId, params.id, 3);
    const markdown = articleToMarkdown({ article, summary: summary?.summary });
    return new Response(markdown, {
      headers: {
        'Content-Type': 'text/markdown; charset=utf-8',
        'Content-Disposition': attachment(markdownFileName(article)),
        'Cache-Control': 'private, no-store',
      },
    });
  },
});

export const exportRoute = defineRoute({
  method: 'GET',
  path: '/api/export',
  operationId: 'exportArticles',
  summary: 'Export every article (streamed)',
  description:
    'format=jsonl: one JSON object a line, the article (schema v1) with id, version and savedAt, oldest first; POST /api/import reads it back. ' +
    'format=markdown: a zip (store-only, UTF-8 names, ZIP64 when needed) of jianbao/<date> <title>.md files. ' +
    'Both stream while D1 is paged, so memory stays flat for 50,000 articles.',
  auth: true,
  query: exportQuery,
  responses: {
    200: { description: 'The export as a download (JSON lines or zip)', mediaType: 'application/x-ndjson' },
  },
  errors: ['validation_failed', 'unauthorized', 'internal'],
  handle({ env, caller, query }) {
    const headers = { 'Cache-Control': 'private, no-store', 'X-Content-Type-Options': 'nosniff' };
    if (query.format === 'markdown') {
      return new Response(markdownZipStream(env.DB, caller.userId), {
        headers: { ...headers, 'Content-Type': 'application/zip', 'Content-Disposition': attachment(`jianbao-${today()}.zip`) },
      });
    }
    return new Response(jsonlExportStream(env.DB, caller.userId), {
      headers: { ...headers, 'Content-Type': 'application/x-ndjson; charset=utf-8', 'Content-Disposition': attachment(`jianbao-${today()}.jsonl`) },
    });
  },
});
