import { cloudflareTest, readD1Migrations } from '@cloudflare/vitest-pool-workers';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { buildReader } from './scripts/build-reader.mjs';

/** Same alias as wrangler.toml [alias]: the DOM-typed extractor behind a DOM-free contract. */
const EXTRACTOR_ALIAS = {
  '@jianbao/extract-html': fileURLToPath(new URL('./shared/extract/from-html.ts', import.meta.url)),
};

// Three projects: the pure core runs in Node (linkedom documents); the Worker runs inside
// workerd with a real local D1 (migrations applied by worker/test/apply-migrations.ts);
// end-to-end tests drive real Chromium and Firefox with the built extension.
export default defineConfig({
  test: {
    projects: [
      {
        // The OpenAPI test imports the Worker's routes, so the extractor alias is needed here too.
        resolve: { alias: EXTRACTOR_ALIAS },
        test: {
          name: 'shared',
          // Property tests run hundreds of cases; CI machines are small.
          testTimeout: 30_000,
          environment: 'node',
          include: ['shared/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          env: { TZ: 'UTC' },
        },
      },
      {
        plugins: [
          cloudflareTest(async () => {
            // wrangler.toml serves dist/reader as static assets: build it before the Worker starts.
            await buildReader({ quiet: true });
            return {
              wrangler: { configPath: './wrangler.toml' },
              miniflare: {
                bindings: { TEST_MIGRATIONS: await readD1Migrations('worker/migrations') },
              },
            };
          }),
        ],
        resolve: { alias: EXTRACTOR_ALIAS },
        test: {
          name: 'worker',
          // Generous: some tests send hundreds of requests, and CI machines are small.
          testTimeout: 30_000,
          include: ['worker/**/*.test.ts'],
          setupFiles: ['worker/test/apply-migrations.ts'],
          // A local web server for the POST /api/clip tests (real fetches over loopback).
          globalSetup: ['tests/support/page-server.ts'],
        },
      },
      {
        // Real browsers with the built extension against a real `wrangler dev`; one file at a time.
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 180_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
