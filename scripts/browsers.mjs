/**
 * Makes sure the browsers the end-to-end tests drive are installed.
 *
 * The tests use Debian's Chromium (with Noto CJK fonts, so screenshots show Chinese text) and
 * Firefox ESR. As root on Debian we install them with apt; anywhere else we stop with the exact
 * command to run instead of a stack trace.
 */
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

/** Debian packages the browser tests need, and a file each one installs. */
export const BROWSER_PACKAGES = [
  { pkg: 'chromium', file: '/usr/bin/chromium' },
  { pkg: 'fonts-noto-cjk', file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc' },
  { pkg: 'firefox-esr', file: '/usr/bin/firefox-esr' },
];

/** @returns {string[]} the Debian packages that are not installed yet. */
export function missingBrowserPackages() {
  return BROWSER_PACKAGES.filter(({ file }) => !existsSync(file)).map(({ pkg }) => pkg);
}

/**
 * Installs missing browser packages when it can.
 * @returns {boolean} true when every package is present afterwards.
 */
export function ensureBrowsers({ log = console.log } = {}) {
  const missing = missingBrowserPackages();
  if (missing.length === 0) return true;
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (!isRoot || !hasApt) {
    log(`Browsers for the end-to-end tests are missing: ${missing.join(', ')}.`);
    log(hasApt ? `Install them with:\n  sudo sh -c '${command}'` : `Install ${missing.join(', ')} with your package manager.`);
    return false;
  }
  log(`Installing ${missing.join(', ')} with apt-get (takes a few minutes)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', ...missing]]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) {
      log(`apt-get ${args[0]} failed. Run it yourself:\n  ${command}`);
      return false;
    }
  }
  return missingBrowserPackages().length === 0;
}
