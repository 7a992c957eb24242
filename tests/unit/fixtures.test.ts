/**
 * Every fixture page is extracted and compared field by field with its hand-written
 * expected.json. Expected files change only on purpose: run with UPDATE_FIXTURES=1 to rewrite
 * the fields an expected.json already names (a fixture without expected.json fails; no
 * baseline is ever created by running the tests).
 *
 * Seed pages (seed--hebei-*): the three short lines between the info line and the body
 * (许勤主持召开省政府党组会议强调 / 坚决抓好… / 全力推动…) are a Chinese news kicker (引题/副题),
 * so they become `subtitle`, joined by newlines, and the body starts at 今天…. The closing
 * reporter credit (记者王成果) moves to `authors`, so the body ends at …会议还研究了其他事项。.
 * On the mirror, characters the mirror lost (`?jiǎng)?wù)`) stay visible as `?` with the
 * `encoding-damage` flag: nothing is silently dropped.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../shared/article';
import { extractArticle, inspectPage, isArticlePage } from '../../shared/index';
import { listFixtures, parseDocument, type Expected } from '../support/fixtures';

const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Fields every expected.json must state (null = absent), so no fixture skips the metadata. */
const REQUIRED_FIELDS = ['canonicalUrl', 'title', 'authors', 'editors', 'source', 'publishedAt', 'lang', 'flags'];

/** Word count computed independently of the extractor: Han characters plus Latin/digit runs. */
function referenceWordCount(text: string): number {
  const han = text.match(/\p{Script=Han}/gu)?.length ?? 0;
  const runs = text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
  return han + runs;
}

function htmlToText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, '');
}

const fixtures = listFixtures();

describe('extraction fixtures', () => {
  it('has the seed pages and at least four real pages', () => {
    const names = fixtures.map((fixture) => fixture.name);
    expect(names).toContain('seed--hebei-mirror');
    expect(names).toContain('seed--hebei-original');
    expect(names.filter((name) => !name.startsWith('seed--')).length).toBeGreaterThanOrEqual(4);
  });

  for (const fixture of fixtures) {
    describe(fixture.name, () => {
      it('has a hand-written expected.json', () => {
        expect(fixture.expected, `${fixture.name}: write expected.json by hand`).not.toBeNull();
      });
      if (!fixture.expected) return;
      const expected: Expected = fixture.expected;
      const article = extractArticle(parseDocument(fixture.html), { url: expected.url });

      it('matches expected.json field by field', () => {
        if (expected.article === null) {
          expect(article).toBeNull();
          return;
        }
        expect(article).not.toBeNull();
        if (!article) return;
        for (const field of REQUIRED_FIELDS) expect(Object.keys(expected.article), `${fixture.name} must state ${field}`).toContain(field);
        expect('text' in expected.article || expected.textChecks !== undefined, 'text or textChecks').toBe(true);
        const actual = article as unknown as Record<string, unknown>;
        if (UPDATE) {
          const updated = { ...expected, article: { ...expected.article } };
          for (const field of Object.keys(expected.article)) updated.article[field] = actual[field] ?? null;
          writeFileSync(join(fixture.dir, 'expected.json'), `${JSON.stringify(updated, null, 2)}\n`);
          return;
        }
        for (const [field, value] of Object.entries(expected.article)) {
          const got = actual[field] ?? null;
          if (field === 'flags') expect([...(got as string[])].sort(), field).toEqual([...(value as string[])].sort());
          else expect(got, field).toEqual(value);
        }
      });

      if (expected.article !== null && expected.textChecks) {
        it('body starts, ends and contains as the page says', () => {
          const checks = expected.textChecks!;
          const text = (article?.text ?? '').replace(/\s+/g, '');
          const squash = (value: string): string => value.replace(/\s+/g, '');
          if (checks.startsWith) expect(text.startsWith(squash(checks.startsWith)), `starts with ${checks.startsWith}`).toBe(true);
          if (checks.endsWith) expect(text.endsWith(squash(checks.endsWith)), `ends with ${checks.endsWith}`).toBe(true);
          for (const snippet of checks.contains ?? []) expect(text, 'contains').toContain(squash(snippet));
          for (const snippet of checks.notContains ?? []) expect(text, 'does not contain').not.toContain(squash(snippet));
        });
      }

      if (expected.article !== null) {
        it('is a valid schema v1 article with a consistent word count and safe html', () => {
          expect(article).not.toBeNull();
          if (!article) return;
          expect(articleSchema.safeParse(article).success).toBe(true);
          expect(article.wordCount).toBe(referenceWordCount(article.text));
          expect(article.html).not.toMatch(/<script|<style|\son\w+=|javascript:/i);
          expect(htmlToText(article.html)).toBe(article.text.replace(/\s+/g, ''));
        });
      }

      it('classifies the page type', () => {
        expect(isArticlePage(parseDocument(fixture.html), { url: expected.url })).toBe(expected.isArticlePage);
      });

      it('gives the same article and page type from one analysis (inspectPage)', () => {
        const inspected = inspectPage(parseDocument(fixture.html), { url: expected.url });
        expect(inspected.isArticle).toBe(expected.isArticlePage);
        expect(inspected.article).toEqual(article);
      });
    });
  }
});
