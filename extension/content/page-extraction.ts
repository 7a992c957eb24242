/** Runs the shared extractor on the live page (it never mutates the document it reads). */
import { extractArticle, inspectPage } from '../../shared/index';
import { previewOf, type ExtractionResult, type PageInspection } from '../messages';

/** The current page as an article, or why there is none. */
export function extractCurrentPage(): ExtractionResult {
  try {
    const article = extractArticle(document, { url: location.href });
    if (!article) return { ok: false, reason: 'No article text was found on this page.' };
    return { ok: true, article };
  } catch (error) {
    console.error('Jianbao: extraction failed', error);
    return { ok: false, reason: `Extraction failed on this page: ${String(error)}` };
  }
}

/**
 * Whether the current page is an article, and what the popup should show of it: both from one
 * analysis of the page.
 */
export function inspectCurrentPage(): PageInspection {
  const url = location.href;
  try {
    const { article, isArticle } = inspectPage(document, { url });
    return { url, isArticle, preview: article ? previewOf(article) : null };
  } catch (error) {
    console.error('Jianbao: page inspection failed', error);
    return { url, isArticle: false, preview: null };
  }
}
