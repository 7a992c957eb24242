/**
 * Every element of a document, listed once an analysis.
 *
 * Metadata, dates, bylines and the page test each look for a few kinds of element anywhere in
 * the page (`<meta>`, `<time>`, `[class*=author]`…). Asking the selector engine each time walks
 * the whole document a dozen times, and on a parsed copy (linkedom) each walk costs as much as
 * reading the page's text. Instead the elements are listed in one walk, and each search filters
 * that list with a plain predicate. The list is kept only while one analysis runs
 * (`withElementList`): a live page changes between analyses.
 */
import { ELEMENT_NODE, classAttribute, nextInOrder, tagName } from './dom';

const listed = new WeakMap<Document, readonly Element[]>();
const byTag = new WeakMap<Document, Map<string, readonly Element[]>>();

/**
 * The document's elements in document order, as `querySelectorAll('*')` gives them: a
 * `<template>`'s content is a separate fragment, not part of the page.
 */
function listElements(document: Document): Element[] {
  const elements: Element[] = [];
  // Walked node by node: stepping to the next *element* sibling scans the text between anyway.
  for (let node: Node | null = document.firstElementChild; node; ) {
    const element = node.nodeType === ELEMENT_NODE ? (node as Element) : null;
    if (element) elements.push(element);
    node = nextInOrder(node, document, element !== null && tagName(element) !== 'template');
  }
  return elements;
}

/** Runs `analyse` with the document's elements listed once for every search it makes. */
export function withElementList<T>(document: Document, analyse: () => T): T {
  if (listed.has(document)) return analyse();
  listed.set(document, listElements(document));
  try {
    return analyse();
  } finally {
    listed.delete(document);
    byTag.delete(document);
  }
}

/** The document's elements in document order (listed afresh outside an analysis). */
export function allElements(document: Document): readonly Element[] {
  return listed.get(document) ?? listElements(document);
}

/** The document's elements named `tag` (lower case), in document order. */
export function elementsNamed(document: Document, tag: string): readonly Element[] {
  const all = listed.get(document);
  if (!all) return allElements(document).filter((element) => tagName(element) === tag);
  let tags = byTag.get(document);
  if (!tags) {
    tags = new Map();
    for (const element of all) {
      const name = tagName(element);
      const list = tags.get(name) as Element[] | undefined;
      if (list) list.push(element);
      else tags.set(name, [element]);
    }
    byTag.set(document, tags);
  }
  return tags.get(tag) ?? [];
}

/** What separates the tokens of a list-valued attribute (`class`, `rel`, `itemprop`): HTML's whitespace. */
const TOKEN_SEPARATOR = /[ \t\n\f\r]+/;

/**
 * Whether the element's attribute `name`, split at whitespace, holds `token`: CSS `[name~=token]`.
 * `ignoreCase` for the attributes HTML compares so (`rel`, `type`); `token` is then lower case.
 */
export function hasToken(element: Element, name: string, token: string, ignoreCase = false): boolean {
  const value = name === 'class' ? classAttribute(element) : element.getAttribute(name);
  if (!value) return false;
  return value.split(TOKEN_SEPARATOR).some((part) => (ignoreCase ? part.toLowerCase() : part) === token);
}
