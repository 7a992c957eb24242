import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarize } from '../../shared/summarize';

// Words that are neither abbreviations, initials nor dateline or label shapes, so that the
// sentences built from them are exactly the sentences of the text.
const EN_WORDS = ['river', 'council', 'budget', 'school', 'market', 'storm', 'police', 'report', 'water', 'price', 'team', 'city'];
const ZH_CHARS = [...'政府会议经济市场学校河流天气价格警方城市报告球队发展建设'];

const enSentence = fc
  .array(fc.constantFrom(...EN_WORDS), { minLength: 4, maxLength: 12 })
  .chain((words) =>
    fc.constantFrom('.', '!', '?').map((end) => {
      const s = words.join(' ');
      return s[0]!.toUpperCase() + s.slice(1) + end;
    }),
  );
const zhSentence = fc
  .array(fc.constantFrom(...ZH_CHARS), { minLength: 6, maxLength: 30 })
  .chain((chars) => fc.constantFrom('。', '！', '？').map((end) => chars.join('') + end));

function checkSummary(sentences: string[], separator: string, k: number): void {
  const text = sentences.join(separator);
  const summary = summarize(text, { sentences: k });
  expect(summary.sentences.length).toBeLessThanOrEqual(k);
  expect(summary.sentences.length).toBe(Math.min(k, sentences.length));
  // Whole input sentences, in input order (identical sentences may repeat, so match positions).
  let from = 0;
  for (const s of summary.sentences) {
    const at = sentences.indexOf(s, from);
    expect(at).toBeGreaterThanOrEqual(from);
    from = at + 1;
  }
}

describe('summarize: properties on random text', () => {
  it('English: whole input sentences, in order, never more than asked', () => {
    fc.assert(
      fc.property(fc.array(enSentence, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 10 }), fc.constantFrom(' ', '\n', '\n\n'), (sentences, k, sep) =>
        checkSummary(sentences, sep, k),
      ),
      { numRuns: 300 },
    );
  });

  it('Chinese: whole input sentences, in order, never more than asked', () => {
    fc.assert(
      fc.property(fc.array(zhSentence, { minLength: 1, maxLength: 25 }), fc.integer({ min: 1, max: 10 }), fc.constantFrom('', '\n', '\n\n'), (sentences, k, sep) =>
        checkSummary(sentences, sep, k),
      ),
      { numRuns: 300 },
    );
  });

  it('never returns a label, byline or boilerplate line mixed into the text', () => {
    const noise = fc.constantFrom(
      '来源：新华社',
      '責任編輯：陳瀟',
      '（记者 张三）',
      '2018-06-20 17:59:25 来源: 河北新闻网',
      '扫码关注我们的公众号。',
      'By Jane Doe',
      'Scroll down for video',
    );
    fc.assert(
      fc.property(
        fc.array(fc.oneof(zhSentence, noise), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 1, max: 10 }),
        (lines, k) => {
          const summary = summarize(lines.join('\n'), { sentences: k });
          for (const s of summary.sentences) {
            expect(s).not.toMatch(/来源|責任編輯|记者|扫码|By Jane|Scroll down|^\d{4}-/);
          }
          const body = lines.filter((l) => ZH_CHARS.includes(l[0]!));
          expect(summary.sentences.length).toBe(Math.min(k, body.length));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary strings and returns only text that occurs in the input', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.integer({ min: -3, max: 12 }), (text, k) => {
        const summary = summarize(text, { sentences: k });
        expect(summary.sentences.length).toBeLessThanOrEqual(Math.max(1, k));
        for (const s of summary.sentences) expect(text).toContain(s);
        if (summary.sentences.length === 0) expect(summary.method).toBe('none');
      }),
      { numRuns: 500 },
    );
  });
});
