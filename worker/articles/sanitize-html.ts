/**
 * The Worker's own HTML sanitiser for the article `html` field: it never trusts the client.
 *
 * The input is tokenised and the output is *rebuilt* only from allowed tags and attributes with
 * every text and attribute value escaped, so whatever the tokeniser makes of hostile markup, the
 * result can hold no script, style, event handler or javascript: URL. Pure TypeScript (no DOM,
 * no HTMLRewriter), so the same code runs in workerd and in the Node benchmark.
 */

/** Structural and inline tags kept, with the attributes each may carry (besides GLOBAL_ATTRIBUTES). */
const ALLOWED_TAGS: Record<string, readonly string[]> = {
  p: [], br: [], hr: [], wbr: [],
  h1: [], h2: [], h3: [], h4: [], h5: [], h6: [],
  ul: [], ol: ['start', 'reversed'], li: [], dl: [], dt: [], dd: [],
  blockquote: ['cite'], q: ['cite'], pre: [], code: [], kbd: [], samp: [],
  em: [], strong: [], b: [], i: [], u: [], s: [], del: [], ins: [], sub: [], sup: [], small: [], mark: [],
  cite: [], abbr: ['title'], time: ['datetime'], span: [], div: [], section: [], article: [],
  figure: [], figcaption: [], img: ['src', 'alt', 'title', 'width', 'height'], a: ['href', 'title'],
  table: [], caption: [], thead: [], tbody: [], tfoot: [], tr: [], th: ['colspan', 'rowspan', 'scope'],
  td: ['colspan', 'rowspan'], ruby: [], rt: [], rp: [],
};
/** Attributes allowed on every kept tag. */
const GLOBAL_ATTRIBUTES = ['lang', 'dir'];
/** Attributes holding URLs: only absolute http(s) (and mailto for links) survive. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);
const URL_PROTOCOLS: Record<string, readonly string[]> = {
  href: ['http:', 'https:', 'mailto:'],
  src: ['http:', 'https:'],
  cite: ['http:', 'https:'],
};
/** Tags without an end tag. */
const VOID_TAGS = new Set(['br', 'hr', 'wbr', 'img', 'input', 'meta', 'link', 'source', 'area', 'base', 'col', 'embed', 'param', 'track']);
/** Tags whose content is raw text up to their end tag: dropped whole. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext']);
/** Tags dropped together with everything inside them (active or foreign content, forms, media). */
const DROPPED_CONTAINERS = new Set(['svg', 'math', 'template', 'object', 'select', 'button', 'form', 'video', 'audio', 'canvas', 'head', 'frameset']);

/** Character references a URL may hide a scheme behind (`javascript&colon;`), decoded before checking. */
const NAMED_REFERENCES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", colon: ':', tab: '\t', newline: '\n', sol: '/',
  lpar: '(', rpar: ')', period: '.', comma: ',', semi: ';', equals: '=', num: '#', quest: '?', nbsp: '\u00a0',
};

const WELL_FORMED_REFERENCE = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** Characters escapeText may change: in element content, and in a quoted attribute value. */
const TEXT_SPECIAL = /[&<>]/g;
const ATTRIBUTE_SPECIAL = /[&<>"]/g;

/**
 * Escapes text for element content (and `quote`: a double-quoted attribute value): keeps
 * well-formed character references, escapes the rest. Text between special characters is
 * copied in slices: most text has few or none.
 */
function escapeText(text: string, quote = false): string {
  const special = quote ? ATTRIBUTE_SPECIAL : TEXT_SPECIAL;
  special.lastIndex = 0;
  let out = '';
  let copied = 0;
  for (let match = special.exec(text); match; match = special.exec(text)) {
    const i = match.index;
    const c = text[i]!;
    out += text.slice(copied, i);
    if (c === '&') out += WELL_FORMED_REFERENCE.test(text.slice(i, i + 40)) ? '&' : '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else out += '&quot;';
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

function decodeReferences(value: string): string {
  return value.replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return NAMED_REFERENCES[ref.toLowerCase()] ?? whole;
  });
}

/** A URL attribute's value, made safe, or null to drop it. */
function safeUrl(attribute: string, raw: string): string | null {
  // Browsers strip controls and whitespace inside schemes (`java\tscript:`); so do we before parsing.
  const decoded = decodeReferences(raw).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  let url: URL;
  try {
    url = new URL(decoded);
  } catch {
    return null;
  }
  return (URL_PROTOCOLS[attribute] ?? []).includes(url.protocol) ? url.href.replace(/&/g, '&amp;').replace(/"/g, '%22') : null;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;
/** An attribute source in which {@link ATTRIBUTE} finds no attribute: only spaces and slashes. */
const NO_ATTRIBUTES = /^[\s/]*$/;

function renderAttributes(tag: string, source: string, note: () => void): string {
  const allowed = ALLOWED_TAGS[tag] ?? [];
  let out = '';
  const seen = new Set<string>();
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    if (seen.has(name) || (!allowed.includes(name) && !GLOBAL_ATTRIBUTES.includes(name))) {
      note();
      continue;
    }
    seen.add(name);
    if (URL_ATTRIBUTES.has(name)) {
      const url = safeUrl(name, value);
      if (url === null) {
        note();
        continue;
      }
      out += ` ${name}="${url}"`;
    } else {
      out += ` ${name}="${escapeText(value, true)}"`;
    }
  }
  return out;
}

/** UTF-8 length of a string without encoding it. */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? 4 : code >= 0xdc00 && code < 0xe000 ? 0 : 3;
  }
  return bytes;
}

/** What sanitising did. */
export interface SanitizedHtml {
  html: string;
  /** Something was removed (a tag, attribute, URL, comment or dropped content). */
  changed: boolean;
  /** The output was cut at `maxBytes`. */
  truncated: boolean;
}

/** Room kept for closing the tags still open when output is cut. */
const CLOSING_RESERVE = 4096;

/**
 * Sanitises article HTML against an allow-list: disallowed tags are unwrapped (their text kept),
 * scripts, styles, frames and foreign content are dropped with their content, attributes are
 * limited per tag, URLs must be absolute http(s). The result is well-formed (every kept tag
 * closed) and at most `maxBytes` of UTF-8.
 */
export function sanitizeHtml(input: string, maxBytes = Infinity): SanitizedHtml {
  let out = '';
  let bytes = 0;
  let changed = false;
  let truncated = false;
  const note = () => {
    changed = true;
  };
  const open: string[] = [];
  let dropping: { tag: string; depth: number } | null = null;
  const budget = maxBytes - CLOSING_RESERVE;

  const emit = (piece: string): boolean => {
    const size = utf8Length(piece);
    if (bytes + size > budget) {
      truncated = true;
      return false;
    }
    out += piece;
    bytes += size;
    return true;
  };

  let i = 0;
  const n = input.length;
  while (i < n) {
    const lt = input.indexOf('<', i);
    const textEnd = lt === -1 ? n : lt;
    if (textEnd > i) {
      if (!dropping && !emit(escapeText(input.slice(i, textEnd)))) break;
      i = textEnd;
      continue;
    }
    // At a '<'.
    if (input.startsWith('<!--', i)) {
      const end = input.indexOf('-->', i + 4);
      i = end === -1 ? n : end + 3;
      note();
      continue;
    }
    const next = input[i + 1] ?? '';
    if (next === '!' || next === '?') {
      const end = input.indexOf('>', i + 2);
      i = end === -1 ? n : end + 1;
      note();
      continue;
    }
    const tagMatch = /^<(\/?)([A-Za-z][A-Za-z0-9:-]*)/.exec(input.slice(i, i + 64));
    if (!tagMatch) {
      // A '<' that starts no tag is text.
      if (!dropping && !emit('&lt;')) break;
      i += 1;
      continue;
    }
    const closing = tagMatch[1] === '/';
    const tag = tagMatch[2]!.toLowerCase();
    // Find the end of the tag, skipping quoted attribute values.
    let j = i + tagMatch[0].length;
    let quote = '';
    for (; j < n; j++) {
      const c = input[j]!;
      if (quote) {
        if (c === quote) quote = '';
      } else if (c === '"' || c === "'") quote = c;
      else if (c === '>') break;
    }
    const attributeSource = input.slice(i + tagMatch[0].length, j);
    i = j + 1;

    if (dropping) {
      if (tag === dropping.tag) dropping.depth += closing ? -1 : 1;
      if (dropping.depth === 0) dropping = null;
      continue;
    }
    if (!closing && RAW_TEXT_TAGS.has(tag)) {
      note();
      const endTag = new RegExp(`</${tag}`, 'ig');
      endTag.lastIndex = i;
      const end = endTag.exec(input)?.index ?? -1;
      if (end === -1) i = n;
      else {
        const close = input.indexOf('>', end);
        i = close === -1 ? n : close + 1;
      }
      continue;
    }
    if (DROPPED_CONTAINERS.has(tag)) {
      note();
      if (!closing && !VOID_TAGS.has(tag) && !attributeSource.trimEnd().endsWith('/')) dropping = { tag, depth: 1 };
      continue;
    }
    if (!(tag in ALLOWED_TAGS)) {
      note();
      continue;
    }
    if (closing) {
      const at = open.lastIndexOf(tag);
      if (at === -1) {
        note();
        continue;
      }
      let closed = '';
      while (open.length > at) closed += `</${open.pop()}>`;
      if (!emit(closed)) break;
      continue;
    }
    // Most tags carry no attribute (or only a self-closing slash), which renders as nothing.
    const attributes = NO_ATTRIBUTES.test(attributeSource) ? '' : renderAttributes(tag, attributeSource, note);
    const rendered = `<${tag}${attributes}>`;
    if (!emit(rendered)) break;
    if (!VOID_TAGS.has(tag)) open.push(tag);
  }
  while (open.length) out += `</${open.pop()}>`;
  return { html: out, changed: changed || truncated, truncated };
}
