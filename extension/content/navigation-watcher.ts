/**
 * Notices when a single-page site shows another page: history.pushState and replaceState are not
 * observable from a content script's isolated world, so the address is polled (a string
 * comparison, cheap) besides listening to popstate.
 */

/** How often the address is compared; a clip a second late does not matter. */
const POLL_MS = 500;
/** After an address change, content usually arrives by script: wait until the DOM is quiet. */
const SETTLE = { quietMs: 600, maxMs: 6_000 } as const;

/** The address without its fragment: #anchors within an article are not a new article. */
export function pageKey(href: string): string {
  return href.split('#')[0]!;
}

/** Calls `onChange` with the new address whenever the page's address (without fragment) changes. */
export function watchNavigation(win: Window, onChange: (href: string) => void): () => void {
  let current = pageKey(win.location.href);
  const check = (): void => {
    const next = pageKey(win.location.href);
    if (next === current) return;
    current = next;
    onChange(win.location.href);
  };
  const timer = win.setInterval(check, POLL_MS);
  win.addEventListener('popstate', check);
  return () => {
    win.clearInterval(timer);
    win.removeEventListener('popstate', check);
  };
}

/** Resolves once the document has had no mutations for a moment (or after a ceiling). */
export function waitForQuietDom(win: Window): Promise<void> {
  return new Promise((resolve) => {
    let quietTimer = win.setTimeout(done, SETTLE.quietMs);
    const ceiling = win.setTimeout(done, SETTLE.maxMs);
    const observer = new MutationObserver(() => {
      win.clearTimeout(quietTimer);
      quietTimer = win.setTimeout(done, SETTLE.quietMs);
    });
    observer.observe(win.document, { subtree: true, childList: true, characterData: true });
    function done(): void {
      observer.disconnect();
      win.clearTimeout(quietTimer);
      win.clearTimeout(ceiling);
      resolve();
    }
  });
}
