/**
 * YAML scalars that survive any string: every value is written double-quoted, with every
 * character that YAML would fold, drop or reject written as an escape.
 *
 * Why not JSON.stringify: JSON leaves U+2028/U+2029 and U+0085 raw (YAML reads them as line
 * breaks and folds them to spaces), leaves U+FEFF raw (a byte-order mark inside a document is
 * an error for some parsers) and writes lone surrogates as `\ud800`, which YAML parsers reject.
 */

/** Characters that a double-quoted YAML scalar must escape, with their short escape. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  '"': '\\"',
  '\0': '\\0',
  '\x07': '\\a',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\v': '\\v',
  '\f': '\\f',
  '\r': '\\r',
  '\x1b': '\\e',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

/**
 * Characters written as `\xXX` / `\uXXXX`: C0 and C1 controls, DEL, the BOM and the
 * non-characters U+FFFE/U+FFFF (not printable in YAML's sense).
 */
const NEEDS_NUMERIC_ESCAPE = /[\x00-\x1f\x7f-\x9f\ufeff\ufffe\uffff]/u;

/** A lone surrogate cannot be written in UTF-8 at all; it becomes U+FFFD. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Writes `value` as a double-quoted YAML scalar that any YAML 1.1/1.2 parser reads back as the
 * same string (lone surrogates, which no UTF-8 file can hold, read back as U+FFFD).
 */
export function yamlString(value: string): string {
  let out = '"';
  for (const char of value.replace(LONE_SURROGATE, '\ufffd')) {
    const short = SHORT_ESCAPES[char];
    if (short !== undefined) out += short;
    else if (NEEDS_NUMERIC_ESCAPE.test(char)) {
      const code = char.codePointAt(0)!;
      out += code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    } else out += char;
  }
  return `${out}"`;
}
