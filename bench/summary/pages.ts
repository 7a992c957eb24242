/**
 * The Chinese pages the issue asks the summaries to be checked on: ../shared/data/extraction
 * zh-news and cwced, and the seed page fixtures (tests/fixtures/seed--*), each run through
 * `extractArticle` (linkedom document) and then `summarize`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../shared/extract/article';
import { DATA_DIR, loadSummaryPairs } from './data';

export interface ChinesePage {
  set: string;
  id: string;
  /** The extracted body, or null when the extractor found no article. */
  body: string | null;
  lang: string;
  /** The extracted headline ('' when none). */
  title: string;
  /** The body as the data set marks it by hand (the seed: the seed text as scraped). */
  truthBody: string;
}

/** The seed page's text as scraped (labels, pinyin and trailer included). */
function seedText(): string {
  const dir = join(DATA_DIR, '..', 'seed');
  const file = readdirSync(dir).find((n) => n.endsWith('.txt'));
  return file ? readFileSync(join(dir, file), 'utf8') : '';
}

function extract(html: string, url: string): { body: string; lang: string; title: string } | null {
  const { document } = parseHTML(html);
  const article = extractArticle(document as unknown as Document, { url });
  return article ? { body: article.text, lang: article.lang, title: article.title } : null;
}

/** Every zh-news and cwced page (skipping those the truth marks as not articles) and the seed fixtures. */
export function loadChinesePages(): ChinesePage[] {
  const pages: ChinesePage[] = [];
  // zh-news truth gives only the start, end and snippets of each body; the summaries set holds
  // the same pages' bodies, matched here by headline.
  const zhBodies = new Map(loadSummaryPairs('zh').map((p) => [p.title, p.text]));
  for (const set of ['zh-news', 'cwced']) {
    const dir = join(DATA_DIR, 'extraction', set);
    const truth = readFileSync(join(dir, 'truth.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    for (const line of truth) {
      const t = JSON.parse(line) as {
        id: string;
        file: string;
        url?: string;
        isArticle?: boolean;
        text?: string;
        title?: string;
      };
      if (t.isArticle === false) continue;
      const html = gunzipSync(readFileSync(join(dir, t.file))).toString('utf8');
      const got = extract(html, t.url ?? `https://${set}.example/${t.id}`);
      pages.push({ set, id: t.id, body: got?.body ?? null, lang: got?.lang ?? 'und', title: got?.title ?? '', truthBody: t.text ?? zhBodies.get(t.title) ?? '' });
    }
  }
  const fixtures = join(process.cwd(), 'tests', 'fixtures');
  if (existsSync(fixtures)) {
    for (const name of readdirSync(fixtures).filter((n) => n.startsWith('seed--'))) {
      const html = readFileSync(join(fixtures, name, 'source.html'), 'utf8');
      const expected = JSON.parse(readFileSync(join(fixtures, name, 'expected.json'), 'utf8')) as { url?: string };
      const got = extract(html, expected.url ?? `https://seed.example/${name}`);
      pages.push({ set: 'seed', id: name, body: got?.body ?? null, lang: got?.lang ?? 'und', title: got?.title ?? '', truthBody: seedText() });
    }
  }
  return pages;
}
