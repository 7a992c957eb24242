import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlToMarkdown } from '../../shared/export/html-to-markdown';

describe('htmlToMarkdown', () => {
  it('keeps paragraphs, headings (below the title), emphasis and links', () => {
    const html =
      '<h1>会议内容</h1><p>今天，<strong>省政府</strong>召开会议，<em>强调</em>整改。</p>' +
      '<h3>Details</h3><p>See <a href="https://example.com/a b">the report</a> &amp; notes&hellip;</p>';
    expect(htmlToMarkdown(html)).toBe(
      '## 会议内容\n\n今天，**省政府**召开会议，*强调*整改。\n\n### Details\n\nSee [the report](<https://example.com/a%20b>) & notes…',
    );
  });

  it('writes lists, nested blocks, quotes and line breaks', () => {
    const html = '<ul><li>一</li><li>二<br>续</li></ul><ol start="3"><li><p>three</p><p>more</p></li><li>four</li></ol><blockquote><p>引用</p><p>第二段</p></blockquote>';
    expect(htmlToMarkdown(html)).toBe('- 一\n- 二\\\n  续\n\n3. three\n\n   more\n\n4. four\n\n> 引用\n>\n> 第二段');
  });

  it('fences code, writes GFM tables, figures and images (http only)', () => {
    const html =
      '<pre><code>const a = `x`;\nreturn a;</code></pre>' +
      '<table><tr><th>城市</th><th>PM2.5</th></tr><tr><td>石家庄</td><td>35 | 40</td></tr></table>' +
      '<figure><img src="https://img.example/a.jpg" alt="现场"><figcaption>会议现场</figcaption></figure>' +
      '<p><img src="data:image/png;base64,AAAA" alt="x">text</p>';
    expect(htmlToMarkdown(html)).toBe(
      '```\nconst a = `x`;\nreturn a;\n```\n\n| 城市 | PM2.5 |\n| --- | --- |\n| 石家庄 | 35 \\| 40 |\n\n![现场](https://img.example/a.jpg)\n\n*会议现场*\n\ntext',
    );
  });

  it('escapes text that would otherwise become Markdown or HTML', () => {
    expect(htmlToMarkdown('<p># not a heading</p><p>1. not a list</p><p>a *b* _c_ &lt;script&gt;</p>')).toBe(
      '\\# not a heading\n\n\\1. not a list\n\na \\*b\\* \\_c\\_ \\<script\\>',
    );
  });

  it('drops scripts and unknown wrappers, never passing raw HTML through (property)', () => {
    expect(htmlToMarkdown('<div><script>alert(1)</script><custom-x>kept text</custom-x></div>')).toBe('kept text');
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (noise) => {
        const markdown = htmlToMarkdown(`<p>${noise}</p><script>${noise}</script>`);
        expect(markdown).not.toMatch(/<(?!https?:)[A-Za-z/!]/); // no raw tag (autolink targets aside)
      }),
      { numRuns: 300, seed: 13 },
    );
  });

  it('returns empty for markup with no visible text', () => {
    expect(htmlToMarkdown('<p> </p><div><br></div>')).toBe('');
  });
});
