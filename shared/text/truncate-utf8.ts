/** Cutting text to a byte budget, as storage and request limits count it. */

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Cuts `text` to at most `maxBytes` of UTF-8 without splitting a character. */
export function truncateUtf8(text: string, maxBytes: number): string {
  if (text.length * 3 <= maxBytes) return text; // no character takes more than 3 bytes per UTF-16 unit
  const bytes = encoder.encode(text);
  if (bytes.byteLength <= maxBytes) return text;
  let end = Math.max(0, maxBytes);
  while (end > 0 && (bytes[end]! & 0xc0) === 0x80) end--; // back off continuation bytes
  return decoder.decode(bytes.subarray(0, end));
}

/** UTF-8 length of `text` in bytes. */
export function utf8Length(text: string): number {
  return encoder.encode(text).byteLength;
}
