#!/usr/bin/env node
/**
 * Builds the reader page into dist/reader (served by the Worker as static assets, see
 * wrangler.toml [assets]): worker/reader/main.ts bundled by esbuild, plus index.html and
 * reader.css copied as they are. Run by `wrangler dev`/`wrangler deploy` ([build] command),
 * by the vitest config and by `npm run build`.
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(root, 'worker/reader');
const out = resolve(root, 'dist/reader');

/** Builds the page; resolves when dist/reader is complete. */
export async function buildReader({ quiet = false } = {}) {
  mkdirSync(out, { recursive: true });
  await build({
    entryPoints: [resolve(source, 'main.ts')],
    outfile: resolve(out, 'reader.js'),
    bundle: true,
    format: 'esm',
    target: ['chrome111', 'firefox115', 'safari16.4'],
    minify: true,
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: quiet ? 'error' : 'info',
  });
  for (const file of ['index.html', 'reader.css']) copyFileSync(resolve(source, file), resolve(out, file));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildReader();
}
