/**
 * Decides when the reader has read the article: they scrolled until the end of the article body
 * came into view, or the page stayed visible for the configured number of seconds.
 */

/** How the end of the body is found in the live page (the extracted text is cleaned, so we try several snippets). */
const END_SNIPPET = {
  /** Characters taken from the start and end of the last paragraphs. */
  length: 12,
  /** Paragraphs tried from the end: the last one may be cleaned beyond recognition (pinyin, labels). */
  paragraphsTried: 3,
  /** Shorter snippets match too much of the page (menus, footers). */
  minLength: 6,
} as const;

/** Visible-time counting granularity. */
const TICK_MS = 1_000;

export interface ReadTrackerOptions {
  /** The clean article text; its last paragraphs locate the end of the body on the page. */
  articleText: string;
  /** Seconds of visibility that also count as read. */
  visibleSeconds: number;
  onRead: () => void;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

function endSnippets(articleText: string): string[] {
  const paragraphs = articleText.split(/\n+/).map(compact).filter((p) => p.length >= END_SNIPPET.minLength);
  const snippets: string[] = [];
  for (const paragraph of paragraphs.slice(-END_SNIPPET.paragraphsTried).reverse()) {
    snippets.push(paragraph.slice(-END_SNIPPET.length), paragraph.slice(0, END_SNIPPET.length));
  }
  return snippets;
}

/**
 * The element holding the last recognisable piece of the article body, or null.
 * Tries the closing lines first and takes the last matching element, because headlines and
 * teasers repeat the opening lines.
 */
export function findBodyEnd(doc: Document, articleText: string): Element | null {
  const snippets = endSnippets(articleText);
  if (!doc.body || snippets.length === 0) return null;
  // querySelectorAll lists elements in document order, descendants after their ancestors:
  // the last match is the deepest, latest element holding the snippet.
  const elements = [...doc.body.querySelectorAll('*')].filter((element) => !element.closest('script,style,noscript,template'));
  for (const snippet of snippets) {
    const found = elements.findLast((element) => compact(element.textContent ?? '').includes(snippet));
    if (found) return found;
  }
  return null;
}

/**
 * Watches the reader; calls `onRead` once. Returns a function that stops watching.
 * Without a recognisable body end, reaching the bottom of the page counts as scrolled through.
 */
export function watchReading(win: Window, options: ReadTrackerOptions): () => void {
  const doc = win.document;
  const bodyEnd = findBodyEnd(doc, options.articleText);
  let done = false;
  let visibleMs = 0;

  const reachedEnd = (): boolean => {
    if (bodyEnd && bodyEnd.isConnected) return bodyEnd.getBoundingClientRect().bottom <= win.innerHeight;
    const scrolled = win.scrollY + win.innerHeight;
    return scrolled >= doc.documentElement.scrollHeight - 2;
  };

  const finish = (): void => {
    if (done) return;
    done = true;
    stop();
    options.onRead();
  };

  let scheduled = false;
  const onScroll = (): void => {
    if (scheduled) return;
    scheduled = true;
    win.requestAnimationFrame(() => {
      scheduled = false;
      if (reachedEnd()) finish();
    });
  };

  const timer = win.setInterval(() => {
    if (doc.visibilityState === 'visible') visibleMs += TICK_MS;
    if (visibleMs >= options.visibleSeconds * 1000) finish();
  }, TICK_MS);

  win.addEventListener('scroll', onScroll, { passive: true });
  // On a single-page site the reader may already have scrolled to the end before the new
  // article was evaluated; a page that has not been scrolled at all is not "read" by this rule.
  if (win.scrollY > 0) onScroll();

  function stop(): void {
    win.clearInterval(timer);
    win.removeEventListener('scroll', onScroll);
  }
  return () => {
    done = true;
    stop();
  };
}
