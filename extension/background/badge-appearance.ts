/**
 * What the toolbar badge shows for an outbox status: how many clips wait, coloured by what they
 * wait for, with a tooltip that says it in words (the popup explains and offers what to do).
 */
import type { ClipErrorKind, OutboxStatus } from '../messages';

/** Badge colours: user action needed, retrying by itself, simply in flight. */
const BADGE_COLOURS = {
  needsUser: '#b3261e',
  retrying: '#b45309',
  sending: '#1d4ed8',
} as const;

/** Errors only the user can fix (the outbox keeps the clips until then). */
const NEEDS_USER: ReadonlySet<ClipErrorKind> = new Set(['unauthorized', 'rejected', 'not-configured']);

/** The badge text, colour and tooltip for an outbox status. */
export function badgeFor(status: OutboxStatus): { text: string; colour: string; title: string } {
  const count = status.pending + status.failed;
  if (count === 0) return { text: '', colour: BADGE_COLOURS.sending, title: 'Jianbao: nothing waiting' };
  const waiting = `Jianbao: ${count} clip${count === 1 ? '' : 's'} waiting`;
  const error = status.lastError;
  if (status.failed > 0 || (error && NEEDS_USER.has(error.kind))) {
    return { text: String(count), colour: BADGE_COLOURS.needsUser, title: `${waiting}. ${error?.message ?? 'Open the popup to see why.'}` };
  }
  if (error) return { text: String(count), colour: BADGE_COLOURS.retrying, title: `${waiting}. ${error.message}` };
  return { text: String(count), colour: BADGE_COLOURS.sending, title: `${waiting} (sending)` };
}
