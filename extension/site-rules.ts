/**
 * Allow- and deny-list matching for auto-clip.
 *
 * A rule is what people type: `example.com` (that host and its subdomains), `*.example.com`
 * (the same), `example.com/news` (paths under /news), or a full URL, which is reduced to host and
 * path. Hosts are compared case-insensitively, paths by prefix on segment boundaries.
 */
import type { Settings } from './settings';

interface SiteRule {
  host: string;
  pathPrefix: string;
}

/** Parses one line of a site list; null for blank lines and comments (# …). */
export function parseSiteRule(line: string): SiteRule | null {
  let text = line.trim();
  if (text === '' || text.startsWith('#')) return null;
  text = text.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^\*\./, '');
  const slash = text.indexOf('/');
  const hostPort = (slash === -1 ? text : text.slice(0, slash)).toLowerCase();
  const path = slash === -1 ? '' : text.slice(slash).replace(/[?#].*$/, '').replace(/\/+$/, '');
  if (!hostPort) return null;
  return { host: hostPort, pathPrefix: path };
}

/** Splits a textarea's content into the site list stored in settings (one rule a line). */
export function parseSiteList(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((line) => line.trim())
    .filter((line) => parseSiteRule(line) !== null);
}

function hostMatches(urlHost: string, ruleHost: string): boolean {
  return urlHost === ruleHost || urlHost.endsWith(`.${ruleHost}`);
}

/** Whether `url` falls under the site rule written as `rule`. */
export function siteMatches(url: URL, rule: string): boolean {
  const parsed = parseSiteRule(rule);
  if (!parsed) return false;
  // A rule with a port must match host:port; a rule without one matches any port.
  const urlHost = parsed.host.includes(':') ? url.host.toLowerCase() : url.hostname.toLowerCase();
  if (!hostMatches(urlHost, parsed.host)) return false;
  if (!parsed.pathPrefix) return true;
  return url.pathname === parsed.pathPrefix || url.pathname.startsWith(`${parsed.pathPrefix}/`);
}

/**
 * Whether auto-clip may run on `pageUrl`: only http(s) pages, never on deny-listed sites, and
 * (when the allow-list is not empty) only on allow-listed ones. Manual clipping ignores this.
 */
export function autoClipAllowed(pageUrl: string, settings: Pick<Settings, 'allowList' | 'denyList'>): boolean {
  let url: URL;
  try {
    url = new URL(pageUrl);
  } catch {
    return false;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  if (settings.denyList.some((rule) => siteMatches(url, rule))) return false;
  if (settings.allowList.length === 0) return true;
  return settings.allowList.some((rule) => siteMatches(url, rule));
}
