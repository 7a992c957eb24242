import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  compareStories,
  decodeSignature,
  encodeSignature,
  isMirrorSuspected,
  isSameStory,
  LSH_BANDS,
  BAND_KEY_OFFSET,
  mirrorSignals,
  pickOriginal,
  rankCopies,
  storyBands,
  storyIndexEntry,
  bestStoryMatch,
  foldStory,
  isSelfSourced,
  storySignature,
  type StoryCopy,
} from '../../shared/story';
import { fmix32, fnv1a32 } from '../../shared/story/hash';
import { storyTokens } from '../../shared/story/shingles';
import { toSimplified } from '../../shared/text/han-script';
import { normalizeText, stripPinyinAnnotations } from '../../shared/text/normalize';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/stories/${name}`, import.meta.url), 'utf8');

/** The seed page text: a traditional-script mirror with pinyin after converted characters. */
const MIRROR = fixture('seed-mirror.txt');

/**
 * The simplified original as its outlet would show it: pinyin gone, simplified script,
 * full-width punctuation, its own header and trailer (no comment rules, no tracker digits).
 */
function simplifiedOriginal(): string {
  const body = toSimplified(stripPinyinAnnotations(MIRROR))
    .replace(/,/g, '，')
    .replace(/:/g, '：')
    .split('\n');
  const start = body.findIndex((line) => line.includes('许勤主持召开'));
  const end = body.findIndex((line) => line.includes('(记者王成果)'));
  return [
    '河北新闻网讯 2018年06月20日 17:59',
    '',
    ...body.slice(start, end + 1),
    '',
    '[责任编辑：陈潇]',
    '分享到：微信 微博',
  ].join('\n');
}

const sig = storySignature;
const sharesBand = (a: string, b: string) => {
  const keys = new Set(storyBands(sig(a)));
  return storyBands(sig(b)).some((key) => keys.has(key));
};

describe('the seed: simplified original vs traditional + pinyin mirror', () => {
  const original = simplifiedOriginal();

  it('builds a believable original (hand-checked lines)', () => {
    expect(original).toContain('今天，省政府党组书记、省长许勤主持召开省政府党组会议，强调要深入贯彻习近平生态文明思想');
    expect(original).toContain('坚决筑牢首都政治“护城河”。');
    expect(original).toContain('会议还对开展好扫黑除恶专项斗争工作进行了研究，强调要深入学习贯彻');
    expect(original).not.toMatch(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/);
  });

  it('is one story', () => {
    const similarity = compareStories(sig(MIRROR), sig(original));
    expect(similarity.sameStory).toBe(true);
    expect(similarity.jaccard).toBeGreaterThan(0.9);
    expect(sharesBand(MIRROR, original)).toBe(true);
  });

  it('normalises both copies to the same story tokens, trailers aside', () => {
    const mirrorTokens = storyTokens(MIRROR).join('');
    const originalTokens = storyTokens(original).join('');
    const body = originalTokens.slice(originalTokens.indexOf('许勤主持召开'));
    expect(body.length).toBeGreaterThan(800);
    expect(mirrorTokens).toContain(body);
    expect(mirrorTokens).not.toContain('文明上网');
    expect(mirrorTokens).not.toContain('020020030');
  });

  it('stays one story under a new headline prefix and a dropped paragraph', () => {
    const paragraphs = original.split('\n\n');
    const dropped = paragraphs.filter((p) => !p.includes('扫黑除恶'));
    expect(dropped.length).toBe(paragraphs.length - 1);
    const variant = ['【转载】省政府党组会：抓好中央环保督察“回头看”问题整改', ...dropped].join('\n\n');
    expect(isSameStory(sig(MIRROR), sig(variant))).toBe(true);
    expect(sharesBand(MIRROR, variant)).toBe(true);
  });
});

describe('different articles', () => {
  const a = fixture('site-article-a.txt');
  const b = fixture('site-article-b.txt');

  it('from the same site with the same boilerplate are not one story', () => {
    const similarity = compareStories(sig(a), sig(b));
    expect(similarity.sameStory).toBe(false);
    expect(similarity.jaccard).toBeLessThan(0.35);
    // With 16 bands of 3 rows a pair this close (J ≈ 0.2, most of it the shared footer) may
    // share a band and be compared; the comparison is what keeps them apart.
    const candidate = { id: 'b', storyId: 'story-b', signature: encodeSignature(sig(b)) };
    expect(bestStoryMatch(sig(a), [candidate])).toBeNull();
  });

  it('from different sites and languages are not one story', () => {
    const english = fixture('english-report.txt');
    expect(isSameStory(sig(a), sig(MIRROR))).toBe(false);
    expect(isSameStory(sig(english), sig(MIRROR))).toBe(false);
    expect(sharesBand(english, a)).toBe(false);
  });
});

describe('an article and its update', () => {
  const report = fixture('english-report.txt');
  const added = fixture('english-update-paragraph.txt').trim();

  it('with one added paragraph is the same story', () => {
    const update = report.replace('\n\nConstruction is', `\n\n${added}\n\nConstruction is`);
    expect(update).not.toBe(report);
    expect(compareStories(sig(report), sig(update)).sameStory).toBe(true);
    expect(sharesBand(report, update)).toBe(true);
  });

  it('survives case, full-width letters and a different trailer', () => {
    const shouted = report.toUpperCase().replace(/A/g, 'Ａ') + '\n\nShare this article\nSign up for our newsletter';
    expect(isSameStory(sig(report), sig(shouted))).toBe(true);
  });

  it('in Chinese, with one added paragraph, is the same story', () => {
    const original = simplifiedOriginal();
    const update = original.replace(
      '会议还研究了其他事项。',
      '会议要求，各市要在本月底前将整改进展报送省环保督察整改办公室，省里将适时组织督导检查，对整改不力的严肃追责问责。\n\n会议还研究了其他事项。',
    );
    expect(update).not.toBe(original);
    expect(isSameStory(sig(original), sig(update))).toBe(true);
  });
});

describe('short and boilerplate-only texts', () => {
  it('never collide, even when identical', () => {
    for (const text of ['本页面不存在，请返回首页。', 'Please enable JavaScript to view this page.', '快讯：今天下午三点，市区部分路段将实行临时交通管制。']) {
      const signature = sig(text);
      expect(storyBands(signature)).toEqual([]);
      expect(compareStories(signature, sig(text)).sameStory).toBe(false);
    }
  });

  it('a page of boilerplate lines has no story text', () => {
    const trailer = '责任编辑：李明\n关键词：\n+1\n新闻评论文明上网理性发言，请遵守新闻评论服务协议\n为你推荐\n加载更多新闻\n020020030100000000000000011124141298976411';
    expect(storyTokens(trailer)).toEqual([]);
    expect(sig(trailer).shingleCount).toBe(0);
    expect(storyBands(sig(trailer))).toEqual([]);
  });

  it('a short brief inside a long story is not that story', () => {
    const brief = MIRROR.split('\n').find((line) => line.includes('會(huì)議還研究了'))!;
    expect(isSameStory(sig(brief + '\n' + brief), sig(MIRROR))).toBe(false);
  });
});

describe('signatures', () => {
  it('are deterministic and survive encoding', () => {
    const first = sig(MIRROR);
    const encoded = encodeSignature(first);
    expect(encoded).toMatch(/^s1:\d+:[A-Za-z0-9+/]+=*$/);
    expect(encodeSignature(sig(MIRROR))).toBe(encoded);
    const decoded = decodeSignature(encoded);
    expect(decoded).not.toBeNull();
    expect(decoded!.shingleCount).toBe(first.shingleCount);
    expect(Array.from(decoded!.minhash)).toEqual(Array.from(first.minhash));
    expect(storyBands(first)).toHaveLength(LSH_BANDS);
    expect(storyBands(decoded!)).toEqual(storyBands(first));
  });

  it('rejects malformed or foreign encodings', () => {
    const encoded = encodeSignature(sig(MIRROR));
    for (const bad of ['', 'garbage', encoded.replace(/^s1/, 's2'), encoded.slice(0, -8), `${encoded}AAAA`, 's1:12:!!!!', `${encoded.slice(0, -6)}!!${encoded.slice(-4)}`, 's1:12:', `s1:x:${encoded.split(':')[2]}`]) {
      expect(decodeSignature(bad)).toBeNull();
    }
  });

  it('use fixed hash functions (stored signatures must stay comparable)', () => {
    // Published FNV-1a test vectors; fmix32 is a bijection fixing 0.
    expect(fnv1a32('')).toBe(0x811c9dc5);
    expect(fnv1a32('a')).toBe(0xe40c292c);
    expect(fnv1a32('foobar')).toBe(0xbf9cf968);
    expect(fmix32(0)).toBe(0);
    expect(fmix32(1)).not.toBe(fmix32(2));
  });

  it('band keys are safe integers distinct per band', () => {
    const keys = storyBands(sig(MIRROR));
    expect(keys.every((key) => Number.isSafeInteger(key) && key >= 0)).toBe(true);
    expect(keys.map((key) => Math.floor(key / 2 ** 32))).toEqual(Array.from({ length: LSH_BANDS }, (_, i) => BAND_KEY_OFFSET + i));
  });
});

describe('pickOriginal / rankCopies', () => {
  const mirror: StoryCopy = { id: 'm', source: '河北新闻网', siteName: '某某资讯网', publishedAt: '2018-06-20T17:00:00+08:00', flags: ['mirror-suspected'] };
  const repost: StoryCopy = { id: 'r', source: '河北新闻网', siteName: '网易', publishedAt: '2018-06-20T18:30:00+08:00' };
  const own: StoryCopy = { id: 'o', source: '河北新闻网', siteName: '河北新闻网', publishedAt: '2018-06-20T17:59:25+08:00' };

  it('prefers the copy whose source is its own outlet', () => {
    expect(pickOriginal([mirror, repost, own])?.id).toBe('o');
    expect(rankCopies([mirror, repost, own]).map((c) => c.id)).toEqual(['o', 'r', 'm']);
  });

  it('matches outlet names across their usual endings', () => {
    const xinhua: StoryCopy = { id: 'x', source: '新华社', siteName: '新华网', publishedAt: '2020-01-02' };
    const other: StoryCopy = { id: 'y', source: '新华社', siteName: '新浪新闻', publishedAt: '2020-01-01' };
    expect(pickOriginal([other, xinhua])?.id).toBe('x');
    const reuters: StoryCopy = { id: 'e', source: 'Reuters', siteName: 'reuters.com', publishedAt: '2021-05-05T12:00:00Z' };
    const yahoo: StoryCopy = { id: 'z', source: 'Reuters', siteName: 'Yahoo News', publishedAt: '2021-05-05T11:00:00Z' };
    expect(pickOriginal([yahoo, reuters])?.id).toBe('e');
  });

  it('else takes the earliest published, then the earliest saved, not a mirror', () => {
    const late: StoryCopy = { id: 'a', source: '新华社', siteName: '网易', publishedAt: '2020-03-01T10:00:00+08:00' };
    const early: StoryCopy = { id: 'b', source: '新华社', siteName: '新浪', publishedAt: '2020-03-01T09:00:00+08:00' };
    const undated: StoryCopy = { id: 'c', siteName: '搜狐', savedAt: '2020-01-01T00:00:00Z' };
    expect(rankCopies([undated, late, early]).map((c) => c.id)).toEqual(['b', 'a', 'c']);
    expect(pickOriginal([{ ...early, flags: ['mirror-suspected'] }, late])?.id).toBe('a');
    const savedFirst: StoryCopy = { id: 'd', savedAt: '2020-01-01T00:00:00Z' };
    const savedLater: StoryCopy = { id: 'e', savedAt: '2020-02-01T00:00:00Z' };
    expect(pickOriginal([savedLater, savedFirst])?.id).toBe('d');
  });

  it('recognises its own outlet inside a longer source line', () => {
    expect(isSelfSourced({ source: '河北新闻网-河北日报', siteName: '河北新闻网' })).toBe(true);
    expect(isSelfSourced({ source: 'Reuters', siteName: 'Thomson Reuters' })).toBe(true);
    expect(isSelfSourced({ source: '河北新聞網', siteName: '新聞中心' })).toBe(false);
    expect(isSelfSourced({ source: '新华社', siteName: undefined })).toBe(false);
  });

  it('does not mistake a shared short word for the same outlet', () => {
    expect(pickOriginal([
      { id: 'p', source: '中国新闻社', siteName: '中国网', publishedAt: '2020-01-02' },
      { id: 'q', source: '中国新闻社', siteName: '凤凰网', publishedAt: '2020-01-01' },
    ])?.id).toBe('q');
  });

  it('is null for no copies and leaves the input alone', () => {
    expect(pickOriginal([])).toBeNull();
    const copies = [repost, own];
    rankCopies(copies);
    expect(copies.map((c) => c.id)).toEqual(['r', 'o']);
  });
});

describe('isMirrorSuspected', () => {
  const original = { text: simplifiedOriginal(), source: '河北新闻网', siteName: '河北新闻网' };

  it('flags the seed mirror (pinyin annotations, traditional script, another outlet)', () => {
    const copy = { text: MIRROR, source: '河北新闻网', siteName: '某某资讯网' };
    expect(mirrorSignals(copy, original)).toEqual(
      expect.arrayContaining(['pinyin-annotations', 'script-converted', 'foreign-source']),
    );
    expect(isMirrorSuspected(copy, original)).toBe(true);
  });

  it('flags a cleaned mirror by the extractor flag', () => {
    const cleaned = { text: normalizeText(MIRROR, { simplify: false }), siteName: 'x', flags: ['pinyin-annotations-removed'] };
    expect(isMirrorSuspected(cleaned)).toBe(true);
  });

  it('flags a script-converted copy of another outlet, not the outlet itself', () => {
    const converted = { text: stripPinyinAnnotations(MIRROR), source: '河北新闻网', siteName: '某某资讯网' };
    expect(isMirrorSuspected(converted, original)).toBe(true);
    expect(isMirrorSuspected({ ...converted, siteName: '河北新闻网' }, original)).toBe(false);
  });

  it('does not flag the original or an honest repost', () => {
    expect(isMirrorSuspected(original, original)).toBe(false);
    expect(isMirrorSuspected({ ...original, siteName: '网易新闻' }, original)).toBe(false);
    expect(isMirrorSuspected({ text: fixture('english-report.txt') })).toBe(false);
  });

  it('judges the same with one text reader shared by many judgments, each text read once', async () => {
    const { mirrorTextReader } = await import('../../shared/story/mirror');
    const copies = [
      original,
      { text: MIRROR, source: '河北新闻网', siteName: '某某资讯网' },
      { text: stripPinyinAnnotations(MIRROR), source: '河北新闻网', siteName: '某某资讯网' },
      { text: stripPinyinAnnotations(MIRROR), source: '河北新闻网', siteName: '河北新闻网' },
      { text: `${original.text}??一些?字`, siteName: '某某资讯网' },
      { text: fixture('english-report.txt'), source: 'Reuters', siteName: 'Example' },
    ];
    const reader = mirrorTextReader();
    for (const against of [undefined, original, copies[1]!]) {
      for (const copy of copies) {
        expect(mirrorSignals(copy, against, reader)).toEqual(mirrorSignals(copy, against));
        expect(isMirrorSuspected(copy, against, reader)).toBe(isMirrorSuspected(copy, against));
      }
    }
    // What it read is kept by content: an equal text built anew reads the same.
    expect(reader.isTraditional(stripPinyinAnnotations(MIRROR))).toBe(true);
    expect(reader.isTraditional(simplifiedOriginal())).toBe(false);
    expect(reader.hasPinyinAnnotations(MIRROR)).toBe(true);
    expect(reader.hasPinyinAnnotations(simplifiedOriginal())).toBe(false);
  });
});

describe('text traits (stored with each article, read instead of its text)', () => {
  it('round-trips every combination, and reads anything else as unknown', async () => {
    const { decodeTextTraits, encodeTextTraits } = await import('../../shared/story/mirror');
    const seen = new Set<number>();
    for (const pinyinAnnotations of [false, true])
      for (const lostCharacters of [false, true])
        for (const traditional of [false, true]) {
          const traits = { pinyinAnnotations, lostCharacters, traditional };
          const value = encodeTextTraits(traits);
          seen.add(value);
          expect(decodeTextTraits(value)).toEqual(traits);
        }
    expect(seen.size).toBe(8);
    expect(seen.has(0)).toBe(false);
    for (const unknown of [null, undefined, 0, 7, 16, -1, 8.5]) expect(decodeTextTraits(unknown)).toBeNull();
  });

  it('judges a copy known only by its traits as one whose text is read', async () => {
    const { readTraits } = await import('../../shared/story/mirror');
    const original = { text: simplifiedOriginal(), source: '河北新闻网', siteName: '河北新闻网' };
    const copies = [
      { text: MIRROR, source: '河北新闻网', siteName: '某某资讯网' },
      { text: stripPinyinAnnotations(MIRROR), source: '河北新闻网', siteName: '某某资讯网' },
      { text: stripPinyinAnnotations(MIRROR), source: '河北新闻网', siteName: '河北新闻网' },
      { text: `${original.text}??一些?字`, siteName: '某某资讯网' },
      original,
    ];
    // Stored: no text, no flags; only the traits read from them.
    const known = (copy: { text: string; flags?: string[] }) => ({ ...copy, text: '', flags: [], traits: readTraits(copy) });
    for (const copy of copies) {
      for (const against of [undefined, original, known(original)]) {
        expect(mirrorSignals(known(copy), against)).toEqual(mirrorSignals(copy, against && 'traits' in against ? original : against));
      }
    }
    // The traits are what is judged: a traditional text said to be simplified is no conversion.
    const said = { ...copies[1]!, traits: { ...readTraits(copies[1]!), traditional: false } };
    expect(mirrorSignals(said, original)).not.toContain('script-converted');
  });
});

describe('storyIndexEntry / bestStoryMatch', () => {
  const a = fixture('site-article-a.txt');
  const b = fixture('site-article-b.txt');
  const original = simplifiedOriginal();

  it('stores an encoded signature and band keys, none for short texts', () => {
    const entry = storyIndexEntry(MIRROR);
    expect(decodeSignature(entry.signature)).not.toBeNull();
    expect(entry.bands).toHaveLength(LSH_BANDS);
    expect(storyIndexEntry('太短了。').bands).toEqual([]);
  });

  it('links to the matching story among candidates and skips unreadable ones', () => {
    const candidates = [
      { id: '1', storyId: 'story-a', signature: storyIndexEntry(a).signature },
      { id: '2', storyId: 'story-x', signature: 'damaged' },
      { id: '3', storyId: 'story-seed', signature: storyIndexEntry(original).signature },
      { id: '4', storyId: 'story-b', signature: storyIndexEntry(b).signature },
    ];
    const match = bestStoryMatch(storyIndexEntry(MIRROR).signature, candidates);
    expect(match?.storyId).toBe('story-seed');
    expect(match?.similarity.sameStory).toBe(true);
    expect(bestStoryMatch(sig(fixture('english-report.txt')), candidates)).toBeNull();
    expect(bestStoryMatch('garbage', candidates)).toBeNull();
  });
});

describe('foldStory', () => {
  it('shows the original with the count and each outlet once', () => {
    const folded = foldStory([
      { id: 'm', source: '河北新聞網', siteName: '新聞中心', publishedAt: '2018-06-20T18:00:00+08:00', flags: ['mirror-suspected'] },
      { id: 'r', source: '河北新闻网', url: 'https://www.163.com/dy/article/x.html', publishedAt: '2018-06-20T19:00:00+08:00' },
      { id: 'o', source: '河北新闻网', siteName: '河北新闻网', publishedAt: '2018-06-20T17:59:25+08:00' },
      { id: 'o2', source: '河北新聞網', siteName: '河北新聞網', publishedAt: '2018-06-21T08:00:00+08:00' },
    ]);
    expect(folded?.best.id).toBe('o');
    expect(folded?.copies).toBe(4);
    expect(folded?.ranked.map((c) => c.id)).toEqual(['o', 'o2', 'r', 'm']);
    expect(folded?.outlets).toEqual(['河北新闻网', '163.com', '新聞中心']);
  });

  it('is null for no copies and tolerates a broken URL', () => {
    expect(foldStory([])).toBeNull();
    expect(foldStory([{ id: 'a', url: 'not a url' }])?.outlets).toEqual([]);
  });
});
