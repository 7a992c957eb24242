/**
 * Schema.org data from `<script type="application/ld+json">`: the structured description most
 * news sites give of their article. Broken JSON is skipped, never fatal.
 */
import { tagName } from './dom';
import { filterElements } from './element-list';

export interface JsonLdArticle {
  headline?: string;
  description?: string;
  datePublished?: string;
  dateModified?: string;
  authors: string[];
  /** The authors declared as organisations (`{"@type": "Organization", "name": "NDR"}`): no person wrote under those names. */
  authorOrganisations: string[];
  publisher?: string;
  /**
   * The outlet that supplied a syndicated story (`provider`, as portals that carry wire and partner
   * stories declare it, or `sourceOrganization`, as papers carrying a wire story do): the story's
   * source when it is not the publisher itself.
   */
  provider?: string;
  image?: string;
  keywords: string[];
}

/**
 * Types that describe one article (any `…Article`, blog and live-blog posts, reports, reviews):
 * their data outranks the rest, and page-type.ts counts them as evidence of an article.
 */
export const ARTICLE_TYPES = /(?:article|blogposting|socialmediaposting|(?:^|[^a-z])(?:posting|report|review))$/i;
/** Page-level types (any `…Page`, products, recipes…): used only when no article item exists. */
const PAGE_TYPES = /(?:page|(?:^|[^a-z])(?:product|recipe|howto|event|videoobject|discussionforumposting))$/i;

/** Guards against pathological JSON: deeply nested or huge graphs are cut off. */
const MAX_DEPTH = 12;
const MAX_NODES = 2000;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asList(value: Json | undefined): Json[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function firstString(value: Json | undefined): string | undefined {
  for (const item of asList(value)) {
    if (typeof item === 'string' && item.trim()) return item.trim();
    if (typeof item === 'number') return String(item);
    if (isObject(item)) {
      const inner = firstString(item['@value'] ?? item.url ?? item.name ?? item['@id']);
      if (inner) return inner;
    }
  }
  return undefined;
}

function typesOf(item: JsonObject): string[] {
  return asList(item['@type']).filter((type): type is string => typeof type === 'string');
}

/** Between names in one string (`Jane Doe and John Roe`), and between keywords (`环保，督察`). */
const NAME_SEPARATOR = /\s*(?:,|;|\band\b|、)\s*/;
const KEYWORD_SEPARATOR = /[,，;；、]/;

/** The names (or keywords) in a value: strings split at `separator`, items by their name (a person's given and family name when it has none). */
function namesIn(value: Json | undefined, separator: RegExp): string[] {
  const out: string[] = [];
  for (const item of asList(value)) {
    if (typeof item === 'string') out.push(...item.split(separator));
    else if (isObject(item)) {
      const name = firstString(item.name) ?? [firstString(item.givenName), firstString(item.familyName)].filter(Boolean).join(' ');
      if (name) out.push(name);
    }
  }
  return out.map((name) => name.trim()).filter((name) => name.length > 0);
}

function collectItems(root: Json, into: JsonObject[]): void {
  const stack: Array<{ value: Json; depth: number }> = [{ value: root, depth: 0 }];
  let seen = 0;
  while (stack.length > 0 && seen < MAX_NODES) {
    const { value, depth } = stack.pop()!;
    seen += 1;
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(value)) {
      for (const item of value) stack.push({ value: item, depth: depth + 1 });
    } else if (isObject(value)) {
      if (value['@type'] !== undefined) into.push(value);
      for (const key of ['@graph', 'mainEntity', 'mainEntityOfPage', 'itemListElement', 'hasPart']) {
        const inner = value[key];
        if (inner !== undefined && typeof inner !== 'string') stack.push({ value: inner, depth: depth + 1 });
      }
    }
  }
}

/** Schema.org types of organisations (an outlet, a broadcaster, a company) named as an author. */
const ORGANISATION_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|GovernmentOrganization|NGO|EducationalOrganization)$/;

function toArticle(item: JsonObject): JsonLdArticle {
  const publisher = asList(item.publisher).find(isObject);
  const provider = asList(item.provider ?? item.sourceOrganization).find(isObject);
  return {
    headline: firstString(item.headline) ?? firstString(item.name),
    description: firstString(item.description),
    datePublished: firstString(item.datePublished) ?? firstString(item.dateCreated) ?? firstString(item.uploadDate),
    dateModified: firstString(item.dateModified),
    authors: namesIn(item.author ?? item.creator, NAME_SEPARATOR),
    authorOrganisations: namesIn(asList(item.author ?? item.creator).filter((author) => isObject(author) && ORGANISATION_TYPES.test(String(author['@type']))), NAME_SEPARATOR),
    publisher: publisher ? firstString(publisher.name) : undefined,
    provider: provider ? firstString(provider.name) : undefined,
    image: firstString(item.image ?? item.thumbnailUrl),
    keywords: namesIn(item.keywords, KEYWORD_SEPARATOR),
  };
}

export interface JsonLdData {
  /** The first item of an article type, else the first page-level item; null when none. */
  article: JsonLdArticle | null;
  /** Every schema.org type named anywhere in the page's JSON-LD (for page-type decisions). */
  types: string[];
}

/**
 * Where JSON-LD is written: `<script type="application/ld+json">`, and the `<meta name="script:ld+json"
 * content="{…}">` that some web frameworks (Remix's meta convention) render it as. `tag`: the
 * element's tag name, lower case (element-list.ts filterElements).
 */
export function mayHoldJsonLd(element: Element, tag: string): boolean {
  return (tag === 'script' && element.hasAttribute('type')) || (tag === 'meta' && element.getAttribute('name') === 'script:ld+json');
}

/** Reads all JSON-LD blocks of `document`. */
export function readJsonLd(document: Document): JsonLdData {
  const items: JsonObject[] = [];
  for (const element of filterElements(document, mayHoldJsonLd)) {
    const inMeta = tagName(element) === 'meta';
    if (!inMeta && !(element.getAttribute('type') ?? '').toLowerCase().includes('ld+json')) continue;
    const source = (inMeta ? element.getAttribute('content') : element.textContent) ?? '';
    if (!source.trim() || source.length > 1_000_000) continue;
    try {
      collectItems(JSON.parse(source.replace(/^\s*<!--|-->\s*$/g, '')) as Json, items);
    } catch {
      // Malformed JSON-LD is common (trailing commas, raw newlines); the page has other metadata.
    }
  }
  const types = items.flatMap(typesOf);
  const article = items.find((item) => typesOf(item).some((type) => ARTICLE_TYPES.test(type)));
  if (article) return { article: toArticle(article), types };
  const page = items.find((item) => typesOf(item).some((type) => PAGE_TYPES.test(type)));
  return { article: page ? toArticle(page) : null, types };
}
