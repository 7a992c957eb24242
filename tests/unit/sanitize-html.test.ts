import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from '../../worker/articles/sanitize-html';

/** Escaping as defined, character by character: well-formed references kept, `&`, `<`, `>` (and `"` in attributes) escaped. */
function escapeByDefinition(text: string, quote = false): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '&') out += /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.test(text.slice(i, i + 40)) ? '&' : '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (quote && c === '"') out += '&quot;';
    else out += c;
  }
  return out;
}

describe('sanitizeHtml escaping', () => {
  it('escapes text and attribute values, keeping well-formed character references', () => {
    expect(sanitizeHtml('<p>a &amp; b & c > d "q" &#x4e2d; &nbsp x</p>').html).toBe('<p>a &amp; b &amp; c &gt; d "q" &#x4e2d; &amp;nbsp x</p>');
    expect(sanitizeHtml('<abbr title=\'x"y&z<w>\'>t</abbr>').html).toBe('<abbr title="x&quot;y&amp;z&lt;w&gt;">t</abbr>');
    expect(sanitizeHtml('plain text, nothing to escape').html).toBe('plain text, nothing to escape');
  });

  it('renders tags without attributes, or with only a slash, as bare tags; unknown attributes still count as a change', () => {
    expect(sanitizeHtml('<p >a<br/>b<br />c</p>')).toEqual({ html: '<p>a<br>b<br>c</p>', changed: false, truncated: false });
    expect(sanitizeHtml('<p class="x">a</p>')).toEqual({ html: '<p>a</p>', changed: true, truncated: false });
    expect(sanitizeHtml('<p lang="en" / >a</p>').html).toBe('<p lang="en">a</p>');
  });

  it('escapes any text as the definition does', () => {
    const pieces = fc.constantFrom('a', ' ', '&', '&amp;', '&#38;', '&#x26;', '&lt', '&;', '>', '"', "'", '中', '😀', '&' + 'a'.repeat(40) + ';');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        expect(sanitizeHtml(text).html).toBe(escapeByDefinition(text));
        expect(sanitizeHtml(`<abbr title="${text.replace(/"/g, '')}">x</abbr>`).html).toBe(
          `<abbr title="${escapeByDefinition(text.replace(/"/g, ''), true)}">x</abbr>`,
        );
      }),
      { numRuns: 2000, seed: 11 },
    );
  });
});
