/**
 * The canonical address of an article: `link[rel=canonical]`, else `og:url`, else the visited
 * address; resolved against the page, without fragment and without tracking parameters, so
 * the same story clipped from a share link and from the site is recognised as one.
 */

/**
 * Query parameters that track a visit rather than name a page: any `utm_…` parameter, and these
 * names exactly (one alternation rather than one pattern each keeps the content script small).
 */
const TRACKING_PARAMETER =
  /^(?:utm_|(?:spm|from|fromsource|source|src|share(?:_?(?:token|id|source|from|medium|uid))?|sharer?|fbclid|gclid|dclid|msclkid|mc_(?:cid|eid)|igshid|scene|isappinstalled|timestamp|wfr|tt_from|tt_medium|app|ref|ref_src|cmpid|ncid|ocid|_ga|yclid|mkt_tok|s_kwcid|ito|xtor|wt\.mc_id|cid|sharetoken|share_token|st|entry|chksm|sessionid)$)/i;

/** `url`, resolved against `base`, when it is an http(s) address; null when it is not or does not parse. */
export function parseHttpUrl(url: string, base?: string): URL | null {
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed : null;
  } catch {
    return null;
  }
}

/** `url` without fragment and tracking parameters; null when it is not an absolute http(s) URL. */
export function cleanUrl(url: string, base?: string): string | null {
  const parsed = parseHttpUrl(url, base);
  if (!parsed) return null;
  parsed.hash = '';
  for (const name of Array.from(parsed.searchParams.keys())) {
    if (TRACKING_PARAMETER.test(name)) parsed.searchParams.delete(name);
  }
  if (parsed.searchParams.toString() === '') parsed.search = '';
  return parsed.href;
}

/**
 * The canonical URL: the page's canonical link or og:url when they point to the same site
 * (a canonical on another host is trusted only when it is a plain http(s) address), else `url`.
 */
export function canonicalUrl(url: string, candidates: ReadonlyArray<string | undefined>): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    const cleaned = cleanUrl(candidate, url);
    // A canonical naming only the home page is a template mistake, not this article's address.
    if (cleaned && new URL(cleaned).pathname !== '/' ) return cleaned;
  }
  return cleanUrl(url) ?? url;
}
