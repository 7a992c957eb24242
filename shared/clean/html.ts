/**
 * The article body as sanitised HTML, built from the cleaned blocks rather than copied from the
 * page: only an allow-list of structural tags (p, h2–h4, ul/ol/li, blockquote, pre, figure, img,
 * figcaption) with escaped text, and image addresses that are plain http(s). Nothing from the
 * page's markup (scripts, styles, event handlers, javascript: URLs) can pass through.
 */
import { parseHttpUrl } from '../extract/canonical-url';

export interface HtmlBlock {
  kind: 'text' | 'heading' | 'item' | 'pre' | 'caption' | 'image';
  level: number;
  text: string;
  quoted: boolean;
  list: 'ol' | 'ul' | null;
  image?: { src: string; alt: string };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char);
}

/** Renders blocks as sanitised HTML. */
export function renderHtml(blocks: readonly HtmlBlock[]): string {
  const out: string[] = [];
  let openList: 'ol' | 'ul' | null = null;
  let inQuote = false;
  const closeList = (): void => {
    if (openList) out.push(`</${openList}>`);
    openList = null;
  };
  for (const block of blocks) {
    if (block.quoted !== inQuote) {
      closeList();
      out.push(block.quoted ? '<blockquote>' : '</blockquote>');
      inQuote = block.quoted;
    }
    if (block.kind === 'item' && block.list) {
      if (openList !== block.list) {
        closeList();
        out.push(`<${block.list}>`);
        openList = block.list;
      }
      out.push(`<li>${escapeHtml(block.text)}</li>`);
      continue;
    }
    closeList();
    if (block.kind === 'image') {
      const src = block.image && parseHttpUrl(block.image.src)?.href;
      if (src) out.push(`<figure><img src="${escapeHtml(src)}" alt="${escapeHtml(block.image?.alt ?? '')}"></figure>`);
      continue;
    }
    // h1 is the article title; body headings start at h2. A caption stands in a figure of its own.
    const tag = block.kind === 'heading' ? `h${Math.min(Math.max(block.level, 2), 4)}` : block.kind === 'pre' ? 'pre' : block.kind === 'caption' ? 'figcaption' : 'p';
    const element = `<${tag}>${escapeHtml(block.text)}</${tag}>`;
    out.push(block.kind === 'caption' ? `<figure>${element}</figure>` : element);
  }
  closeList();
  if (inQuote) out.push('</blockquote>');
  return out.join('\n');
}
