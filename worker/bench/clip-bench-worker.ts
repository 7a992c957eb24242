/**
 * The in-Worker part of bench/clip.ts: runs the per-request work of POST /api/clip with html on
 * one page and reports how long each step took. It runs in workerd (Miniflare), so the
 * native HTMLRewriter and the V8 of Workers do the work, without D1 (whose time is not the
 * Worker's CPU time when deployed).
 *
 * POST / with the page as body, `x-page-url` and `x-repeat` (runs per step, so that workerd's
 * coarse clock gives sub-millisecond averages); answers JSON timings in milliseconds per run.
 */
import { extractArticleFromHtml } from '@jianbao/extract-html';
import { readabilityFromHtml } from '@jianbao/readability-html';
import { articleSchema } from '../../shared/article';
import { decodeHtml } from '../clip/decode-html';
import { stripHtml } from '../clip/strip-html';
import type { ClipTimings } from '../../bench/clip-timings';

export default {
  async fetch(request: Request): Promise<Response> {
    const bytes = new Uint8Array(await request.arrayBuffer());
    const url = request.headers.get('x-page-url') ?? 'https://example.com/';
    const repeat = Math.max(1, Math.min(50, Number(request.headers.get('x-repeat') ?? 1)));
    /** Average milliseconds of `step` over `repeat` runs; returns the last result too. */
    const timed = async <T>(step: () => T | Promise<T>): Promise<[number, T]> => {
      let result!: T;
      const start = performance.now();
      for (let i = 0; i < repeat; i += 1) result = await step();
      return [(performance.now() - start) / repeat, result];
    };
    const [decode, { html }] = await timed(() => decodeHtml(bytes, 'text/html'));
    const [strip, stripped] = await timed(() => stripHtml(html));
    const [extract, article] = await timed(() => extractArticleFromHtml(stripped, { url }));
    const [validate] = await timed(() => (article ? articleSchema.safeParse(article).success : false));
    const [extractUnstripped] = await timed(() => extractArticleFromHtml(html, { url }));
    // Readability on linkedom throws on some pages; such a page counts as a failure, not a time.
    let readability = Number.NaN;
    try {
      [readability] = await timed(() => readabilityFromHtml(html));
    } catch {
      readability = Number.NaN;
    }
    const timings: ClipTimings = {
      bytes: bytes.byteLength,
      strippedBytes: new TextEncoder().encode(stripped).byteLength,
      decode,
      strip,
      extract,
      validate,
      total: decode + strip + extract + validate,
      extractUnstripped,
      readability,
      found: article !== null,
    };
    return Response.json(timings);
  },
};
