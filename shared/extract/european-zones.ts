/**
 * The clock a European page (or one of a one-zone country without summer time: Japan, India,
 * Singapore, Turkey…) shows its times in, when it names no zone: the zone of its country
 * (from the language tag's region, else the address's country domain, else a language spoken in
 * one zone only), with the European Union's summer time. A German page's `10:05 Uhr` on 4 March
 * is 10:05+01:00; on 4 June, 10:05+02:00.
 */
import { instantOf, sameDay, shiftToOffset, type DateValue } from './dates';

/** Standard offsets (minutes east of UTC) of European countries, by region code and country domain. */
const ZONE_BY_COUNTRY: Readonly<Record<string, number>> = {
  gb: 0, uk: 0, ie: 0, pt: 0, is: 0,
  de: 60, at: 60, ch: 60, li: 60, nl: 60, be: 60, lu: 60, fr: 60, mc: 60, it: 60, sm: 60, va: 60, es: 60, ad: 60, mt: 60,
  pl: 60, cz: 60, sk: 60, hu: 60, si: 60, hr: 60, ba: 60, rs: 60, me: 60, mk: 60, al: 60, dk: 60, se: 60, no: 60,
  fi: 120, ee: 120, lv: 120, lt: 120, gr: 120, bg: 120, ro: 120, cy: 120,
  // Countries of one zone elsewhere that keep no summer time (NO_SUMMER_TIME): their clock is as sure.
  tr: 180, jp: 540, kr: 540, cn: 480, hk: 480, mo: 480, tw: 480, sg: 480, my: 480, ph: 480, th: 420, vn: 420,
  in: 330, lk: 330, np: 345, pk: 300, bd: 360, ae: 240, om: 240, sa: 180, qa: 180, kw: 180, bh: 180,
  ke: 180, tz: 180, ug: 180, et: 180, ng: 60, gh: 0, za: 120,
};

/**
 * Languages written in one European zone only (German, Dutch, Italian, Polish…; not French,
 * Spanish, Portuguese or English, spoken on other continents too).
 */
const ZONE_BY_LANGUAGE: Readonly<Record<string, number>> = {
  de: 60, nl: 60, it: 60, pl: 60, cs: 60, sk: 60, hu: 60, sl: 60, hr: 60, bs: 60, sr: 60, mk: 60, sq: 60,
  da: 60, sv: 60, nb: 60, nn: 60, no: 60, lb: 60, ca: 60,
  fi: 120, et: 120, lv: 120, lt: 120, el: 120, bg: 120, ro: 120,
};

/** Iceland, and the one-zone countries listed after Europe's, keep no summer time. */
const NO_SUMMER_TIME = new Set(['is', 'tr', 'jp', 'kr', 'cn', 'hk', 'mo', 'tw', 'sg', 'my', 'ph', 'th', 'vn', 'in', 'lk', 'np', 'pk', 'bd', 'ae', 'om', 'sa', 'qa', 'kw', 'bh', 'ke', 'tz', 'ug', 'et', 'ng', 'gh', 'za']);

const HOUR_MS = 3_600_000;

/** The instant (UTC) of the last Sunday of `month` (1-based) of `year`, at 01:00 UTC: when the EU's clocks change. */
function lastSundayAtOne(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay(), 1);
}

/** Whether an instant (ms since the epoch, UTC) falls in the EU's summer time of `year`. */
function inSummerTime(utc: number, year: number): boolean {
  return utc >= lastSundayAtOne(year, 3) && utc < lastSundayAtOne(year, 10);
}

/** The standard offset of the page's country and whether it keeps summer time, or null. */
function countryZone(lang: string | undefined, url: string): { standard: number; summer: boolean } | null {
  const [language = '', region] = (lang ?? '').toLowerCase().split(/[-_]/);
  let country = region && /^[a-z]{2}$/.test(region) ? region : undefined;
  if (!country) {
    try {
      country = new URL(url).hostname.split('.').pop();
    } catch {
      // No address: the language alone may tell.
    }
  }
  const standard = (country !== undefined ? ZONE_BY_COUNTRY[country] : undefined) ?? (region ? undefined : ZONE_BY_LANGUAGE[language]);
  if (standard === undefined) return null;
  return { standard, summer: !NO_SUMMER_TIME.has(country ?? '') };
}

/**
 * The offset of the page's European country at an instant (`value` with its offset), or undefined
 * when the page's country is not known to be European.
 */
export function europeanOffsetAt(value: DateValue, lang: string | undefined, url: string): number | undefined {
  if (value.hour === undefined || value.offsetMinutes === undefined) return undefined;
  const zone = countryZone(lang, url);
  if (!zone) return undefined;
  if (!zone.summer) return zone.standard;
  const utc = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute ?? 0) - value.offsetMinutes * 60_000;
  return zone.standard + (inSummerTime(utc, value.year) ? 60 : 0);
}

/**
 * The offset a European page's wall-clock time is in (see the module's comment), or undefined
 * when the page's country is not known to be European.
 */
export function europeanOffset(value: DateValue, lang: string | undefined, url: string): number | undefined {
  if (value.hour === undefined) return undefined;
  const zone = countryZone(lang, url);
  if (!zone) return undefined;
  if (!zone.summer) return zone.standard;
  // The wall clock read in standard time; in summer the real instant is an hour earlier.
  const utc = Date.UTC(value.year, value.month - 1, value.day, value.hour, value.minute ?? 0) - zone.standard * 60_000;
  return zone.standard + (utc >= lastSundayAtOne(value.year, 3) && utc - HOUR_MS < lastSundayAtOne(value.year, 10) ? 60 : 0);
}

/** How long after a time shown without a zone a declared change may be for its zone to be the page's. */
const ZONE_FROM_CHANGE_MAX_MS = 31 * 86_400_000;

/** What tells the zone a page keeps its clock in (see writtenInPageZone). */
export interface ZoneEvidence {
  lang: string | undefined;
  url: string;
  /** The last change the page declares. */
  modified: DateValue | null;
  /** The date shown by the headline, in the page's order of day and month; read only when needed. */
  shown: () => DateValue | null;
}

function sameClock(a: DateValue, b: DateValue): boolean {
  return a.hour === b.hour && (a.minute ?? 0) === (b.minute ?? 0);
}

/**
 * The chosen publication `value` written in the zone the page keeps its clock in (a non-Chinese page):
 * - a time shown without its zone (`04/03/2021 10:05 h.`) on a page that declares a change weeks
 *   later at most in a zone other than UTC (`dateModified` `…T09:14:22+01:00`) is in that zone;
 * - else, on a European page, in the zone of its country (a German page's `10:05 Uhr`); a declared
 *   time without a zone that the page shows otherwise that day is a server's clock (`05:30:00`
 *   beside `06:30 Uhr`): the shown time is the page's;
 * - a UTC instant on a European page is written in its country's zone when that keeps its day or
 *   gives the day the page shows (`2021-06-08T22:00Z` beside `Paris, le 9 juin 2021`); one whose
 *   clock the page shows as its own that day (`05:30Z` beside `12.11.2020, 05.30 Uhr`) is that local time.
 */
export function writtenInPageZone(value: DateValue | null, evidence: ZoneEvidence): DateValue | null {
  if (value?.hour === undefined) return value;
  const { lang, url, modified } = evidence;
  let shownValue: DateValue | null | undefined;
  const shown = (): DateValue | null => (shownValue === undefined ? (shownValue = evidence.shown()) : shownValue);
  const pageOffset = modified?.hour !== undefined && modified.offsetMinutes ? modified.offsetMinutes : undefined;
  const zonedByChange = value.offsetMinutes === undefined && pageOffset !== undefined && Math.abs(instantOf({ ...value, offsetMinutes: pageOffset }) - instantOf(modified!)) <= ZONE_FROM_CHANGE_MAX_MS
    ? { ...value, offsetMinutes: pageOffset }
    : value;
  const countryOffset = zonedByChange.offsetMinutes === undefined ? europeanOffset(zonedByChange, lang, url) : undefined;
  const shownClock = countryOffset !== undefined ? shown() : null;
  const wallClock = shownClock?.hour !== undefined && shownClock.offsetMinutes === undefined && sameDay(shownClock, zonedByChange) && !sameClock(shownClock, zonedByChange)
    ? { ...zonedByChange, hour: shownClock.hour, minute: shownClock.minute, second: shownClock.second ?? 0 }
    : zonedByChange;
  const inCountry = countryOffset !== undefined ? { ...wallClock, offsetMinutes: europeanOffset(wallClock, lang, url) ?? countryOffset } : wallClock;
  const utcInCountry = inCountry.offsetMinutes === 0 ? europeanOffsetAt(inCountry, lang, url) : undefined;
  if (!utcInCountry) return inCountry;
  const shownAtUtc = shown();
  const localClock = shownAtUtc?.hour !== undefined && shownAtUtc.offsetMinutes === undefined && sameDay(shownAtUtc, inCountry) && sameClock(shownAtUtc, inCountry);
  const local = localClock ? { ...inCountry, offsetMinutes: europeanOffset(inCountry, lang, url) ?? utcInCountry } : shiftToOffset(inCountry, utcInCountry);
  if (sameDay(local, inCountry)) return local;
  const shownDay = shown();
  return shownDay && sameDay(local, shownDay) ? local : inCountry;
}
