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
import { ELEMENT_NODE, beginAnalysis, classAttribute, nextInOrder, tagName } from './dom';

/** A document's elements in document order, and beside each its tag name (lower case). */
interface ElementList {
  elements: readonly Element[];
  tags: readonly string[];
}

const listed = new WeakMap<Document, ElementList>();
const byTag = new WeakMap<Document, Map<string, readonly Element[]>>();

/**
 * The document's elements in document order, as `querySelectorAll('*')` gives them: a
 * `<template>`'s content is a separate fragment, not part of the page. Each element's tag name
 * is read once here: on a parsed copy (linkedom) every element class is a shape of its own, and
 * reading the name again in each search cost more than the searches' own tests.
 */
function listElements(document: Document): ElementList {
  const elements: Element[] = [];
  const tags: string[] = [];
  // Walked node by node: stepping to the next *element* sibling scans the text between anyway.
  for (let node: Node | null = document.firstElementChild; node; ) {
    let descend = false;
    if (node.nodeType === ELEMENT_NODE) {
      const tag = tagName(node as Element);
      elements.push(node as Element);
      tags.push(tag);
      descend = tag !== 'template';
    }
    node = nextInOrder(node, document, descend);
  }
  return { elements, tags };
}

/** Runs `analyse` with the document's elements listed once for every search it makes. */
export function withElementList<T>(document: Document, analyse: () => T): T {
  if (listed.has(document)) return analyse();
  beginAnalysis();
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
  return (listed.get(document) ?? listElements(document)).elements;
}

/**
 * The document's elements that `accept` takes, in document order; `accept` is given each
 * element's tag name (lower case) as well.
 */
export function filterElements(document: Document, accept: (element: Element, tag: string) => boolean): Element[] {
  const { elements, tags } = listed.get(document) ?? listElements(document);
  const found: Element[] = [];
  for (let i = 0; i < elements.length; i += 1) if (accept(elements[i]!, tags[i]!)) found.push(elements[i]!);
  return found;
}

/** The document's elements named `tag` (lower case), in document order. */
export function elementsNamed(document: Document, tag: string): readonly Element[] {
  const list = listed.get(document);
  if (!list) return filterElements(document, (_, name) => name === tag);
  let named = byTag.get(document);
  if (!named) {
    named = new Map();
    list.tags.forEach((name, i) => {
      const same = named!.get(name) as Element[] | undefined;
      if (same) same.push(list.elements[i]!);
      else named!.set(name, [list.elements[i]!]);
    });
    byTag.set(document, named);
  }
  return named.get(tag) ?? [];
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
