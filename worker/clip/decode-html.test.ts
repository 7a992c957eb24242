import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decode-html';

const gbkNiHao = [0xc4, 0xe3, 0xba, 0xc3]; // 你好 in GBK
const big5ZhongWen = [0xa4, 0xa4, 0xa4, 0xe5]; // 中文 in Big5

function page(head: string, body: number[]): Uint8Array {
  const ascii = (text: string) => Array.from(text, (c) => c.charCodeAt(0));
  return new Uint8Array([...ascii(`<html><head>${head}</head><body>`), ...body, ...ascii('</body></html>')]);
}

describe('decodeHtml', () => {
  it('honours the Content-Type charset first', () => {
    const decoded = decodeHtml(page('<meta charset="big5">', gbkNiHao), 'text/html; charset=GBK');
    expect(decoded).toMatchObject({ charset: 'gb18030', source: 'header' });
    expect(decoded.html).toContain('你好');
  });

  it('reads <meta charset> and <meta http-equiv> when the header has none', () => {
    expect(decodeHtml(page('<meta charset="gb2312">', gbkNiHao), 'text/html').html).toContain('你好');
    const big5 = decodeHtml(page('<meta http-equiv="Content-Type" content="text/html; charset=big5">', big5ZhongWen), null);
    expect(big5).toMatchObject({ charset: 'big5', source: 'meta' });
    expect(big5.html).toContain('中文');
  });

  it('ignores a charset inside a comment and falls back to UTF-8', () => {
    const bytes = new TextEncoder().encode('<html><head><!-- <meta charset="gbk"> --></head><body>环保</body></html>');
    expect(decodeHtml(bytes, null)).toMatchObject({ charset: 'utf-8', source: 'default' });
    expect(decodeHtml(bytes, null).html).toContain('环保');
  });

  it('lets a byte-order mark win and never throws on broken bytes', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<p>中文</p>')]);
    expect(decodeHtml(bom, 'text/html; charset=gbk')).toMatchObject({ charset: 'utf-8', source: 'bom', html: '<p>中文</p>' });
    expect(decodeHtml(new Uint8Array([0xff, 0xfe, 0x41]), null).source).toBe('bom');
    expect(decodeHtml(new Uint8Array([0xc3, 0x28, 0xa0]), 'text/html').html).toContain('\ufffd');
    expect(decodeHtml(page('<meta charset="no-such-charset">', [0x41]), null).charset).toBe('utf-8');
  });
});
