import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * scripts/token.mjs against a real local D1 in its own state directory (--persist-to), the way
 * `npm run --silent token -- … --local` runs it; the rows are then read with Miniflare.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const STATE = mkdtempSync(join(tmpdir(), 'jianbao-token-test-'));

function run(...args: string[]): { stdout: string; status: number; stderr: string } {
  try {
    const stdout = execFileSync('node', ['scripts/token.mjs', ...args, '--persist-to', STATE], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
    });
    return { stdout, status: 0, stderr: '' };
  } catch (err) {
    const e = err as { stdout: string; stderr: string; status: number };
    return { stdout: e.stdout, stderr: e.stderr, status: e.status };
  }
}

async function rows(sql: string): Promise<Array<Record<string, unknown>>> {
  const databaseId = /database_id\s*=\s*"([^"]+)"/.exec(readFileSync(join(ROOT, 'wrangler.toml'), 'utf8'))![1]!;
  const mf = new Miniflare({
    modules: true,
    script: 'export default { fetch() { return new Response(null); } }',
    compatibilityDate: '2026-05-01',
    d1Databases: { DB: databaseId },
    d1Persist: join(STATE, 'v3', 'd1'),
  });
  try {
    const db = await mf.getD1Database('DB');
    return (await db.prepare(sql).all<Record<string, unknown>>()).results;
  } finally {
    await mf.dispose();
  }
}

beforeAll(() => {
  execFileSync('npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local', '--persist-to', STATE], {
    cwd: ROOT,
    stdio: 'ignore',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: '1' },
  });
}, 120_000);

afterAll(() => rmSync(STATE, { recursive: true, force: true }));

describe('npm run token', () => {
  let token = '';

  it('create prints the token as the last line and stores only its SHA-256', async () => {
    const result = run('create', '--name', 'laptop', '--local');
    expect(result.status).toBe(0);
    token = result.stdout.trim().split('\n').at(-1)!;
    expect(token).toMatch(/^jb_[0-9a-f]{16}_[A-Za-z0-9_-]{43}$/);
    const stored = await rows('SELECT t.id, t.name, t.secret_hash, t.revoked_at, u.name AS user FROM tokens t JOIN users u ON u.id = t.user_id');
    expect(stored).toEqual([
      {
        id: token.slice(3, 19),
        name: 'laptop',
        secret_hash: createHash('sha256').update(token).digest('hex'),
        revoked_at: null,
        user: 'me',
      },
    ]);
    expect(JSON.stringify(await rows('SELECT * FROM tokens'))).not.toContain(token.slice(20));
  }, 120_000);

  it('list shows the token without its secret; revoke marks it revoked', async () => {
    const listed = run('list', '--local');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain(token.slice(3, 19));
    expect(listed.stdout).toContain('laptop');
    expect(listed.stdout).toContain('active');
    expect(listed.stdout).not.toContain(token.slice(20));

    const revoked = run('revoke', '--name', 'laptop', '--local');
    expect(revoked.status).toBe(0);
    const [row] = await rows('SELECT revoked_at FROM tokens');
    expect(Date.parse(String(row!.revoked_at))).toBeGreaterThan(Date.now() - 300_000);
    expect(run('list', '--local').stdout).toContain('revoked');
  }, 180_000);

  it('refuses bad arguments with exit code 2 and a usage line, touching nothing', async () => {
    for (const args of [['create', '--local'], ['create', '--name', 'x'], ['create', '--name', "x'; DROP TABLE tokens; --", '--local'], ['frobnicate', '--local']]) {
      const result = run(...args);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stderr).toMatch(/usage:/);
    }
    expect(await rows('SELECT COUNT(*) AS n FROM tokens')).toEqual([{ n: 1 }]);
  }, 60_000);
});
