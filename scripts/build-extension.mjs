#!/usr/bin/env node
/**
 * `npm run build`: bundles extension/ once with esbuild and writes two unpacked extensions,
 * dist/chrome (background service worker) and dist/firefox (background scripts, gecko settings),
 * from the one manifest in extension/manifest.json. Everything the extension runs is in the
 * bundle: no remote code, no eval, nothing fetched at run time.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'extension');
const dist = join(root, 'dist');

/** Script entry points → bundle names (the manifest and the HTML pages refer to these names). */
const ENTRY_POINTS = {
  background: 'extension/background/main.ts',
  content: 'extension/content/main.ts',
  popup: 'extension/popup/popup.ts',
  options: 'extension/options/options.ts',
};

/** Static files copied as they are. */
const STATIC_FILES = ['popup/popup.html', 'popup/popup.css', 'options/options.html', 'options/options.css', 'ui/page.css'];

/** The oldest browsers the bundles and manifest keys are meant for. */
const MIN_VERSIONS = { chrome: '120', firefox: '140.0', firefoxAndroid: '142.0' };

/** Firefox needs a stable add-on id for storage and the data-collection declaration (AMO policy). */
const GECKO_SETTINGS = {
  id: 'jianbao@jianbao.dev',
  strict_min_version: MIN_VERSIONS.firefox,
  data_collection_permissions: { required: ['none'] },
};

function manifestFor(target, base, version) {
  const manifest = { ...base, version };
  if (target === 'chrome') {
    manifest.background = { service_worker: 'background.js' };
    manifest.minimum_chrome_version = MIN_VERSIONS.chrome;
  } else {
    manifest.background = { scripts: ['background.js'] };
    // Firefox for Android declares data collection only from 142 on.
    manifest.browser_specific_settings = { gecko: GECKO_SETTINGS, gecko_android: { strict_min_version: MIN_VERSIONS.firefoxAndroid } };
  }
  return manifest;
}

async function main() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const base = JSON.parse(readFileSync(join(source, 'manifest.json'), 'utf8'));
  const bundles = join(dist, '.bundles');
  // Only our own outputs: dist/ also holds other builds (dist/reader).
  for (const dir of [bundles, join(dist, 'chrome'), join(dist, 'firefox')]) rmSync(dir, { recursive: true, force: true });

  await build({
    absWorkingDir: root,
    entryPoints: ENTRY_POINTS,
    outdir: bundles,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: [`chrome${MIN_VERSIONS.chrome}`, `firefox${parseInt(MIN_VERSIONS.firefox, 10)}`],
    // Readable output: store reviewers read it, and the size gain of minifying is irrelevant locally.
    minify: false,
    // Chinese label tables stay as UTF-8 text (readable, and smaller than \uXXXX escapes).
    charset: 'utf8',
    legalComments: 'inline',
    logLevel: 'warning',
  });

  for (const target of ['chrome', 'firefox']) {
    const out = join(dist, target);
    mkdirSync(out, { recursive: true });
    cpSync(bundles, out, { recursive: true });
    for (const file of STATIC_FILES) cpSync(join(source, file), join(out, file.split('/').pop()));
    // PNG icons rendered from icon.svg by scripts/render-icons.mjs (the SVG itself is not shipped).
    cpSync(join(source, 'icons'), join(out, 'icons'), { recursive: true, filter: (path) => !path.endsWith('.svg') });
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(target, base, pkg.version), null, 2)}\n`);
  }
  rmSync(bundles, { recursive: true, force: true });
  console.log(`Built the extension ${pkg.version}: dist/chrome, dist/firefox`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
