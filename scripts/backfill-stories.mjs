#!/usr/bin/env node
/**
 * Story detection for the articles a user saved before it existed, or before migration 0013
 * re-keyed the story index: calls POST /api/stories/backfill until nothing is left.
 *
 *   npm run --silent stories:backfill -- --url https://jianbao.example.workers.dev --token jb_… [--batch 20]
 *
 * --url and --token may also come from JIANBAO_URL and JIANBAO_TOKEN. Each call processes one
 * batch (oldest first) inside the Worker's CPU limits; the script waits when the write limit
 * answers 429 (Retry-After) and stops at the first other error. Safe to interrupt and run again.
 */
const USAGE = 'usage: stories:backfill --url WORKER_URL --token TOKEN [--batch 1-50]';

function option(name) {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

function fail(message) {
  process.stderr.write(`stories:backfill: ${message}\n${USAGE}\n`);
  process.exit(2);
}

const base = option('url') ?? process.env.JIANBAO_URL;
const token = option('token') ?? process.env.JIANBAO_TOKEN;
const batch = Number(option('batch') ?? 20);
if (!base) fail('the Worker URL is missing');
if (!token) fail('the token is missing');
if (!Number.isInteger(batch) || batch < 1 || batch > 50) fail('--batch must be a whole number from 1 to 50');

const endpoint = new URL(`/api/stories/backfill?limit=${batch}`, base);
let processed = 0;
let linked = 0;
for (;;) {
  const response = await fetch(endpoint, { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
  if (response.status === 429) {
    const seconds = Number(response.headers.get('retry-after') ?? 60);
    process.stderr.write(`write limit reached; waiting ${seconds} s\n`);
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    continue;
  }
  if (!response.ok) fail(`HTTP ${response.status}: ${await response.text()}`);
  const result = await response.json();
  processed += result.processed;
  linked += result.linked;
  process.stdout.write(`processed ${processed}, linked ${linked}, remaining ${result.remaining}\n`);
  if (result.remaining === 0 || result.processed === 0) break;
}
