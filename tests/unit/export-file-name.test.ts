import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { markdownFileName, safeFileStem, UniqueFileNames } from '../../shared/export/file-name';

describe('markdownFileName', () => {
  it('keeps a Chinese headline readable, prefixed with the publication day', () => {
    expect(
      markdownFileName({
        id: 'x1',
        title: '河北省召开中央环保督察反馈意见整改工作会议',
        publishedAt: '2018-06-20T17:59:25+08:00',
        savedAt: '2026-11-25T08:00:00Z',
      }),
    ).toBe('2018-06-20 河北省召开中央环保督察反馈意见整改工作会议.md');
  });

  it('prefixes a page dated only to its month with the month', () => {
    expect(markdownFileName({ id: 'x1', title: '犬儒病', publishedAt: '1998-03', savedAt: '2026-11-25T08:00:00Z' })).toBe('1998-03 犬儒病.md');
  });
  it('falls back to the day saved and to the id', () => {
    expect(markdownFileName({ id: 'x1', title: '???', savedAt: '2026-11-25T08:00:00Z' })).toBe('2026-11-25 x1.md');
  });
});

describe('safeFileStem', () => {
  it.each([
    ['a/b\\c:d*e?f"g<h>i|j', 'a b c d e f g h i j'],
    ['../../etc/passwd', 'etc passwd'],
    ['CON', '_CON'],
    ['nul.txt', '_nul.txt'],
    ['  ...hidden. ', 'hidden'],
    ['evil\u202egpj.exe', 'evilgpj.exe'],
    ['tab\tand\nnewline', 'tab and newline'],
    ['', 'untitled'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileStem(input)).toBe(expected);
  });

  it('cuts long titles at 200 UTF-8 bytes without splitting a character', () => {
    const stem = safeFileStem('环'.repeat(300));
    expect(new TextEncoder().encode(stem).byteLength).toBeLessThanOrEqual(200);
    expect(stem).toBe('环'.repeat(66));
  });

  it('never yields a name a file system refuses (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const stem = safeFileStem(text);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem).not.toMatch(/[<>:"/\\|?*\u0000-\u001f]/);
        expect(stem).not.toMatch(/^[ .]|[ .]$/);
        expect(new TextEncoder().encode(stem).byteLength).toBeLessThanOrEqual(200);
        expect(stem).toBe(stem.normalize('NFC'));
        expect(new TextDecoder().decode(new TextEncoder().encode(stem))).toBe(stem);
      }),
      { numRuns: 500, seed: 11 },
    );
  }, 30_000);
});

describe('UniqueFileNames', () => {
  it('numbers repeats, ignoring case', () => {
    const names = new UniqueFileNames();
    expect(names.claim('a.md')).toBe('a.md');
    expect(names.claim('A.md')).toBe('A (2).md');
    expect(names.claim('a.md')).toBe('a (3).md');
    expect(names.claim('a (2).md')).toBe('a (2) (2).md');
  });

  it('stays linear for many equal titles', () => {
    const names = new UniqueFileNames();
    const claimed = new Set(Array.from({ length: 20_000 }, () => names.claim('同名.md')));
    expect(claimed.size).toBe(20_000);
  });
});
