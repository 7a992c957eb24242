/**
 * Renders an article body for reading. The Worker stores `html` already sanitised; the page
 * still rebuilds it element by element from an allow-list (defence in depth: nothing from a
 * clipped page reaches innerHTML). The string is parsed with DOMParser into an inert document
 * (no scripts run, no images load), then copied node by node.
 */
import { el } from './element';

/** Elements copied as they are (with no attributes unless listed in ALLOWED_ATTRIBUTES). */
const ALLOWED_ELEMENTS = new Set([
  'p', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'code', 'em', 'strong',
  'b', 'i', 'u', 's', 'sub', 'sup', 'br', 'hr', 'a', 'figure', 'figcaption', 'table', 'thead',
  'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'dl', 'dt', 'dd', 'q', 'cite', 'abbr', 'time',
  'mark', 'small', 'span', 'ruby', 'rt', 'rp',
]);

/** Elements renamed: the page's own headline is the only h1; divs and sections become blocks. */
const RENAMED_ELEMENTS: Readonly<Record<string, string>> = { h1: 'h2', div: 'div', section: 'div', article: 'div' };

/** Attributes kept, per element; URLs are checked separately. */
const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
  time: ['datetime'],
  abbr: ['title'],
  ol: ['start'],
};

/** Elements dropped together with their content. */
const DROPPED_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'form', 'button', 'select', 'textarea', 'noscript']);

function isHttpUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * Images are not loaded (the page's CSP allows no third-party origin, and loading them would
 * tell the site what you read); each becomes a link to the image with its description.
 */
function imagePlaceholder(image: Element): Node {
  const src = image.getAttribute('src') ?? '';
  const label = `［图 Image${image.getAttribute('alt') ? `: ${image.getAttribute('alt')}` : ''}］`;
  return isHttpUrl(src) ? el('a', { href: src, class: 'image-link', rel: 'noopener noreferrer', target: '_blank' }, label) : el('span', { class: 'image-link' }, label);
}

function copyNode(node: Node, into: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    into.appendChild(document.createTextNode(node.textContent ?? ''));
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return;
  const source = node as Element;
  const name = source.localName;
  if (DROPPED_WITH_CONTENT.has(name)) return;
  if (name === 'img') {
    into.appendChild(imagePlaceholder(source));
    return;
  }
  const target = RENAMED_ELEMENTS[name] ?? (ALLOWED_ELEMENTS.has(name) ? name : null);
  if (target === null) {
    // Unknown wrapper: keep its content, drop the element.
    for (const child of Array.from(source.childNodes)) copyNode(child, into);
    return;
  }
  const copy = document.createElement(target);
  for (const attribute of ALLOWED_ATTRIBUTES[name] ?? []) {
    const value = source.getAttribute(attribute);
    if (value === null) continue;
    if (attribute === 'href' && !isHttpUrl(value)) continue;
    copy.setAttribute(attribute, value);
  }
  if (name === 'a' && copy.hasAttribute('href')) {
    copy.setAttribute('rel', 'noopener noreferrer');
    copy.setAttribute('target', '_blank');
  }
  for (const child of Array.from(source.childNodes)) copyNode(child, copy);
  into.appendChild(copy);
}

/**
 * The article body as DOM nodes: from the sanitised `html` when there is one, else from `text`
 * (paragraphs split at blank lines).
 */
export function renderArticleBody(html: string, text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  if (html.trim() !== '') {
    const inert = new DOMParser().parseFromString(html, 'text/html');
    for (const child of Array.from(inert.body.childNodes)) copyNode(child, fragment);
    if ((fragment.textContent ?? '').trim() !== '') return fragment;
  }
  for (const paragraph of text.split(/\n\s*\n/)) {
    if (paragraph.trim() !== '') fragment.appendChild(el('p', {}, paragraph.trim()));
  }
  return fragment;
}

/** Decodes the five entities the API's snippet escaping produces. */
const SNIPPET_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&#x27;': "'" };

function decodeSnippetText(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (entity) => SNIPPET_ENTITIES[entity] ?? entity);
}

/**
 * Renders a search snippet (HTML-escaped text with hits in `<mark>`) as text nodes and
 * `<mark>` elements; nothing else in it is interpreted.
 */
export function renderSnippet(snippet: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const parts = snippet.split(/<mark>([\s\S]*?)<\/mark>/);
  parts.forEach((part, index) => {
    const text = decodeSnippetText(part);
    if (text === '') return;
    fragment.appendChild(index % 2 === 1 ? el('mark', {}, text) : document.createTextNode(text));
  });
  return fragment;
}
