#!/usr/bin/env node
/**
 * `npm test`: every test of the project, in the order that fails fastest.
 *   1. type-check every part (tests included);
 *   2. build the extension (the browser tests load dist/);
 *   3. run all vitest projects: the pure core in Node, the Worker inside workerd with a real
 *      local D1, and the end-to-end tests in real Chromium and Firefox against `wrangler dev`.
 * Browsers are installed first when missing (see scripts/browsers.mjs).
 * Extra arguments go to vitest, e.g. `npm test -- --project shared`.
 */
import { spawnSync } from 'node:child_process';
import { ensureBrowsers } from './browsers.mjs';

const extraArgs = process.argv.slice(2);
const onlyProjects = extraArgs.includes('--project')
  ? extraArgs.filter((_, i) => extraArgs[i - 1] === '--project')
  : ['shared', 'worker', 'e2e'];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) {
    console.error(`\n✖ ${label} failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

if (onlyProjects.includes('e2e') && !ensureBrowsers()) process.exit(1);
run('type-check', 'npm', ['run', '--silent', 'typecheck']);
run('build the extension', 'npm', ['run', '--silent', 'build']);
run('tests', 'npx', ['vitest', 'run', ...extraArgs], { TZ: 'UTC', CLOUDFLARE_CF_FETCH_ENABLED: 'false' });
