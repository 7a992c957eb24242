#!/usr/bin/env node
/**
 * `npm start`: the main job on a fresh machine.
 *   1. apply the D1 migrations to the local database (.wrangler/state);
 *   2. the first time, create a local API token and print it (only its hash is stored);
 *   3. build the extension into dist/chrome and dist/firefox;
 *   4. serve the Worker with `wrangler dev` at http://127.0.0.1:8787 until Ctrl-C.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const PORT = process.env.PORT ?? '8787';
const TOKEN_MARKER = resolve('.wrangler/jianbao-local-token-created');

function step(label, command, args, { capture = false } = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, {
    stdio: capture ? ['ignore', 'pipe', 'inherit'] : 'inherit',
    encoding: 'utf8',
    env: { ...process.env, WRANGLER_SEND_METRICS: 'false' },
  });
  if (result.status !== 0) {
    console.error(`✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
  return result.stdout ?? '';
}

step('apply migrations to the local D1', 'npx', ['wrangler', 'd1', 'migrations', 'apply', 'DB', '--local']);

if (!existsSync(TOKEN_MARKER)) {
  const out = step('create a local API token', 'node', ['scripts/token.mjs', 'create', '--name', 'local', '--local'], { capture: true });
  const token = out.trim().split('\n').pop();
  mkdirSync(resolve('.wrangler'), { recursive: true });
  writeFileSync(TOKEN_MARKER, `${new Date().toISOString()}\n`);
  console.log('\n  Your local API token (shown once; paste it into the extension options):');
  console.log(`\n    ${token}\n`);
  console.log('  Lost it? `npm run --silent token -- create --name another --local` makes a new one.');
}

step('build the extension', 'node', ['scripts/build-extension.mjs']);
console.log('\n  Load dist/chrome (chrome://extensions → Developer mode → Load unpacked)');
console.log('  or dist/firefox/manifest.json (about:debugging → This Firefox → Load Temporary Add-on).');
console.log(`  Endpoint for the options page: http://127.0.0.1:${PORT}`);
console.log(`  Reader page (sign in with the token): http://127.0.0.1:${PORT}/\n`);

// The Request.cf lookup needs the internet; without it wrangler prints an error on each start.
const dev = spawn('npx', ['wrangler', 'dev', '--ip', '127.0.0.1', '--port', PORT], {
  stdio: 'inherit',
  env: { CLOUDFLARE_CF_FETCH_ENABLED: 'false', ...process.env, WRANGLER_SEND_METRICS: 'false' },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code) => process.exit(code ?? 0));
