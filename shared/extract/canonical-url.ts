/**
 * The canonical address of an article: `link[rel=canonical]`, else `og:url`, else the visited
 * address; resolved against the page, without fragment and without tracking parameters, so
 * the same story clipped from a share link and from the site is recognised as one.
 */

/** Query parameters that track a visit rather than name a page. */
const TRACKING_PARAMETERS = [
  /^utm_/i, /^spm$/i, /^from$/i, /^fromsource$/i, /^source$/i, /^src$/i, /^share(?:_?(?:token|id|source|from|medium|uid))?$/i,
  /^sharer?$/i, /^fbclid$/i, /^gclid$/i, /^dclid$/i, /^msclkid$/i, /^mc_(?:cid|eid)$/i, /^igshid$/i, /^scene$/i,
  /^isappinstalled$/i, /^timestamp$/i, /^wfr$/i, /^tt_from$/i, /^tt_medium$/i, /^app$/i, /^ref$/i, /^ref_src$/i, /^cmpid$/i,
  /^ncid$/i, /^ocid$/i, /^_ga$/i, /^yclid$/i, /^mkt_tok$/i, /^s_kwcid$/i, /^ito$/i, /^xtor$/i, /^wt\.mc_id$/i, /^cid$/i,
  /^sharetoken$/i, /^share_token$/i, /^st$/i, /^entry$/i, /^chksm$/i, /^sessionid$/i,
];

function isTracking(name: string): boolean {
  return TRACKING_PARAMETERS.some((pattern) => pattern.test(name));
}

/** `url` without fragment and tracking parameters; null when it is not an absolute http(s) URL. */
export function cleanUrl(url: string, base?: string): string | null {
  let parsed: URL;
  try {
    parsed = base ? new URL(url, base) : new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  for (const name of Array.from(parsed.searchParams.keys())) {
    if (isTracking(name)) parsed.searchParams.delete(name);
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
