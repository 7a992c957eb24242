/**
 * Atom 1.0 (RFC 4287) feeds of clipped articles, for feed readers that cannot send headers.
 * Everything page-derived is escaped; characters XML 1.0 cannot hold at all are dropped, since
 * a single stray control character makes the whole feed unreadable to a strict parser.
 */

/** One entry of the feed. */
export interface AtomEntry {
  /** Permanent, unique IRI of the entry (RFC 4287 §4.2.6). */
  id: string;
  title: string;
  /** The original page. */
  link: string;
  /** When the entry last changed (ISO 8601). */
  updated: string;
  published?: string;
  authors: readonly string[];
  /** Plain-text summary shown by readers in lists. */
  summary?: string;
  /** Sanitised HTML body (sent escaped as `type="html"`). */
  contentHtml?: string;
  /** Plain-text body, used when there is no HTML. */
  contentText?: string;
  lang?: string;
  categories?: readonly string[];
  /** The outlet the article came from (`<source><title>`). */
  sourceTitle?: string;
}

/** The feed itself. */
export interface AtomFeed {
  id: string;
  title: string;
  subtitle?: string;
  /** This feed's own URL (rel="self"); must not carry the feed token if the caller is cautious. */
  selfUrl: string;
  /** The human page the feed mirrors (rel="alternate"). */
  alternateUrl: string;
  /** Newest change among entries; falls back to `fallbackUpdated` for an empty feed. */
  fallbackUpdated: string;
  authorName: string;
  generator: { name: string; version: string };
  entries: readonly AtomEntry[];
}

/** Characters XML 1.0 does not allow anywhere, even escaped (§2.2 Char), and lone surrogates. */
const NOT_XML_CHAR =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const XML_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Escapes text for XML content or a double-quoted attribute, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML_CHAR, '').replace(/[&<>"']/g, (char) => XML_ESCAPES[char]!);
}

/** RFC 3339 date-time as Atom requires; a date-only value becomes midnight UTC of that day. */
export function atomDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return `${value}T00:00:00Z`;
  const parsed = new Date(value);
  return Number.isNaN(parsed.getTime()) ? new Date(0).toISOString() : parsed.toISOString();
}

function element(name: string, text: string, attributes: Record<string, string | undefined> = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

function attributeList(attributes: Record<string, string | undefined>): string {
  return Object.entries(attributes)
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
}

function renderEntry(entry: AtomEntry): string {
  const lines = [
    `  <entry${attributeList({ 'xml:lang': entry.lang })}>`,
    `    ${element('id', entry.id)}`,
    `    ${element('title', entry.title, { type: 'text' })}`,
    `    <link${attributeList({ rel: 'alternate', type: 'text/html', href: entry.link })}/>`,
    `    ${element('updated', atomDate(entry.updated))}`,
  ];
  if (entry.published) lines.push(`    ${element('published', atomDate(entry.published))}`);
  for (const author of entry.authors) lines.push(`    <author>${element('name', author)}</author>`);
  for (const category of entry.categories ?? []) lines.push(`    <category${attributeList({ term: category })}/>`);
  if (entry.summary) lines.push(`    ${element('summary', entry.summary, { type: 'text' })}`);
  if (entry.contentHtml) lines.push(`    ${element('content', entry.contentHtml, { type: 'html' })}`);
  else if (entry.contentText) lines.push(`    ${element('content', entry.contentText, { type: 'text' })}`);
  if (entry.sourceTitle) lines.push(`    <source>${element('title', entry.sourceTitle)}</source>`);
  lines.push('  </entry>');
  return lines.join('\n');
}

/**
 * Renders a complete Atom 1.0 document. The feed's `updated` is the newest entry's `updated`
 * (so readers see no change while nothing changed); entries appear in the order given.
 */
export function renderAtomFeed(feed: AtomFeed): string {
  const newest = feed.entries.reduce<string | undefined>((latest, entry) => {
    const updated = atomDate(entry.updated);
    return latest === undefined || updated > latest ? updated : latest;
  }, undefined);
  const head = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title, { type: 'text' })}`,
  ];
  if (feed.subtitle) head.push(`  ${element('subtitle', feed.subtitle, { type: 'text' })}`);
  head.push(
    `  <link${attributeList({ rel: 'self', type: 'application/atom+xml', href: feed.selfUrl })}/>`,
    `  <link${attributeList({ rel: 'alternate', type: 'text/html', href: feed.alternateUrl })}/>`,
    `  ${element('updated', newest ?? atomDate(feed.fallbackUpdated))}`,
    `  <author>${element('name', feed.authorName)}</author>`,
    `  ${element('generator', feed.generator.name, { version: feed.generator.version })}`,
  );
  return [...head, ...feed.entries.map(renderEntry), '</feed>', ''].join('\n');
}
