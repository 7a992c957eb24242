import { describe, expect, it } from 'vitest';
import { autoClipAllowed, parseSiteList, parseSiteRule, siteMatches } from '../../extension/site-rules';

const at = (href: string): URL => new URL(href);

describe('site rules', () => {
  it('parses what people type: hosts, wildcards, paths, full URLs; skips blanks and comments', () => {
    expect(parseSiteRule('Example.com')).toEqual({ host: 'example.com', pathPrefix: '' });
    expect(parseSiteRule('*.example.com')).toEqual({ host: 'example.com', pathPrefix: '' });
    expect(parseSiteRule('https://news.example.com/world/?x=1')).toEqual({ host: 'news.example.com', pathPrefix: '/world' });
    expect(parseSiteRule('  ')).toBeNull();
    expect(parseSiteRule('# not now')).toBeNull();
    expect(parseSiteList('a.com\n\n# b.com\nc.com/news, d.org')).toEqual(['a.com', 'c.com/news', 'd.org']);
  });

  it('matches a host with its subdomains but not look-alikes', () => {
    expect(siteMatches(at('https://example.com/a'), 'example.com')).toBe(true);
    expect(siteMatches(at('https://www.example.com/a'), 'example.com')).toBe(true);
    expect(siteMatches(at('https://notexample.com/a'), 'example.com')).toBe(false);
    expect(siteMatches(at('https://example.com.evil.net/a'), 'example.com')).toBe(false);
  });

  it('matches paths on segment boundaries and ports only when the rule names one', () => {
    expect(siteMatches(at('https://x.com/news/1'), 'x.com/news')).toBe(true);
    expect(siteMatches(at('https://x.com/news'), 'x.com/news')).toBe(true);
    expect(siteMatches(at('https://x.com/newsletter'), 'x.com/news')).toBe(false);
    expect(siteMatches(at('http://127.0.0.1:9300/a'), '127.0.0.1')).toBe(true);
    expect(siteMatches(at('http://127.0.0.1:9300/a'), '127.0.0.1:9300')).toBe(true);
    expect(siteMatches(at('http://127.0.0.1:9301/a'), '127.0.0.1:9300')).toBe(false);
  });

  it('lets the deny-list win, and an empty allow-list allow every http(s) site', () => {
    const url = 'https://news.example.com/a';
    expect(autoClipAllowed(url, { allowList: [], denyList: [] })).toBe(true);
    expect(autoClipAllowed(url, { allowList: ['example.com'], denyList: [] })).toBe(true);
    expect(autoClipAllowed(url, { allowList: ['other.org'], denyList: [] })).toBe(false);
    expect(autoClipAllowed(url, { allowList: ['example.com'], denyList: ['news.example.com'] })).toBe(false);
    expect(autoClipAllowed('file:///home/me/a.html', { allowList: [], denyList: [] })).toBe(false);
    expect(autoClipAllowed('not a url', { allowList: [], denyList: [] })).toBe(false);
  });
});
