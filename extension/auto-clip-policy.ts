/** Decides whether and how a page is clipped automatically, from the settings and its address. */
import type { AutoClipPolicy } from './messages';
import { isConfigured, type Settings } from './settings';
import { autoClipAllowed } from './site-rules';

/**
 * The auto-clip policy for a page: off when auto-clip is off, when the extension is not set up
 * (clips would pile up with nowhere to go), or when the site lists exclude the page.
 */
export function autoClipPolicyFor(pageUrl: string | undefined, settings: Settings): AutoClipPolicy {
  if (settings.autoClip === 'off' || !pageUrl || !isConfigured(settings)) return { mode: 'off' };
  if (!autoClipAllowed(pageUrl, settings)) return { mode: 'off' };
  if (settings.autoClip === 'on-open') return { mode: 'on-open' };
  return { mode: 'when-read', readSeconds: settings.readSeconds };
}
