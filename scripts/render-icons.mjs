#!/usr/bin/env node
/**
 * Renders extension/icons/icon.svg to the PNG sizes the manifests use (Chrome does not take SVG
 * icons). Run after editing the SVG; the PNGs are committed, so builds need no browser.
 *   node scripts/render-icons.mjs
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const icons = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'extension/icons');
/** Sizes Chrome and Firefox ask for: toolbar (16, 32), extensions page (48), store/install (128). */
export const ICON_SIZES = [16, 32, 48, 128];

const svg = readFileSync(join(icons, 'icon.svg'), 'utf8');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new', '--no-sandbox'] });
try {
  for (const size of ICON_SIZES) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`);
    await page.screenshot({ path: join(icons, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
console.log(`Rendered ${ICON_SIZES.map((size) => `icon-${size}.png`).join(', ')}`);
