import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { pageKey } from '../../extension/content/navigation-watcher';
import { findBodyEnd } from '../../extension/content/read-tracker';

describe('finding the end of the article body on the page', () => {
  const { document } = parseHTML(`<!doctype html><html><body>
    <nav>首页 新闻</nav>
    <article>
      <h1>会议强调持续改善生态环境质量</h1>
      <p>今天,省政府党组书记主持召开会议,强调要深入贯彻生态文明思想。</p>
      <p>会议还研究了其他事项。<span>(完)</span></p>
    </article>
    <aside><p>为你推荐</p></aside>
    <script>var s = "会议还研究了其他事项。";</script>
  </body></html>`);

  it('finds the deepest element holding the last paragraph, not a script repeating it', () => {
    const text = '今天,省政府党组书记主持召开会议,强调要深入贯彻生态文明思想。\n\n会议还研究了其他事项。';
    const end = findBodyEnd(document as unknown as Document, text);
    expect(end?.tagName).toBe('P');
    expect(end?.textContent).toContain('会议还研究了其他事项');
  });

  it('falls back to an earlier paragraph when cleaning changed the last one beyond recognition', () => {
    const text = '今天,省政府党组书记主持召开会议,强调要深入贯彻生态文明思想。\n\n會(huì)議還研究了其他事項。';
    expect(findBodyEnd(document as unknown as Document, text)?.textContent).toContain('今天');
  });

  it('gives up (null) when nothing of the text is on the page', () => {
    expect(findBodyEnd(document as unknown as Document, 'Completely different words here.')).toBeNull();
  });
});

describe('page keys', () => {
  it('ignore the fragment: #anchors inside an article are the same article', () => {
    expect(pageKey('https://a.com/x?p=1#c')).toBe('https://a.com/x?p=1');
    expect(pageKey('https://a.com/x')).toBe('https://a.com/x');
  });
});
