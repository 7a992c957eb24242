#!/usr/bin/env node
/**
 * Manage API tokens in the Worker's D1 (local or deployed).
 *
 *   npm run --silent token -- create --name NAME [--user USER] [--kind api|feed] --local|--remote
 *   npm run --silent token -- list [--user USER] --local|--remote
 *   npm run --silent token -- revoke (--id TOKEN_ID | --name NAME [--user USER]) --local|--remote
 *
 * `create` prints the new token as the LAST line of stdout: it is shown once and never stored;
 * D1 keeps only its SHA-256. Tokens look like jb_<id>_<secret> (worker/auth/authenticate.ts).
 * `--kind feed` makes a read-only feed token: it opens only <worker>/feeds/<token>.atom, never the API
 * (the reader page's "Export & feeds" makes them too).
 * The user (default "me") is created on first use. Any other `--flag value` pair that wrangler
 * understands for `d1 execute` (e.g. --persist-to DIR, --config FILE, --env NAME) is passed through.
 */
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';

const USAGE = `usage:
  token create --name NAME [--user USER] [--kind api|feed] (--local | --remote) [--persist-to DIR]
  token list [--user USER] (--local | --remote) [--persist-to DIR]
  token revoke (--id TOKEN_ID | --name NAME [--user USER]) (--local | --remote) [--persist-to DIR]`;

/** Flags this script reads itself; everything else goes to wrangler. */
const OWN_VALUE_FLAGS = new Set(['--name', '--user', '--id', '--kind']);
const PASSTHROUGH_VALUE_FLAGS = new Set(['--persist-to', '--config', '--env', '-c', '-e']);
/** Names are shown in listings and bound into SQL text, so they are kept to plain characters. */
const NAME_PATTERN = /^[\p{L}\p{N} ._@-]{1,100}$/u;

function fail(message) {
  process.stderr.write(`token: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const [command, ...rest] = argv;
  const own = {};
  const passthrough = [];
  let target;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? rest[++i] ?? fail(`${flag} needs a value`);
    if (flag === '--local' || flag === '--remote') {
      if (target && target !== flag) fail('give either --local or --remote, not both');
      target = flag;
    } else if (OWN_VALUE_FLAGS.has(flag)) own[flag.slice(2)] = value();
    else if (PASSTHROUGH_VALUE_FLAGS.has(flag)) passthrough.push(flag, value());
    else fail(`unknown argument ${arg}`);
  }
  if (!['create', 'list', 'revoke'].includes(command)) fail(command ? `unknown command ${command}` : 'no command');
  if (!target) fail('say where: --local (wrangler dev, npm start) or --remote (the deployed Worker)');
  return { command, own, target, passthrough };
}

/** SQL string literal (names are pattern-checked first; quotes are doubled regardless). */
const sql = (value) => `'${String(value).replace(/'/g, "''")}'`;

function d1(target, passthrough, command, { json = false } = {}) {
  const args = ['wrangler', 'd1', 'execute', 'DB', target, ...passthrough, '--command', command];
  if (json) args.push('--json');
  if (target === '--remote') args.push('--yes');
  try {
    return execFileSync('npx', args, {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, WRANGLER_SEND_METRICS: 'false', CI: process.env.CI ?? '1' },
    });
  } catch (err) {
    process.stderr.write(err.stdout ?? '');
    process.stderr.write(err.stderr ?? '');
    fail(`wrangler d1 execute failed (are the migrations applied? npx wrangler d1 migrations apply DB ${target})`);
  }
}

function rowsOf(output) {
  const parsed = JSON.parse(output.slice(output.indexOf('[')));
  return parsed.flatMap((result) => result.results ?? []);
}

const { command, own, target, passthrough } = parseArgs(process.argv.slice(2));
const user = own.user ?? 'me';
if (!NAME_PATTERN.test(user)) fail('--user: letters, digits, space, . _ @ - only (at most 100)');
const now = new Date().toISOString();

if (command === 'create') {
  if (!own.name) fail('create needs --name NAME');
  if (!NAME_PATTERN.test(own.name)) fail('--name: letters, digits, space, . _ @ - only (at most 100)');
  const kind = own.kind ?? 'api';
  if (kind !== 'api' && kind !== 'feed') fail('--kind: api or feed');
  const tokenId = randomBytes(8).toString('hex');
  const token = `jb_${tokenId}_${randomBytes(32).toString('base64url')}`;
  const hash = createHash('sha256').update(token).digest('hex');
  const userId = randomBytes(8).toString('hex');
  d1(
    target,
    passthrough,
    `INSERT OR IGNORE INTO users (id, name, created_at) VALUES (${sql(userId)}, ${sql(user)}, ${sql(now)});` +
      ` INSERT INTO tokens (id, user_id, name, kind, secret_hash, created_at)` +
      ` SELECT ${sql(tokenId)}, id, ${sql(own.name)}, ${sql(kind)}, ${sql(hash)}, ${sql(now)} FROM users WHERE name = ${sql(user)};`,
  );
  process.stdout.write(`Created ${kind} token ${tokenId} "${own.name}" for user "${user}" (${target.slice(2)}). Shown once; only its hash is stored:\n`);
  if (kind === 'feed') process.stdout.write(`Subscribe to <your Worker URL>/feeds/<the token below>.atom (add ?q=words for a search).\n`);
  process.stdout.write(`${token}\n`);
} else if (command === 'list') {
  const rows = rowsOf(
    d1(
      target,
      passthrough,
      `SELECT t.id, t.name, u.name AS user, t.kind, t.created_at, t.revoked_at FROM tokens t JOIN users u ON u.id = t.user_id` +
        (own.user ? ` WHERE u.name = ${sql(user)}` : '') +
        ` ORDER BY t.created_at`,
      { json: true },
    ),
  );
  if (rows.length === 0) process.stdout.write('no tokens\n');
  for (const row of rows) {
    const state = row.revoked_at ? `revoked ${row.revoked_at}` : 'active';
    process.stdout.write(`${row.id}  ${row.kind}  ${row.user}  ${row.name}  created ${row.created_at}  ${state}\n`);
  }
} else {
  let where;
  if (own.id) {
    if (!/^[0-9a-f]{16}$/.test(own.id)) fail('--id: 16 hex digits, see `token list`');
    where = `id = ${sql(own.id)}`;
  } else if (own.name) {
    if (!NAME_PATTERN.test(own.name)) fail('--name: letters, digits, space, . _ @ - only (at most 100)');
    where = `name = ${sql(own.name)} AND user_id = (SELECT id FROM users WHERE name = ${sql(user)})`;
  } else fail('revoke needs --id TOKEN_ID or --name NAME');
  const rows = rowsOf(
    d1(
      target,
      passthrough,
      `UPDATE tokens SET revoked_at = ${sql(now)} WHERE ${where} AND revoked_at IS NULL; SELECT id, revoked_at FROM tokens WHERE ${where};`,
      { json: true },
    ),
  );
  if (rows.length === 0) fail(`no such token (see \`token list\`)`);
  for (const row of rows) process.stdout.write(`Revoked token ${row.id} (${row.revoked_at})\n`);
}
