/**
 * `npm run bench:export`: GET /api/export for 50,000 articles — wall time, the Worker process's
 * CPU time and its peak memory above the idle baseline, for JSON lines and for the Markdown zip.
 *
 * The real Worker (worker/index.ts, bundled like wrangler does) runs in workerd through
 * Miniflare on a temporary local D1 with the project's migrations. The articles are real texts
 * from ../shared/data (Chinese and English news, cycled with distinct URLs), written straight
 * into D1 by SQL (the API's write rate limit is for clients, not for loading a benchmark).
 * Memory is the workerd process's resident set (sampled every 25 ms), so it includes the local
 * D1 (SQLite) page cache: an upper bound for the Worker's own memory.
 *
 * Options: --articles N (default 50000).
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { option } from './support/cli';
import { bundleWorker } from './support/bundle-worker';

const ROOT = resolve(import.meta.dirname, '..');
const DATA = resolve(ROOT, '../shared/data/extraction');
/** wrangler.toml's database_id: the local D1 object wrangler and Miniflare both name the database by. */
const DATABASE_ID = '00000000-0000-0000-0000-000000000000';

/** Texts to build articles from: hand-marked bodies of real pages (zh-news, cwced, aeb). */
function sourceTexts(): Array<{ title: string; text: string; lang: string; url: string }> {
  const texts: Array<{ title: string; text: string; lang: string; url: string }> = [];
  for (const [set, lang] of [['zh-news', 'zh-Hans'], ['cwced', 'zh-Hans'], ['aeb', 'en']] as const) {
    for (const line of readFileSync(join(DATA, set, 'truth.jsonl'), 'utf8').split('\n').filter(Boolean)) {
      const truth = JSON.parse(line) as { id: string; text?: string; title?: string; url?: string };
      if (!truth.text || truth.text.length < 200) continue;
      texts.push({ title: truth.title ?? truth.text.slice(0, 30), text: truth.text, lang, url: truth.url ?? `https://${set}.example/${truth.id}` });
    }
  }
  return texts;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Descendant processes of this one whose command is workerd. */
function workerdPids(): number[] {
  const parents = new Map<number, number>();
  const names = new Map<number, string>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const close = stat.lastIndexOf(')');
      names.set(Number(entry), stat.slice(stat.indexOf('(') + 1, close));
      parents.set(Number(entry), Number(stat.slice(close + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = parents.get(pid); p !== undefined && p > 1; p = parents.get(p)) if (p === process.pid) return true;
    return false;
  };
  return [...names].filter(([pid, name]) => name.includes('workerd') && isDescendant(pid)).map(([pid]) => pid);
}

function rssBytes(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return sum + (match ? Number(match[1]) * 1024 : 0);
  }, 0);
}

/** User+system CPU seconds of the processes (clock ticks of 10 ms). */
function cpuSeconds(pids: number[]): number {
  return pids.reduce((sum, pid) => {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return sum + (Number(fields[11]) + Number(fields[12])) / 100;
  }, 0);
}

async function main(): Promise<void> {
  const count = Number(option('articles') ?? 50_000);
  const persist = mkdtempSync(join(tmpdir(), 'jianbao-bench-export-'));
  const env = { ...process.env, CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false', CI: '1' };
  execFileSync(resolve(ROOT, 'node_modules/.bin/wrangler'), ['d1', 'migrations', 'apply', 'DB', '--local', '--persist-to', persist], { cwd: ROOT, env, stdio: 'pipe' });
  const mf = new Miniflare({
    modules: true,
    scriptPath: await bundleWorker('worker/index.ts', 'worker.mjs'),
    compatibilityDate: '2026-05-01',
    compatibilityFlags: ['nodejs_compat'],
    d1Databases: { DB: DATABASE_ID },
    d1Persist: join(persist, 'v3', 'd1'),
    ratelimits: { WRITE_LIMITER: { simple: { limit: 1_000_000, period: 60 } } },
    bindings: { CLIP_LOOPBACK: 'refuse' },
  });
  try {
    const db = await mf.getD1Database('DB');
    const userId = randomBytes(8).toString('hex');
    const tokenId = randomBytes(8).toString('hex');
    const token = `jb_${tokenId}_${randomBytes(32).toString('base64url')}`;
    const now = new Date().toISOString();
    await db.batch([
      db.prepare('INSERT INTO users (id, name, created_at) VALUES (?1, ?2, ?3)').bind(userId, 'bench', now),
      db
        .prepare("INSERT INTO tokens (id, user_id, name, kind, secret_hash, created_at) VALUES (?1, ?2, 'bench', 'api', ?3, ?4)")
        .bind(tokenId, userId, createHash('sha256').update(token).digest('hex'), now),
    ]);

    // Each source text is stored once in a scratch table, then SQLite copies it into articles and
    // versions with a distinct id, URL, title and time per copy: 50,000 rows load in seconds
    // instead of shipping every row through the Miniflare proxy.
    const texts = sourceTexts();
    const loadStart = performance.now();
    await db.prepare('CREATE TABLE bench_sources (k INTEGER PRIMARY KEY, title TEXT, lang TEXT, url TEXT, site TEXT, data TEXT)').run();
    const sourceRows = texts.map((source, k) => {
      const article = {
        url: source.url,
        canonicalUrl: source.url,
        title: source.title,
        authors: ['王成果'],
        editors: [],
        source: source.lang === 'en' ? 'Wire' : '新华社',
        siteName: new URL(source.url).hostname,
        publishedAt: '2024-05-01T08:00:00+08:00',
        lang: source.lang,
        keywords: [],
        text: source.text,
        html: source.text.split(/\n\s*\n/).map((p) => `<p>${escapeHtml(p)}</p>`).join(''),
        wordCount: source.text.length,
        flags: [],
        extractor: { name: 'jianbao', version: 'bench' },
      };
      return db
        .prepare('INSERT INTO bench_sources (k, title, lang, url, site, data) VALUES (?1, ?2, ?3, ?4, ?5, ?6)')
        .bind(k, source.title, source.lang, source.url, article.siteName, JSON.stringify(article));
    });
    for (let i = 0; i < sourceRows.length; i += 50) await db.batch(sourceRows.slice(i, i + 50));
    const copies = `WITH RECURSIVE n(i) AS (SELECT ?1 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < ?2)
      SELECT i, printf('%08x-0000-4000-8000-%012x', i, i) AS id, s.url || '?copy=' || i AS url, s.title || ' (' || i || ')' AS title,
             s.lang, s.site, s.data, strftime('%Y-%m-%dT%H:%M:%fZ', '2024-01-01', '+' || i || ' minutes') AS saved_at
        FROM n JOIN bench_sources s ON s.k = n.i % ${texts.length}`;
    for (let start = 0; start < count; start += 5_000) {
      const end = Math.min(count, start + 5_000);
      await db.batch([
        db
          .prepare(
            `INSERT INTO articles (id, user_id, canonical_url, site, current_version, title, lang, published_at, saved_at, created_at)
             SELECT id, ?3, url, site, 1, title, lang, '2024-05-01T08:00:00+08:00', saved_at, saved_at FROM (${copies})`,
          )
          .bind(start, end, userId),
        db
          .prepare(
            `INSERT INTO article_versions (article_id, version, content_hash, data, saved_at)
             SELECT id, 1, 'h' || i, json_set(data, '$.url', url, '$.canonicalUrl', url, '$.title', title), saved_at FROM (${copies})`,
          )
          .bind(start, end),
      ]);
    }
    const totals = await db
      .prepare('SELECT COUNT(*) AS n, SUM(length(CAST(v.data AS BLOB))) AS bytes FROM articles a JOIN article_versions v ON v.article_id = a.id WHERE a.user_id = ?1')
      .bind(userId)
      .first<{ n: number; bytes: number }>();
    const stored = totals?.n ?? 0;
    const storedBytes = totals?.bytes ?? 0;
    console.log(`GET /api/export: ${stored} articles (${(storedBytes / 1024 / 1024).toFixed(0)} MiB of stored JSON) loaded in ${((performance.now() - loadStart) / 1000).toFixed(1)} s`);
    console.log('Worker in workerd (Miniflare) with a local D1; memory = workerd resident set above idle (includes the SQLite cache)\n');
    console.log(`${'format'.padEnd(10)}${'articles'.padStart(10)}${'bytes'.padStart(12)}${'first byte'.padStart(12)}${'wall'.padStart(10)}${'workerd CPU'.padStart(13)}${'peak memory'.padStart(13)}`);

    const pids = workerdPids();
    // One untimed export first, so both measured runs find D1's pages equally cached.
    await (await mf.dispatchFetch('http://bench.local/api/export?format=jsonl', { headers: { Authorization: `Bearer ${token}` } })).arrayBuffer();
    for (const format of ['jsonl', 'markdown'] as const) {
      await new Promise((r) => setTimeout(r, 500));
      const baseline = rssBytes(pids);
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, rssBytes(pids))), 25);
      const cpuBefore = cpuSeconds(pids);
      const started = performance.now();
      const response = await mf.dispatchFetch(`http://bench.local/api/export?format=${format}`, { headers: { Authorization: `Bearer ${token}` } });
      if (!response.ok || !response.body) throw new Error(`export ${format}: HTTP ${response.status}`);
      let firstByte = 0;
      let bytes = 0;
      let newlines = 0;
      let tail = new Uint8Array(0);
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        if (bytes === 0) firstByte = performance.now() - started;
        bytes += chunk.byteLength;
        if (format === 'jsonl') for (const byte of chunk) if (byte === 10) newlines += 1;
        tail = chunk.byteLength >= 22 ? chunk.slice(-22) : tail;
      }
      const wall = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const cpu = cpuSeconds(pids) - cpuBefore;
      // jsonl: one line an article; zip: the entry count of the end-of-central-directory record (0xffff when ZIP64).
      const entries = format === 'jsonl' ? newlines : new DataView(tail.buffer, tail.byteOffset).getUint16(10, true);
      const articles = format === 'markdown' && entries === 0xffff ? `${stored} (zip64)` : String(entries);
      console.log(
        `${format.padEnd(10)}${articles.padStart(10)}${`${(bytes / 1024 / 1024).toFixed(0)} MiB`.padStart(12)}${`${firstByte.toFixed(0)} ms`.padStart(12)}${`${wall.toFixed(1)} s`.padStart(10)}${`${cpu.toFixed(1)} s`.padStart(13)}${`${((peak - baseline) / 1024 / 1024).toFixed(0)} MiB`.padStart(13)}`,
      );
    }
  } finally {
    await mf.dispose();
    rmSync(persist, { recursive: true, force: true });
  }
}

await main();
