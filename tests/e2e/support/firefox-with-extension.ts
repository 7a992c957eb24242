/**
 * Real Firefox (Debian's firefox-esr) with the built extension (dist/firefox) installed as a
 * temporary add-on by `web-ext run`, headless, driven over WebDriver BiDi.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from './free-ports';
import { startGroup, waitFor, type GroupProcess } from './process-group';
import { connectBidi, type BidiSession } from './webdriver-bidi';

export const FIREFOX_PATH = '/usr/bin/firefox-esr';
const ROOT = resolve(import.meta.dirname, '../../..');
const FIREFOX_EXTENSION_DIR = join(ROOT, 'dist/firefox');

/**
 * Preferences for a quiet, offline test browser: every proxied request goes to a closed port
 * (127.0.0.1 is never proxied), so only the local servers answer; no updates, telemetry or studies.
 */
const TEST_PREFS: Record<string, string | number | boolean> = {
  'network.proxy.type': 1,
  'network.proxy.http': '127.0.0.1',
  'network.proxy.http_port': 9,
  'network.proxy.ssl': '127.0.0.1',
  'network.proxy.ssl_port': 9,
  'network.proxy.share_proxy_settings': true,
  'app.update.disabledForTesting': true,
  'datareporting.policy.dataSubmissionEnabled': false,
  'toolkit.telemetry.enabled': false,
  'app.shield.optoutstudies.enabled': false,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
};

export interface FirefoxWithExtension {
  bidi: BidiSession;
  /** The moz-extension://UUID origin of the installed extension. */
  extensionOrigin: string;
  /** Stops Firefox and web-ext, and deletes the temporary profile. */
  dispose(): Promise<void>;
}

/** Runs `web-ext run` headless with a BiDi port; resolves once the extension's setup page is open. */
export async function launchFirefoxWithExtension(): Promise<FirefoxWithExtension> {
  const bidiPort = await freePort();
  const profile = mkdtempSync(join(tmpdir(), 'jianbao-e2e-firefox-'));
  const prefs = Object.entries(TEST_PREFS).map(([name, value]) => `--pref=${name}=${value}`);
  const webExt: GroupProcess = startGroup(join(ROOT, 'node_modules/.bin/web-ext'), [
    'run', '--source-dir', FIREFOX_EXTENSION_DIR, '--firefox', FIREFOX_PATH,
    '--firefox-profile', profile, '--profile-create-if-missing', '--keep-profile-changes',
    '--no-input', '--no-reload', '--start-url', 'about:blank',
    '--arg=-headless', `--arg=--remote-debugging-port=${bidiPort}`, ...prefs,
  ], { cwd: ROOT, env: { ...process.env, MOZ_HEADLESS: '1', WEB_EXT_NO_CONFIG_DISCOVERY: '1' } });
  try {
    await waitFor(() => {
      if (webExt.child.exitCode !== null) throw new Error(`web-ext run exited:\n${webExt.output()}`);
      return /Installed .* as a temporary add-on/.test(webExt.output()) ? true : undefined;
    }, 90_000, 'web-ext to install the extension');
    const bidi = await connectBidi(bidiPort);
    // On install the extension opens its options page (nothing works before it is set up).
    const options = await waitFor(async () => (await bidi.contexts()).find((c) => c.url.startsWith('moz-extension://')), 30_000, 'the options page');
    return {
      bidi,
      // new URL(...).origin is "null" for moz-extension: URLs in Node.
      extensionOrigin: options.url.slice(0, options.url.indexOf('/', 'moz-extension://'.length)),
      async dispose() {
        bidi.close();
        await webExt.stop();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await webExt.stop();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}
