/**
 * Bytes of a fetched page → text, honouring the page's character encoding the way browsers do
 * (WHATWG "determine the character encoding", simplified): byte-order mark, then the
 * Content-Type header, then a `<meta>` near the top, then UTF-8. Chinese sites still serve
 * GBK/GB2312 and Big5; workerd's TextDecoder knows every WHATWG encoding, so no tables are
 * shipped here.
 */

/** How far into the page to look for `<meta charset>` (browsers: 1024; real pages put long comments first). */
const META_PRESCAN_BYTES = 4096;

/** Byte-order marks and the encoding each one announces. */
const BYTE_ORDER_MARKS: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
];

/**
 * Declared encodings that browsers read differently from their name: a `<meta>` claiming
 * UTF-16 cannot be true (it was read as ASCII), and GB2312 pages use GBK/GB18030 characters,
 * which the GB18030 decoder (a superset) reads correctly.
 */
const ENCODING_OVERRIDES: Readonly<Record<string, string>> = {
  'utf-16le': 'utf-8',
  'utf-16be': 'utf-8',
  gbk: 'gb18030',
  'x-user-defined': 'windows-1252',
};

/** Where the encoding came from, for the clip answer and for debugging odd pages. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'default';

export interface DecodedHtml {
  html: string;
  /** The WHATWG encoding name used (`utf-8`, `gb18030`, `big5`, …). */
  charset: string;
  source: CharsetSource;
}

/** The WHATWG encoding for a label, or null when the label is unknown. */
export function encodingForLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

/** The `charset` parameter of a Content-Type value, if any. */
function charsetFromContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? encodingForLabel(match[1]!) : null;
}

/**
 * Finds `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` in the
 * first bytes, read as Latin-1 so that any ASCII-compatible encoding can be sniffed.
 */
function charsetFromMeta(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, META_PRESCAN_BYTES));
  const withoutComments = head.replace(/<!--[\s\S]*?-->/g, '');
  for (const [tag] of withoutComments.matchAll(/<meta\b[^>]*>/gi)) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct) {
      const encoding = encodingForLabel(direct[1]!);
      if (encoding) return encoding;
    }
  }
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/**
 * Picks the encoding of an HTML page and decodes it. Never throws: bytes that do not fit the
 * encoding become U+FFFD, as in a browser.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string | null): DecodedHtml {
  for (const { bytes: mark, encoding } of BYTE_ORDER_MARKS) {
    if (startsWith(bytes, mark)) {
      return { html: new TextDecoder(encoding).decode(bytes), charset: encoding, source: 'bom' };
    }
  }
  const fromHeader = charsetFromContentType(contentType);
  const fromMeta = fromHeader ? null : charsetFromMeta(bytes);
  const declared = fromHeader ?? fromMeta;
  const charset = declared ? (ENCODING_OVERRIDES[declared] ?? declared) : 'utf-8';
  const source: CharsetSource = fromHeader ? 'header' : fromMeta ? 'meta' : 'default';
  return { html: new TextDecoder(charset).decode(bytes), charset, source };
}
