import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 as nodeCrc32 } from 'node:zlib';
import { unzipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc32, ZipWriter, type ZipWriterOptions } from '../../shared/export/zip';

const encoder = new TextEncoder();

function buildZip(files: Record<string, string>, options?: ZipWriterOptions): Uint8Array {
  const writer = new ZipWriter(options);
  const chunks: Uint8Array[] = [];
  for (const [name, text] of Object.entries(files)) {
    chunks.push(...writer.add({ name, data: encoder.encode(text), modified: new Date('2026-11-25T08:30:10Z') }));
  }
  chunks.push(writer.finish());
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}

const files = {
  '2018-06-20 河北省召开中央环保督察反馈意见整改工作会议.md': '---\ntitle: "河北"\n---\n# 河北\n',
  'English title.md': '# Hello\n',
  'empty.md': '',
};

describe('crc32', () => {
  it('matches zlib on any bytes (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        expect(crc32(bytes)).toBe(nodeCrc32(bytes));
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('ZipWriter', () => {
  it.each([['auto'], ['always']] as const)('writes an archive another unzipper reads back (zip64 %s)', (zip64) => {
    const unzipped = unzipSync(buildZip(files, { zip64 }));
    expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
    for (const [name, text] of Object.entries(files)) expect(new TextDecoder().decode(unzipped[name])).toBe(text);
  });

  it('passes `unzip -t` (CRC checked) and lists UTF-8 names and times', () => {
    const probe = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (probe.status !== 0) return; // Info-ZIP is not installed here; fflate above still checks the layout.
    for (const zip64 of ['auto', 'always'] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'jianbao-zip-'));
      try {
        const path = join(dir, 'export.zip');
        writeFileSync(path, buildZip(files, { zip64 }));
        const test = spawnSync('unzip', ['-t', path], { encoding: 'utf8' });
        expect(test.stdout).toContain('No errors detected');
        const list = spawnSync('unzip', ['-Z', '-T', path], { encoding: 'utf8' });
        expect(list.stdout).toContain('20261125.083010');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });

  it('refuses use after finish', () => {
    const writer = new ZipWriter();
    writer.finish();
    expect(() => writer.add({ name: 'a', data: new Uint8Array(), modified: new Date() })).toThrow(/after finish/);
  });
});
