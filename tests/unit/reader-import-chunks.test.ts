import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunkLines, IMPORT_CHUNK } from '../../worker/reader/import-chunks';

describe('chunkLines (the reader page splitting an import)', () => {
  it('keeps every line, in order, within the line and byte limits', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 60 }).filter((s) => !s.includes('\n') && s.trim() !== ''), { maxLength: 400 }), (lines) => {
        const limits = { lines: 7, bytes: 300 };
        const chunks = chunkLines(lines.join('\n'), limits);
        expect(chunks.flatMap((chunk) => chunk.split('\n'))).toEqual(lines);
        for (const chunk of chunks) {
          const parts = chunk.split('\n');
          expect(parts.length).toBeLessThanOrEqual(limits.lines);
          if (parts.length > 1) expect(new TextEncoder().encode(chunk).byteLength).toBeLessThanOrEqual(limits.bytes);
        }
      }),
      { numRuns: 200, seed: 17 },
    );
  });

  it('drops blank lines and stays below what the Worker accepts', () => {
    expect(chunkLines('a\n\n  \nb\n')).toEqual(['a\nb']);
    expect(IMPORT_CHUNK.lines).toBeLessThanOrEqual(200);
    expect(IMPORT_CHUNK.bytes).toBeLessThan(8 * 1024 * 1024);
  });
});
