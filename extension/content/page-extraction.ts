/** Runs the shared extractor on the live page (it never mutates the document it reads). */
import { extractArticle, inspectPage, type Article } from '../../shared/index';
import { previewOf, type ExtractionResult, type PageInspection } from '../messages';

function extractionOf(article: Article | null): ExtractionResult {
  return article ? { ok: true, article } : { ok: false, reason: 'No article text was found on this page.' };
}

function failedExtraction(error: unknown): ExtractionResult {
  console.error('Jianbao: extraction failed', error);
  return { ok: false, reason: `Extraction failed on this page: ${String(error)}` };
}

/** The current page as an article, or why there is none. */
export function extractCurrentPage(): ExtractionResult {
  try {
    return extractionOf(extractArticle(document, { url: location.href }));
  } catch (error) {
    return failedExtraction(error);
  }
}

/** Whether the current page is an article, and the page as one: both from one analysis of the page. */
export function readCurrentPage(): { isArticle: boolean; extraction: ExtractionResult } {
  try {
    const { article, isArticle } = inspectPage(document, { url: location.href });
    return { isArticle, extraction: extractionOf(article) };
  } catch (error) {
    return { isArticle: false, extraction: failedExtraction(error) };
  }
}

/** Whether the current page is an article, and what the popup should show of it. */
export function inspectCurrentPage(): PageInspection {
  const { isArticle, extraction } = readCurrentPage();
  return { url: location.href, isArticle, preview: extraction.ok ? previewOf(extraction.article) : null };
}
