import { createExecutionContext, waitOnExecutionContext } from 'cloudflare:test';
import { env, exports } from 'cloudflare:workers';
import type { ArticleInput } from '../../shared/article';
import { sha256Hex } from '../auth/authenticate';
import worker from '../index';

/**
 * Test helpers: a real user and token in the local D1 (stored the way scripts/token.mjs stores
 * them: only the SHA-256 of the token), and requests through the Worker's own fetch handler.
 */

function randomHex(bytes: number): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(bytes)), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Creates a user with one API token; returns the token in clear and the ids. */
export async function createUserWithToken(name = `user-${randomHex(6)}`) {
  const userId = randomHex(8);
  const tokenId = randomHex(8);
  const secret = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
  const token = `jb_${tokenId}_${secret}`;
  const now = new Date().toISOString();
  await env.DB.batch([
    env.DB.prepare('INSERT INTO users (id, name, created_at) VALUES (?1, ?2, ?3)').bind(userId, name, now),
    env.DB.prepare('INSERT INTO tokens (id, user_id, name, kind, secret_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)').bind(
      tokenId,
      userId,
      'test',
      'api',
      await sha256Hex(token),
      now,
    ),
  ]);
  return { token, userId, tokenId };
}

/** Calls the Worker as a client would. */
export function call(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Response> {
  const { token, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  return exports.default.fetch(
    new Request(`http://jianbao.test${path}`, {
      ...rest,
      headers,
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    }),
  );
}

/**
 * Like `call`, through the Worker's fetch handler directly with the test's real bindings: for
 * tests that send hundreds of requests, since exports.default.fetch slows down with every call.
 */
export async function callDirect(path: string, init: RequestInit & { token?: string; json?: unknown } = {}): Promise<Response> {
  const { token, json, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  if (json !== undefined) headers.set('Content-Type', 'application/json');
  const ctx = createExecutionContext();
  const request = new Request(`http://jianbao.test${path}`, { ...rest, headers, body: json !== undefined ? JSON.stringify(json) : rest.body });
  const response = await worker.fetch(request as Request<unknown, IncomingRequestCfProperties>, env, ctx);
  await waitOnExecutionContext(ctx);
  return response;
}

let counter = 0;

/** A valid schema-v1 article; each call gets its own URL unless one is given. */
export function sampleArticle(overrides: Partial<ArticleInput> = {}): ArticleInput {
  counter += 1;
  const url = `https://news.example.com/2024/story-${counter}-${randomHex(4)}.html`;
  return {
    url,
    canonicalUrl: url,
    title: '中央环保督察组进驻河北',
    subtitle: '引题：持续改善生态环境',
    authors: ['王成果'],
    editors: ['陈潇'],
    source: '河北新闻网',
    siteName: '河北新闻网',
    publishedAt: '2018-06-20T17:59:25+08:00',
    lang: 'zh-Hans',
    text: '今天，中央第一环境保护督察组向河北省反馈督察情况。督察组指出，河北省环保工作取得积极进展。\n\n会议还研究了其他事项。',
    html: '<p>今天，中央第一环境保护督察组向河北省反馈督察情况。</p><p>会议还研究了其他事项。</p>',
    wordCount: 60,
    flags: [],
    extractor: { name: 'jianbao', version: '0.1.0' },
    ...overrides,
  };
}

/** Everything the user has stored, for "nothing changed" assertions. */
export async function storedState(userId: string) {
  const articles = await env.DB.prepare('SELECT * FROM articles WHERE user_id = ?1 ORDER BY seq').bind(userId).all();
  const versions = await env.DB.prepare(
    'SELECT v.* FROM article_versions v JOIN articles a ON a.id = v.article_id WHERE a.user_id = ?1 ORDER BY v.article_id, v.version',
  )
    .bind(userId)
    .all();
  const fts = await env.DB.prepare('SELECT COUNT(*) AS n FROM articles_fts').first<{ n: number }>();
  return { articles: articles.results, versions: versions.results, ftsRows: fts?.n };
}
