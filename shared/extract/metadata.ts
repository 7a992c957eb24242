/**
 * Metadata the page declares outside its visible text: `<meta>` (name, property, itemprop,
 * http-equiv), OpenGraph, Twitter cards, Dublin Core, `<link rel>`, `<time>` and JSON-LD.
 * Each field is a priority list of keys (first present wins), so the order below is the policy.
 */
import { stripBylinePrefix } from './byline';
import { classAttribute, tagName } from './dom';
import { elementsNamed, filterElements, hasToken } from './element-list';
import { ARTICLE_TYPES, readJsonLd } from './json-ld';
import { repairMisreadUtf8 } from './misread-utf8';

/** Keys holding the headline. */
const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'dcterms.title', 'parsely-title', 'sailthru.title', 'headline', 'title'];
/** Keys holding the publication time, most specific first. */
const PUBLISHED_KEYS = [
  'article:published_time', 'og:article:published_time', 'article:published', 'article.published', 'datepublished', 'published_time',
  'publishdate', 'publish_date', 'publish-date', 'pubdate', 'pub_date', 'publication_date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dcterms.created', 'citation_publication_date',
  'citation_date', 'weibo: article:create_at', 'article:create_at', 'date', 'datecreated',
  'originalpublicationdate', 'created', 'displaydate',
];
/**
 * OpenGraph's key for the day a story first went out: CMSs and their SEO plugins fill it from the
 * post's own publish field and keep it apart from later changes (`article:modified_time`).
 */
const FIRST_PUBLICATION_KEYS = ['article:published_time', 'og:article:published_time'];
/** Keys naming only `a date` of the page: many CMSs fill them with the last change (TYPO3's `<meta name="date">`). */
const GENERIC_DATE_KEYS = ['dc.date', 'dcterms.date', 'date'];
/**
 * CMS-specific keys not listed above (`w-published-date`, `sailthru.published_time`,
 * `article.publish-date`): a publish word closing the key, with an optional date or time word.
 * `publisher` does not match (the word must end the key or precede date/time).
 */
const PUBLISHED_KEY_PATTERN = /(?:^|[-_:.])(?:published|publish|pub|release|posted)(?:[-_]?(?:date|time|at|on))?$/;
/**
 * A publish key in the page's other scripts (app state, analytics objects): `"datePublished":"…"`,
 * `publishDate = '…'`, `\"published_at\":\"…\"`, `pubtime: "…"` (portal app state), `var publish_time = "…"`
 * (WeChat-style pages, which write the shown date by script). Weaker than declared metadata, so read only
 * when the page declares and shows no date.
 */
const SCRIPT_PUBLISHED_KEY = /\b(?:date_?published|publish(?:ed)?_?(?:date|time)|published_?at|first_?published_?at|pub_?(?:date|time)|publication_?date)\\?["']?\s*[:=]\s*\\?["']([^"'\\]{8,40})["'\\]/gi;
/**
 * The post's author as a CMS hands it to its analytics in a script (`"pagePostAuthor":"Krystyna"`,
 * the data layer a common WordPress tag-manager plugin writes on every post).
 */
const SCRIPT_AUTHOR_KEY = /"pagePostAuthor"\s*:\s*"([^"\\]{2,60})"/;
/** The same data layer's post type for a shop's product: its author is the account that listed it, no writer. */
const SCRIPT_PRODUCT_TYPE = /"pagePostType"\s*:\s*"product"/;
/**
 * CMS-specific last-change keys not listed below (`modified-date`, `last-updated-time`,
 * `dateUpdate`): a change word closing the key, with an optional date or time word.
 */
const MODIFIED_KEY_PATTERN = /(?:^|[-_:.]|date)(?:modified|updated?)(?:[-_]?(?:date|time|at|on))?$/;
/** Keys holding the last modification time. */
const MODIFIED_KEYS = ['article:modified_time', 'og:updated_time', 'datemodified', 'dcterms.modified', 'dc.date.modified', 'last-modified', 'lastmod', 'weibo: article:update_at', 'modified'];
/** Keys naming authors (values that are URLs or handles are dropped later, by byline.ts's isPlausibleName). */
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'citation_author', 'byl', 'byline', 'authors', 'creator'];
/**
 * Twitter card label pairs (`twitter:label1` = `Written by`, `twitter:data1` = the name) that
 * SEO plugins write; the label says which datum is the writer.
 */
const TWITTER_LABEL_PAIRS = 4;
const WRITER_LABEL = /^(?:written by|author|by)$/i;
const SITE_NAME_KEYS = ['og:site_name', 'application-name', 'al:ios:app_name', 'publisher', 'dc.publisher', 'copyright'];
const DESCRIPTION_KEYS = ['og:description', 'description', 'twitter:description', 'dc.description'];
const KEYWORD_KEYS = ['news_keywords', 'keywords', 'article:tag', 'parsely-tags'];
const IMAGE_KEYS = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src', 'thumbnail'];
const LANG_KEYS = ['content-language', 'og:locale', 'language', 'dc.language'];
/** Keys some Chinese CMSs use for the originating outlet (来源). */
const SOURCE_KEYS = ['source', 'article:source', 'mediaid', 'og:source'];

export interface PageMetadata {
  title?: string;
  /** The JSON-LD headline of the page's article item (not a page's or a product's name). */
  headline?: string;
  documentTitle?: string;
  description?: string;
  siteName?: string;
  authors: string[];
  /** Writers named only by the Twitter card labels: the CMS account that posted, so weaker than a byline. */
  cardAuthors: string[];
  /** Declared authors that are organisations (JSON-LD type, or the site's or publisher's name). */
  authorOrganisations: string[];
  published: string[];
  /** Whether the first published value comes from a key naming only `a date` (GENERIC_DATE_KEYS). */
  publishedGeneric: boolean;
  /** OpenGraph's `article:published_time`, when the page declares it (FIRST_PUBLICATION_KEYS). */
  openGraphPublished?: string;
  modified: string[];
  /**
   * Publish values found in scripts other than JSON-LD (SCRIPT_PUBLISHED_KEY), in page order.
   * Read on demand: a last resort, and the page's scripts can be large.
   */
  scriptPublished: () => string[];
  /** The post's author a script declares (SCRIPT_AUTHOR_KEY); read on demand, a last resort. */
  scriptAuthor: () => string | undefined;
  /** The short texts of elements whose class names a date (DATE_CLASS_SELECTOR), in page order; read on demand. */
  classedDates: () => string[];
  keywords: string[];
  image?: string;
  canonical?: string;
  ogUrl?: string;
  lang?: string;
  ogType?: string;
  source?: string;
  jsonLdTypes: string[];
  /** The software the page declares it was made with (`<meta name="generator">`). */
  generator?: string;
}

type MetaMap = Map<string, string[]>;

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Entities a CMS escaped twice (`&amp;#x26;` arrives as `&#x26;`): decoded once more. */
export function decodeLeftoverEntities(value: string): string {
  if (!value.includes('&')) return value;
  return value.replace(/&(?:#x([0-9a-f]{1,6})|#(\d{1,7})|(amp|lt|gt|quot|apos|nbsp));/gi, (whole, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

function readMetaTags(document: Document): MetaMap {
  const map: MetaMap = new Map();
  for (const meta of elementsNamed(document, 'meta')) {
    const content = meta.getAttribute('content');
    if (content === null) continue;
    const value = repairMisreadUtf8(decodeLeftoverEntities(content)).replace(/\s+/g, ' ').trim();
    if (!value) continue;
    // One tag may name itself several ways (`property="article:published" itemprop="datePublished dateCreated"`).
    const keys = [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('http-equiv'), ...(itemprop(meta) ?? '').split(/\s+/)];
    for (const key of new Set(keys.map((raw) => raw?.trim().toLowerCase()).filter((key): key is string => Boolean(key)))) {
      const list = map.get(key);
      if (list) list.push(value);
      else map.set(key, [value]);
    }
  }
  return map;
}

function first(map: MetaMap, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = map.get(key)?.[0];
    if (value) return value;
  }
  return undefined;
}

function all(map: MetaMap, keys: readonly string[]): string[] {
  return keys.flatMap((key) => map.get(key) ?? []);
}

/** Values of keys the list does not name but `pattern` recognises, in document order. */
function matching(map: MetaMap, known: readonly string[], pattern: RegExp): string[] {
  const out: string[] = [];
  for (const [key, values] of map) if (pattern.test(key) && !known.includes(key)) out.push(...values);
  return out;
}

/** A comment thread's container (`#comments`, `.comment-list`, `.comment-metadata`): its times date the comments, not the page. */
const COMMENT_CONTAINER = '#comments,.comments,.comment,.comment-list,.commentlist,.comment-meta,.comment-metadata';
/**
 * An event listing's date (`<span class="event-date"><time datetime="2021-03-20">`): when something
 * happens, not when the page was published. Only the element's and its parent's class names count
 * (a page's body may be classed by an events plugin).
 */
const EVENT_CLASS = /event|calendar|upcoming/i;

function isEventDate(element: Element): boolean {
  return EVENT_CLASS.test(`${classAttribute(element) ?? ''} ${element.parentElement ? classAttribute(element.parentElement) ?? '' : ''}`);
}

/** An element's `itemprop`, also as React writes it (`itemProp`: browsers fold attribute names to lower case, some DOMs do not). */
function itemprop(element: Element): string | null {
  return element.getAttribute('itemprop') ?? element.getAttribute('itemProp');
}

/**
 * Elements that carry a date: `[itemprop=datePublished]`, `[itemprop=dateModified]`, `<time>`, `abbr.published`, `abbr.timeago`, `[pubdate]`.
 * `tag`: the element's tag name, lower case (element-list.ts filterElements), as for isDateClassed.
 */
export function isDateElement(element: Element, tag: string): boolean {
  if (tag === 'time') return true;
  if (!element.hasAttributes()) return false;
  const property = itemprop(element);
  if (property === 'datePublished' || property === 'dateModified' || element.hasAttribute('pubdate')) return true;
  // jQuery timeago's `<abbr class="timeago" title="2021-03-04T10:05:00+01:00">hace 3 años</abbr>` too.
  return tag === 'abbr' && (hasToken(element, 'class', 'published') || hasToken(element, 'class', 'timeago'));
}

/** Dates written on elements rather than in meta: `<time datetime>`, `itemprop` attributes. */
function elementDates(document: Document): { published: string[]; modified: string[] } {
  const published: string[] = [];
  const modified: string[] = [];
  // `dateTime` as React writes it: browsers fold attribute names to lower case, some DOMs do not.
  for (const element of filterElements(document, isDateElement)) {
    const datetime = element.getAttribute('datetime') ?? element.getAttribute('dateTime');
    if (tagName(element) === 'time' && datetime === null && !element.hasAttribute('pubdate') && itemprop(element) === null) continue;
    if (element.closest(COMMENT_CONTAINER) || isEventDate(element)) continue;
    const value = datetime ?? element.getAttribute('content') ?? element.getAttribute('title') ?? element.textContent ?? '';
    if (!value.trim()) continue;
    if (itemprop(element) === 'dateModified') modified.push(value.trim());
    else published.push(value.trim());
  }
  return { published, modified };
}

/**
 * Elements whose class or id names a date (`<p class="date">`, `<div class="single-post-date">`,
 * `<span class="_publishingdate">`), and `<time>` elements without a datetime (`<time>2024.05.12
 * 21:36:08</time>`), not an update's or a comment's: their short text, in page order. The weakest
 * evidence, for pages nothing else dates.
 */
const DATE_CLASS = /date|Date|datum|Datum|publish|Publish|posted/;

export function isDateClassed(element: Element, tag: string): boolean {
  if (tag === 'time') return true;
  return element.hasAttributes() && (DATE_CLASS.test(classAttribute(element) ?? '') || (element.getAttribute('id') ?? '').includes('date'));
}
const NOT_PUBLISH_CLASS = /update|modif|comment|reply|validat|candidat|mandat/i;
const MAX_DATE_ELEMENT_TEXT = 80;
const MAX_DATE_ELEMENTS = 20;

function classedDates(document: Document): string[] {
  const values: string[] = [];
  for (const element of filterElements(document, isDateClassed)) {
    if (NOT_PUBLISH_CLASS.test(`${classAttribute(element) ?? ''} ${element.getAttribute('id') ?? ''}`)) continue;
    // A calendar badge's parts, each in its own element (`<span>04</span><span>mars</span><span>2019</span>`), are read apart.
    const text = Array.from(element.childNodes, (node) => node.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
    if (text.length > 0 && text.length <= MAX_DATE_ELEMENT_TEXT) values.push(text);
    if (values.length >= MAX_DATE_ELEMENTS) break;
  }
  return values;
}

function scriptPublishedDates(document: Document): string[] {
  const values: string[] = [];
  for (const script of elementsNamed(document, 'script')) {
    const source = script.textContent ?? '';
    for (const match of source.matchAll(SCRIPT_PUBLISHED_KEY)) values.push(match[1]!);
  }
  return values;
}

function scriptAuthor(document: Document): string | undefined {
  for (const script of elementsNamed(document, 'script')) {
    const source = script.textContent ?? '';
    const match = SCRIPT_AUTHOR_KEY.exec(source);
    if (match) return SCRIPT_PRODUCT_TYPE.test(source) ? undefined : match[1]!.trim();
  }
  return undefined;
}

function linkHref(document: Document, rel: string): string | undefined {
  for (const link of elementsNamed(document, 'link')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')?.trim();
    if (href && rels.includes(rel)) return href;
  }
  return undefined;
}

/** Words that close a name as a software maker's, not a person's (`Discuz! Team`). */
const MAKER_WORDS = /^(?:team|inc|ltd|llc|group|developers?|project)\b/i;

/**
 * A meta author that names the makers of the software the page declares as its generator
 * (`generator` `Discuz! X3.4`, `author` `Discuz! Team and Comsenz UI Team`): a credit the
 * software writes on every page, not the writer's; so is an author that words the generator
 * exactly. A person who shares the product's name (`Hugo Chávez` on a site Hugo built) is no maker.
 */
function namesGenerator(author: string, meta: MetaMap): boolean {
  const generator = meta.get('generator')?.[0]?.trim();
  if (!generator) return false;
  // The same credit in both (`PMJS - Coordenadoria de TI`, the web team that built the site).
  if (author.trim().toLowerCase() === generator.toLowerCase()) return true;
  const product = generator.split(/\s+/)[0]!;
  if (product.length < 3 || !author.toLowerCase().startsWith(`${product.toLowerCase()} `)) return false;
  return MAKER_WORDS.test(author.slice(product.length).trim());
}

/** Names that the Twitter card labels as the writer (`twitter:label1` `Written by`, `twitter:data1` the name). */
function twitterCardWriters(meta: MetaMap): string[] {
  const names: string[] = [];
  for (let pair = 1; pair <= TWITTER_LABEL_PAIRS; pair += 1) {
    const label = meta.get(`twitter:label${pair}`)?.[0];
    const data = meta.get(`twitter:data${pair}`)?.[0];
    if (label && data && WRITER_LABEL.test(label)) names.push(data);
  }
  return names;
}

/** Reads the declared metadata of `document`. Never modifies it. */
export function readMetadata(document: Document): PageMetadata {
  const meta = readMetaTags(document);
  const { article: jsonLd, types: jsonLdTypes } = readJsonLd(document);
  const timeElements = elementDates(document);
  const titleElement = elementsNamed(document, 'title')[0];
  const documentTitle = repairMisreadUtf8(titleElement?.textContent ?? '').replace(/\s+/g, ' ').trim() || undefined;

  const authors = [...(jsonLd?.authors ?? []), ...all(meta, AUTHOR_KEYS).filter((name) => !namesGenerator(name, meta))].map(stripBylinePrefix).filter(Boolean);
  const published = [jsonLd?.datePublished, ...all(meta, PUBLISHED_KEYS), ...matching(meta, PUBLISHED_KEYS, PUBLISHED_KEY_PATTERN), ...timeElements.published].filter((value): value is string => Boolean(value));
  const modified = [jsonLd?.dateModified, ...all(meta, MODIFIED_KEYS), ...matching(meta, MODIFIED_KEYS, MODIFIED_KEY_PATTERN), ...timeElements.modified].filter((value): value is string => Boolean(value));
  const keywordValues = [...(jsonLd?.keywords ?? []), ...all(meta, KEYWORD_KEYS).flatMap((value) => value.split(/[,，;；、|]/))];

  const siteName = first(meta, SITE_NAME_KEYS.slice(0, 3)) ?? jsonLd?.publisher ?? first(meta, SITE_NAME_KEYS.slice(3));
  const organisationKeys = new Set([siteName, jsonLd?.publisher].filter((name): name is string => Boolean(name)).map((name) => name.toLowerCase()));
  const declaredOrganisations = new Set((jsonLd?.authorOrganisations ?? []).map((name) => name.toLowerCase()));
  const authorOrganisations = authors.filter((name) => organisationKeys.has(name.toLowerCase()) || declaredOrganisations.has(name.toLowerCase()));
  // A portal carrying a wire or partner story names that outlet as the JSON-LD provider; one
  // that names the site itself, or a part of it (`DigitalOcean Community`), is none.
  const provider = jsonLd?.provider?.toLowerCase();
  const syndicatedFrom = provider && ![...organisationKeys].some((key) => provider.includes(key) || key.includes(provider)) ? jsonLd!.provider : undefined;

  const declaredHeadline = jsonLd?.headline ? repairMisreadUtf8(decodeLeftoverEntities(jsonLd.headline)).replace(/\s+/g, ' ').trim() || undefined : undefined;
  const articleHeadline = jsonLdTypes.some((type) => ARTICLE_TYPES.test(type)) ? declaredHeadline : undefined;

  return {
    title: first(meta, TITLE_KEYS) ?? declaredHeadline,
    headline: articleHeadline,
    documentTitle,
    description: first(meta, DESCRIPTION_KEYS) ?? jsonLd?.description,
    siteName,
    authors,
    cardAuthors: twitterCardWriters(meta),
    authorOrganisations,
    published,
    publishedGeneric: published.length > 0 && all(meta, GENERIC_DATE_KEYS).includes(published[0]!),
    openGraphPublished: first(meta, FIRST_PUBLICATION_KEYS),
    modified,
    scriptPublished: () => scriptPublishedDates(document),
    scriptAuthor: () => scriptAuthor(document),
    classedDates: () => classedDates(document),
    keywords: keywordValues.map((word) => word.trim()).filter(Boolean),
    image: first(meta, IMAGE_KEYS) ?? jsonLd?.image,
    canonical: linkHref(document, 'canonical'),
    ogUrl: first(meta, ['og:url']),
    generator: first(meta, ['generator']),
    lang: document.documentElement?.getAttribute('lang') ?? document.documentElement?.getAttribute('xml:lang') ?? first(meta, LANG_KEYS),
    ogType: first(meta, ['og:type'])?.toLowerCase(),
    source: first(meta, SOURCE_KEYS) ?? syndicatedFrom,
    jsonLdTypes,
  };
}
