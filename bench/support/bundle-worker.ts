import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';

const ROOT = resolve(import.meta.dirname, '../..');

/** Module aliases the Worker's code uses (wrangler.toml [alias] declares the same). */
const WORKER_ALIASES = {
  '@jianbao/extract-html': resolve(ROOT, 'shared/extract/from-html.ts'),
  '@jianbao/readability-html': resolve(ROOT, 'shared/extract/readability-from-html.ts'),
};

/**
 * Bundles a Worker entry point (relative to the repo) as one ES module for Miniflare, the way
 * wrangler would, into .tmp/bench/<outName>. Returns the bundle's path.
 */
export async function bundleWorker(entry: string, outName: string): Promise<string> {
  const outdir = resolve(ROOT, '.tmp/bench');
  await mkdir(outdir, { recursive: true });
  const outfile = join(outdir, outName);
  await build({
    entryPoints: [resolve(ROOT, entry)],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    conditions: ['workerd', 'worker', 'browser'],
    target: 'es2022',
    alias: WORKER_ALIASES,
    // linkedom tries require('canvas') inside try/catch and falls back to a shim; the runtime's
    // own modules are provided by workerd.
    external: ['canvas', 'cloudflare:*', 'node:*'],
    logLevel: 'error',
  });
  return outfile;
}
