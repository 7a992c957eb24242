/**
 * The settings in storage.local, under one key. Only extension pages and the background read
 * them: the token never enters a web page's process (content scripts ask the background instead).
 */
import browser from 'webextension-polyfill';
import { normaliseSettings, type Settings } from './settings';

export const SETTINGS_KEY = 'settings';

/** Reads the settings (defaults for anything missing or invalid). */
export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normaliseSettings(stored[SETTINGS_KEY]);
}

/** Replaces the stored settings with `settings` (normalised first). */
export async function saveSettings(settings: Settings): Promise<Settings> {
  const clean = normaliseSettings(settings);
  await browser.storage.local.set({ [SETTINGS_KEY]: clean });
  return clean;
}
