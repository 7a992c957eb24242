/** Puts the outbox status on the toolbar button (see badge-appearance.ts for what it shows). */
import browser from 'webextension-polyfill';
import type { OutboxStatus } from '../messages';
import { badgeFor } from './badge-appearance';

/** Shows an outbox status on the toolbar button. */
export async function showOnBadge(status: OutboxStatus): Promise<void> {
  const { text, colour, title } = badgeFor(status);
  await Promise.all([
    browser.action.setBadgeText({ text }),
    browser.action.setBadgeBackgroundColor({ color: colour }),
    browser.action.setTitle({ title }),
  ]);
}
