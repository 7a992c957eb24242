import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../shared/search/search-text';
import { highlightSnippet } from '../../shared/search/snippet';
import { toSimplified } from '../../shared/text/han-script';

const needlesOf = (query: string) => parseSearchQuery(query)!.needles;
/** The marked parts of a snippet. */
const marks = (snippet: string) => [...snippet.matchAll(/<mark>(.*?)<\/mark>/gu)].map((m) => m[1]);

describe('highlightSnippet', () => {
  it('marks a hit in the other script far into a long body, with its context', () => {
    const filler = '会议还研究了其他事项，并部署下一阶段工作。'.repeat(200); // ~4,000 characters
    const snippet = highlightSnippet(`${filler}立法會今日通過《環境保護條例》修訂，環保團體表示歡迎。${filler}`, needlesOf('环保'));
    expect(marks(snippet)).toEqual(['環保']);
    expect(snippet).toMatch(/^…/u);
    expect(snippet).toContain('<mark>環保</mark>團體表示歡迎');
  });

  it('finds no hit where the characters of a word occur only apart', () => {
    const text = `环境问题，保护为先。${'其他事项。'.repeat(300)}保留意见，环顾四周。`;
    const snippet = highlightSnippet(text, needlesOf('环保'));
    expect(marks(snippet)).toEqual([]);
    expect(snippet.startsWith('环境问题')).toBe(true);
  });

  it('marks forms that fold to the query: radicals, regional variants, full width', () => {
    expect(marks(highlightSnippet('今年⽔灾严重。', needlesOf('水灾')))).toEqual(['⽔灾']); // U+2F54 KANGXI RADICAL WATER
    expect(marks(highlightSnippet('他穿著一件外套。', needlesOf('穿着')))).toEqual(['穿著']);
    expect(marks(highlightSnippet('ＣＬＩＭＡＴＥ talks', needlesOf('climate')))).toEqual(['ＣＬＩＭＡＴＥ']);
  });

  it('keeps positions right after characters whose NFKC form is longer (…, ligatures)', () => {
    const text = `${'Wait… and then… '.repeat(60)}the ﬁnal levee held… until the levee broke.`;
    const snippet = highlightSnippet(text, needlesOf('levee'));
    expect(marks(snippet)).toEqual(['levee', 'levee']);
    expect(snippet).toContain('ﬁnal <mark>levee</mark> held');
  });

  it('marks an inserted hit wherever it is, and nothing in text without one (property)', () => {
    const pool = ['环', '保', '環', '護', '境', '，', '。', ' ', '…', 'a', '国', '團', '体'];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pool), { maxLength: 3000 }),
        fc.constantFrom('环保', '環保', '环保'),
        fc.nat(),
        (chars, form, at) => {
          const filler = chars.join('');
          fc.pre(!toSimplified(filler).includes('环保'));
          expect(marks(highlightSnippet(filler, needlesOf('环保')))).toEqual([]);
          const cut = at % (filler.length + 1);
          const text = `${filler.slice(0, cut)}${form}${filler.slice(cut)}`;
          // The first hit is the inserted one unless the insertion joins a neighbour into a form.
          const hit = marks(highlightSnippet(text, needlesOf('环保')));
          expect(hit.length).toBeGreaterThanOrEqual(1);
          expect(hit.every((mark) => toSimplified(mark!) === '环保')).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
