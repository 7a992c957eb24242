/**
 * Splits a JSON-lines export into the pieces POST /api/import accepts (at most 200 lines and
 * 8 MiB a request, for D1's per-request query budget), in order, blank lines dropped.
 */

/** Pieces the page sends: below the Worker's limits with room to spare. */
export const IMPORT_CHUNK = { lines: 100, bytes: 6 * 1024 * 1024 } as const;

/** The export's lines grouped into request bodies of at most `limits.lines` lines and `limits.bytes` bytes (a longer single line goes alone). */
export function chunkLines(text: string, limits: { lines: number; bytes: number } = IMPORT_CHUNK): string[] {
  const chunks: string[] = [];
  let lines: string[] = [];
  let bytes = 0;
  const encoder = new TextEncoder();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const size = encoder.encode(line).byteLength + 1;
    if (lines.length > 0 && (lines.length >= limits.lines || bytes + size > limits.bytes)) {
      chunks.push(lines.join('\n'));
      lines = [];
      bytes = 0;
    }
    lines.push(line);
    bytes += size;
  }
  if (lines.length > 0) chunks.push(lines.join('\n'));
  return chunks;
}
