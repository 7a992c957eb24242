/**
 * The few DOM facts the extractor needs, read without relying on globals (no `Node`,
 * `HTMLElement` or `window`), so the same code runs on a live page, in workerd and on linkedom.
 */

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const CDATA_SECTION_NODE = 4;

/** Lower-case tag name of an element (HTML documents report upper case, XML-ish parsers not). */
export function tagName(element: Element): string {
  return (element.localName || element.tagName || '').toLowerCase();
}

/**
 * The element's class attribute as written. Read through its attribute node: linkedom answers
 * `getAttribute('class')` by rebuilding the string from a token set on every call, the costliest
 * attribute read of an analysis; browsers give the same string either way.
 */
export function classAttribute(element: Element): string | null {
  return element.getAttributeNode('class')?.value ?? null;
}

/** The element's class and id as one lower-case string, for matching hint tables. */
export function classAndId(element: Element): string {
  const className = classAttribute(element) ?? '';
  const id = element.getAttribute('id') ?? '';
  return `${className} ${id}`.toLowerCase();
}

/** Counts the analyses begun ({@link beginAnalysis}). */
let analysis = 0;

/**
 * Starts a new analysis of a page (element-list.ts withElementList): what perElement remembered
 * is forgotten, as a live page may have changed an element's classes since the last one.
 */
export function beginAnalysis(): void {
  analysis += 1;
}

/**
 * `compute` worked out once an element: for what is asked of the same elements again and again
 * (every block asks about each of its ancestors), and forgotten when the next analysis begins.
 * Elements are held weakly.
 */
export function perElement<T>(compute: (element: Element) => T): (element: Element) => T {
  let known = new WeakMap<Element, T>();
  let filledIn = analysis;
  return (element) => {
    if (filledIn !== analysis) {
      known = new WeakMap();
      filledIn = analysis;
    }
    const value = known.get(element);
    if (value !== undefined || known.has(element)) return value as T;
    const computed = compute(element);
    known.set(element, computed);
    return computed;
  };
}

/**
 * Whether any text under `root` is more than whitespace: `textContent.trim() !== ''` without
 * building the text of a whole page (the walk stops at the first letter).
 */
export function hasNonBlankText(root: Node): boolean {
  for (let node: Node | null = root.firstChild; node; node = nextInOrder(node, root)) {
    if ((node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) && /\S/.test((node as CharacterData).data)) return true;
  }
  return false;
}

/**
 * The node after `node` in document order below `root` (null past its end): its first child when
 * `descend`, else the next sibling of it or of its nearest ancestor below `root` that has one.
 * Iterative, so hostile nesting cannot overflow the call stack.
 */
export function nextInOrder(node: Node, root: Node, descend = true): Node | null {
  let next = descend ? node.firstChild : null;
  for (let current: Node | null = node; !next && current && current !== root; current = current.parentNode) next = current.nextSibling;
  return next;
}

/** Text of an element with whitespace collapsed (for small elements: titles, meta lines). */
export function collapsedText(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Class names that hide an element in every layout (utility classes of CSS frameworks and CMSs).
 * Responsive variants (`hidden-xs`, `d-md-none`) hide only on some screens and do not count.
 */
const HIDING_CLASSES = new Set(['hidden', 'hide', 'c_hidden', 'is-hidden', 'd-none', 'display-none', 'displaynone', 'sr-only', 'visually-hidden', 'screen-reader-text', 'element-invisible', 'visuallyhidden', 'invisible', 'u-hidden']);
/** Any of HIDING_CLASSES anywhere in a class attribute: only then are its tokens compared. */
const MAY_HIDE = new RegExp([...HIDING_CLASSES].join('|'), 'i');

/** Whether markup hides the element (hidden attribute, aria-hidden, inline display:none, hiding classes). */
export function isHidden(element: Element): boolean {
  // Most elements of a page carry no attribute at all: nothing to read then.
  if (!element.hasAttributes()) return false;
  if (element.hasAttribute('hidden')) return true;
  if (element.getAttribute('aria-hidden') === 'true') return true;
  const className = classAttribute(element);
  if (className && MAY_HIDE.test(className) && className.split(/\s+/).some((token) => HIDING_CLASSES.has(token.toLowerCase()))) return true;
  const style = element.getAttribute('style');
  return style !== null && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}
