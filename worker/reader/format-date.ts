/**
 * Dates in the reader's own time zone and language. A date-only value (`2018-06-20`) is a
 * calendar day, not midnight UTC, so it is shown without a time and never shifted a day; a
 * month-only value (`1998-03`, a periodical's issue) is shown as the month.
 */

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH_ONLY = /^\d{4}-\d{2}$/;

/** The value formatted for display, or the raw text when it is not a date. */
export function formatDate(value: string, locale?: string): string {
  if (DATE_ONLY.test(value)) {
    return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${value}T00:00:00Z`));
  }
  if (MONTH_ONLY.test(value)) {
    return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(new Date(`${value}-01T00:00:00Z`));
  }
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}
