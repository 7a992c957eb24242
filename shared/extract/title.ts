/**
 * The headline as the reader sees it. The page's own heading wins when it agrees with what
 * the metadata or `<title>` say (that is the text "as the page writes it"); otherwise the
 * metadata title, otherwise `<title>` without its site suffix.
 */
import type { Block } from './blocks';
import { classAndId } from './dom';

/** Separators between the headline and the site or channel name in `<title>`. */
const TITLE_SEPARATORS = /\s+[|\-–—·•»:]\s+|\s*[_｜|]\s*|\s+-\s*|\s*--\s*/;
/** Class names of elements that hold a headline on sites without `<h1>`. */
const TITLE_CLASS = /(?:^|[\s_-])(?:title|headline|heading|biaoti|tit|article-title|news-title|post-title|entry-title|story-title)(?:$|[\s_-])/;
/** Shortest headline we accept from a heading (shorter ones are section labels). */
const MIN_HEADING_LENGTH = 4;

/** Comparable form of a title: NFKC, no whitespace or quotes, lower case. */
export function titleKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s"'“”‘’「」《》]/g, '').toLowerCase();
}

/** `<title>` split into its parts: the headline part and the site name part, when separable. */
export function splitDocumentTitle(title: string): { headline: string; site?: string } {
  const parts = title.split(TITLE_SEPARATORS).map((part) => part.trim()).filter(Boolean);
  if (parts.length < 2) return { headline: title.trim() };
  const longest = parts.reduce((best, part) => (part.length > best.length ? part : best), '');
  const first = parts[0]!;
  const headline = first.length >= longest.length * 0.6 ? first : longest;
  const last = parts[parts.length - 1]!;
  return { headline, site: last !== headline && last.length <= 30 ? last : undefined };
}

export interface TitleChoice {
  title: string;
  /** The block holding the headline on the page, when there is one. */
  blockIndex: number | null;
}

function agrees(heading: string, reference: string): boolean {
  const a = titleKey(heading);
  const b = titleKey(reference);
  if (a.length < MIN_HEADING_LENGTH || b.length === 0) return false;
  if (a === b) return true;
  if (b.includes(a)) return a.length >= Math.min(b.length * 0.5, 10);
  if (a.includes(b)) return b.length >= a.length * 0.6;
  return false;
}

function headingRank(block: Block): number {
  if (block.kind === 'heading' && block.level === 1) return 0;
  if (block.path.slice(0, 3).some((element) => TITLE_CLASS.test(classAndId(element)))) return 1;
  if (block.kind === 'heading') return 1 + block.level;
  return 10;
}

/** Picks the headline of the page. `references`: og:title, JSON-LD headline, `<title>`. */
export function chooseTitle(blocks: readonly Block[], references: { meta?: string; documentTitle?: string; siteName?: string }): TitleChoice | null {
  const documentHeadline = references.documentTitle ? splitDocumentTitle(references.documentTitle).headline : undefined;
  const refs = [references.meta, references.documentTitle, documentHeadline].filter((value): value is string => Boolean(value));
  const candidates = blocks
    .filter((block) => block.kind !== 'image' && block.text.length >= MIN_HEADING_LENGTH && block.text.length <= 300)
    .map((block) => ({ block, rank: headingRank(block) }))
    .filter((candidate) => candidate.rank < 10)
    .sort((a, b) => a.rank - b.rank || a.block.index - b.block.index);

  let best: { block: Block; length: number } | null = null;
  for (const { block, rank } of candidates) {
    if (best && rank > headingRank(best.block)) break;
    if (refs.some((reference) => agrees(block.text, reference))) {
      if (!best || block.text.length > best.length) best = { block, length: block.text.length };
    }
  }
  if (best) return { title: best.block.text, blockIndex: best.block.index };

  const metaTitle = references.meta ? splitDocumentTitle(references.meta).headline : undefined;
  const fallback = metaTitle || documentHeadline;
  if (fallback) {
    const key = titleKey(fallback);
    const onPage = blocks.find((block) => block.kind !== 'image' && titleKey(block.text) === key);
    return { title: fallback, blockIndex: onPage ? onPage.index : null };
  }
  const h1 = candidates.find((candidate) => candidate.rank === 0 && titleKey(candidate.block.text) !== titleKey(references.siteName ?? ''));
  if (h1) return { title: h1.block.text, blockIndex: h1.block.index };
  return null;
}
