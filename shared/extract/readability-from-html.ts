/**
 * Mozilla Readability on an HTML string (linkedom DOM), as the benchmarks' baseline: the same
 * DOM path as extractArticleFromHtml, so the figures compare the extractors, not the parsers.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** Runs Readability on `html`; returns the extracted text length, or null when it found nothing. */
export function readabilityFromHtml(html: string): { title: string; textLength: number } | null {
  const { document } = parseHTML(html);
  const result = new Readability(document).parse();
  return result ? { title: result.title ?? '', textLength: (result.textContent ?? '').length } : null;
}
