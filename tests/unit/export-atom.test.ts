import { XMLValidator } from 'fast-xml-parser';
import { parseAtomFeed } from 'feedsmith';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atomDate, escapeXml, renderAtomFeed, type AtomFeed } from '../../shared/export/atom';

const feed: AtomFeed = {
  id: 'https://clips.example/feeds/f1',
  title: 'Jianbao — clips',
  selfUrl: 'https://clips.example/feeds/secret.atom?q=%E7%8E%AF%E4%BF%9D',
  alternateUrl: 'https://clips.example/',
  fallbackUpdated: '2026-11-25T00:00:00Z',
  authorName: 'Jianbao',
  generator: { name: 'Jianbao', version: '0.1.0' },
  entries: [
    {
      id: 'https://clips.example/articles/a1',
      title: '河北省召开中央环保督察反馈意见整改工作会议 <b>&</b>',
      link: 'https://www.hebnews.cn/a/1.html?a=1&b=2',
      updated: '2026-11-25T08:00:00.000Z',
      published: '2018-06-20T17:59:25+08:00',
      authors: ['王成果'],
      summary: '省委召开会议。',
      contentHtml: '<p>6月20日，省委召开会议。</p><p>AT&amp;T</p>',
      lang: 'zh-Hans',
      categories: ['环保'],
      sourceTitle: '河北日报',
    },
    {
      id: 'https://clips.example/articles/a2',
      title: 'Bare\u0000 entry\u000b',
      link: 'https://example.com/x',
      updated: '2024-01-02',
      authors: [],
      contentText: 'plain',
    },
  ],
};

describe('renderAtomFeed', () => {
  it('is well-formed XML that a feed parser reads as Atom with every field', () => {
    const xml = renderAtomFeed(feed);
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = parseAtomFeed(xml);
    expect(parsed.id).toBe(feed.id);
    expect(parsed.updated).toBe('2026-11-25T08:00:00.000Z');
    expect(parsed.links?.find((link) => link.rel === 'self')?.href).toBe(feed.selfUrl);
    const [first, second] = parsed.entries ?? [];
    expect(first?.title).toEqual({ type: 'text', value: '河北省召开中央环保督察反馈意见整改工作会议 <b>&</b>' });
    expect(first?.links?.[0]?.href).toBe('https://www.hebnews.cn/a/1.html?a=1&b=2');
    expect(first?.published).toBe('2018-06-20T09:59:25.000Z');
    expect(first?.authors?.[0]?.name).toBe('王成果');
    expect(first?.content).toEqual({ type: 'html', value: feed.entries[0]!.contentHtml });
    expect(first?.categories?.[0]?.term).toBe('环保');
    expect(second?.title).toEqual({ type: 'text', value: 'Bare entry' });
    expect(second?.content).toEqual({ type: 'text', value: 'plain' });
    expect(second?.updated).toBe('2024-01-02T00:00:00Z');
  });

  it('uses the fallback date for an empty feed', () => {
    const xml = renderAtomFeed({ ...feed, entries: [] });
    expect(parseAtomFeed(xml).updated).toBe('2026-11-25T00:00:00.000Z');
  });

  it('stays well-formed whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), (title, body) => {
        const xml = renderAtomFeed({ ...feed, entries: [{ ...feed.entries[0]!, title, contentHtml: body, authors: [title] }] });
        expect(XMLValidator.validate(xml)).toBe(true);
      }),
      { numRuns: 200, seed: 5 },
    );
  }, 30_000);
});

describe('atomDate and escapeXml', () => {
  it('gives RFC 3339 date-times', () => {
    expect(atomDate('2018-06-20')).toBe('2018-06-20T00:00:00Z');
    expect(atomDate('2018-06-20T17:59:25+08:00')).toBe('2018-06-20T09:59:25.000Z');
  });
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0001\ud800`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});
