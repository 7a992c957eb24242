/**
 * The publication date of a page, chosen from the evidence the page gives: structured data
 * (JSON-LD, meta, `<time>`), the labelled info line near the headline, the address, and as a
 * last resort a bare date near the headline. The order below is the policy.
 */
import { instantOf, parseStructuredDate, sameDay, shiftToOffset, type DateValue } from './dates';

/** Largest gap (days) between the address's day and a UTC timestamp that is a time-zone shift, not another date. */
const URL_SHIFT_MAX_DAYS = 1;
const DAY_MS = 86_400_000;
/** How long after its declared last change a page can say it was first published (a post scheduled after its last edit). */
const MAX_PUBLISHED_AFTER_CHANGE_MS = 31 * DAY_MS;

export interface PublishedEvidence {
  /** The day the page says in words it was first published (`Originally published on …`): it outranks the rest; read on demand. */
  firstPublished?: () => DateValue | null;
  /** Raw published values from metadata, best source first (JSON-LD, meta, `<time>`). */
  structured: readonly string[];
  /** Whether the first published value is from a generic `date` key, which many CMSs fill with the last change. */
  structuredGeneric?: boolean;
  /**
   * OpenGraph's `article:published_time`, when declared: the post's own first day, which a page
   * shows in place of an update day only when it does not declare it (see choosePublishedDate).
   */
  openGraphPublished?: string;
  /** Raw last-modified values from metadata, best source first. */
  modified: readonly string[];
  /** The date lifted from a label line near the headline (`发布时间：…`, `Published …`). */
  labelled?: DateValue;
  /** The update day of a label line (`Last updated: …`): a page that shows no other day is dated by it. */
  labelledUpdate?: DateValue;
  /** Publish values from scripts other than JSON-LD: the last resort. */
  scripted?: () => readonly string[];
  /** Texts of elements whose class names a date: weaker still. */
  classed?: () => readonly string[];
  /** The date of an author box after the body (`Written by …` / `April 8, 2024`): a last resort, as teasers sit there too. */
  authorBox?: DateValue;
  /** The issue a closing periodical credit names (`——《北京之春》1998年3月号`), read only when nothing else dates the page. */
  issueCredit?: () => DateValue | null;
  /** The page's address. */
  url: string;
  /** Chinese pages: the visible info line or date under the headline outranks metadata (which is often the crawl or index time). */
  chinese: boolean;
  /** A bare date near the headline, computed only when needed; `skipUpdates` passes over `Updated …` lines. */
  nearHeadline: (skipUpdates: boolean) => DateValue | null;
  /** Whether a line by the headline shows that calendar day (any of its dates). */
  showsDay?: (value: DateValue) => boolean;
  /** The offset of the page's zone at an instant, where its country is known (European pages). */
  zoneAt?: (value: DateValue) => number | undefined;
  /** The page's locale writes numeric dates day first (see writesDayFirst); month first when not given. */
  dayFirst?: boolean;
}

/** Minutes since midnight of a value's clock (a value with an hour). */
function minuteOfDay(value: DateValue): number {
  return (value.hour ?? 0) * 60 + (value.minute ?? 0);
}

function sameDayAs(raw: string, value: DateValue): boolean {
  const parsed = parseStructuredDate(raw);
  return parsed !== null && sameDay(parsed, value);
}

function dayDistance(a: DateValue, b: DateValue): number {
  return Math.abs(Date.UTC(a.year, a.month - 1, a.day) - Date.UTC(b.year, b.month - 1, b.day)) / DAY_MS;
}

/** Date from the URL path (`/2018-06/20/`, `/2019/09/07/`, `20190907`, `/2023/october/03/`). */
export function dateFromUrl(url: string): DateValue | null {
  let path: string;
  try {
    // An archived copy's address starts with the capture time (`/web/20171008220355/…`), which
    // dates the capture, not the story.
    path = new URL(url).pathname.replace(/^\/web\/\d{8,14}[a-z_]*\//, '/');
  } catch {
    return null;
  }
  const match = /(?:^|\/|_|-)((?:19|20)\d{2})[-/_]?(0[1-9]|1[0-2])[-/_]?(0[1-9]|[12]\d|3[01])(?:\/|_|-|\.|$|\d{2,})/.exec(path) ??
    /\/((?:19|20)\d{2})[-/](0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\//.exec(path);
  if (match) return parseStructuredDate(`${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`);
  // `/2023/october/03/`: the month by name.
  const named = /\/((?:19|20)\d{2})\/(\p{L}{3,})\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/u.exec(path);
  return named ? parseStructuredDate(`${named[3]} ${named[2]} ${named[1]}`) : null;
}

/** A year and month folder in the address without a day (`/2020/05/slug.html`). */
const YEAR_MONTH_IN_PATH = /\/((?:19|20)\d{2})\/(0[1-9]|1[0-2])\//;

/**
 * Whether the address confirms the declared day against a different `shown` one: the address's
 * day is the declared day, or its year and month folder are the declared ones and not the shown
 * ones. The shown day then belongs to another item by the headline (a related story, a teaser).
 */
function addressConfirms(url: string, declared: DateValue, shown: DateValue): boolean {
  const day = dateFromUrl(url);
  if (day) return sameDay(day, declared);
  let path = '';
  try {
    path = new URL(url).pathname;
  } catch {
    return false;
  }
  const folder = YEAR_MONTH_IN_PATH.exec(path);
  if (!folder) return false;
  const [year, month] = [Number(folder[1]), Number(folder[2])];
  return declared.year === year && declared.month === month && !(shown.year === year && shown.month === month);
}

/** How far a page's own zone can be from UTC. */
const MAX_ZONE_MS = 14 * 3_600_000;
const HOUR_MS = 3_600_000;
/** The zones kept off the whole hour, in minutes (India +05:30, Nepal +05:45, Newfoundland −03:30…). */
const PART_HOUR_ZONES = new Set([-570, -210, 210, 270, 330, 345, 390, 525, 570, 630, 765]);

/**
 * How far a time shown without a zone stands from a declared instant, to the minute, when that
 * is a zone clocks are kept in (a whole hour within ±14 hours, or one of the part-hour zones):
 * the shown time's zone; else null. (An update's `6:30pm` beside a first `06:15Z` is no zone.)
 */
function zoneBetween(shown: DateValue, declared: DateValue): number | null {
  const gapMs = instantOf({ ...shown, second: 0 }, 0) - instantOf({ ...declared, second: 0 });
  return Math.abs(gapMs) <= MAX_ZONE_MS && (gapMs % HOUR_MS === 0 || PART_HOUR_ZONES.has(gapMs / 60_000)) ? gapMs : null;
}

/**
 * A UTC time that the page shows by its headline in its own zone, without naming the zone
 * (`2019-10-18T22:04:00Z` declared, `19. Oktober 2019 00:04 Uhr` shown): the same instant a whole
 * zone away, so the shown calendar day and time, in that zone, are the page's. A shown day
 * without a time does not count (it may be the UTC day written in words, or another day).
 */
function inPageZone(value: DateValue, shown: DateValue | null, modified: DateValue | null, zoneAt?: (value: DateValue) => number | undefined): DateValue {
  if (value.hour === undefined || value.offsetMinutes !== 0) return value;
  if (!shown || shown.hour === undefined) return value;
  // A shown time that names its zone (`07:30 CEST`) and is the declared instant, to the minute, is written as shown.
  if (shown.offsetMinutes !== undefined) return instantOf({ ...shown, second: 0 }) === instantOf({ ...value, second: 0 }) ? shiftToOffset(value, shown.offsetMinutes) : value;
  // The gap is the page's zone: the shown time carries it (`May 6, 2024 - 9:15AM` beside
  // `2024-05-05T23:15Z` is 09:15+10:00; `14.03.2024, 06:45 Uhr` beside 05:45Z is 06:45+01:00).
  // (A day and month that read either way, `05/11/2019 09h41`, are read the way that makes a zone.)
  for (const reading of shown.eitherWay ? [shown, swapDayMonth(shown)] : [shown]) {
    const zoneMs = zoneBetween(reading, value);
    // (The declared instant settles which reading is the page's.)
    // (Written as the declared instant in that zone: its seconds are the page's too.)
    if (zoneMs) return { ...shiftToOffset(value, zoneMs / 60_000), eitherWay: false, pageZone: true };
  }
  // The time shown is the last change's (`Updated March 18, 2021 — 9.12am` beside a declared
  // `2021-03-17T22:12Z`): the page shows its zone, in which the first instant is written too
  // (in the offset the zone had then, where the page's country is known: summer time may have begun between).
  const updateZoneMs = modified?.hour !== undefined && modified.offsetMinutes === 0 ? zoneBetween(shown, modified) : null;
  return updateZoneMs ? { ...shiftToOffset(value, zoneAt?.(value) ?? updateZoneMs / 60_000), pageZone: true } : value;
}

/** How far west (UTC−12) and east (UTC+14) of UTC a page's zone can be. */
const WESTMOST_ZONE_MS = 12 * 3_600_000;

/**
 * Whether a declared value may be the shown calendar day a zone away: a day without a time may
 * (it may have been cut from a time); a time with a zone when its instant falls on that day
 * somewhere between UTC−12 and UTC+14. A time without a zone is a server's clock in a zone
 * nobody knows, which the day the page shows settles.
 */
function mayBeShownDay(value: DateValue, shown: DateValue): boolean {
  if (value.hour === undefined) return true;
  if (value.offsetMinutes === undefined) return false;
  const dayStart = Date.UTC(shown.year, shown.month - 1, shown.day);
  const instant = instantOf(value);
  return instant + MAX_ZONE_MS >= dayStart && instant - WESTMOST_ZONE_MS < dayStart + DAY_MS;
}

/**
 * Whether the page shows, by its headline, the very time one of the declared values gives, in
 * some zone (`6. November 2023, 15:25 Uhr` beside `2023-11-06T14:25:00Z`): then that value is the
 * article's, whatever other day comes first or the update day says.
 */
function showsDeclaredTime(shown: DateValue, declared: readonly string[]): boolean {
  return shown.hour !== undefined && declared.some((raw) => {
    const value = parseStructuredDate(raw);
    return value?.hour !== undefined && zoneBetween(shown, value) !== null;
  });
}

/** Beijing time, which a Chinese page's zone-less times are read in unless the page tells otherwise. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * A zone-less time shown on a Chinese page that is the declared instant in a zone other than
 * Beijing's (`發表時間：14/03/2023 - 17:05` beside `2023-03-14T16:05:00+00:00` on a Paris outlet's
 * Chinese site): the page shows its own zone, which the shown time then carries. Otherwise the
 * shown time stays as it is (read as Beijing time).
 */
function inShownZone(shown: DateValue, declared: DateValue): DateValue {
  if (shown.hour === undefined || shown.offsetMinutes !== undefined || declared.hour === undefined || declared.offsetMinutes === undefined) return shown;
  const zoneMs = zoneBetween(shown, declared);
  // The declared clock itself (`…T10:00:00Z` beside `10:00`) is more often local time mislabelled as UTC than a page showing UTC.
  if (!zoneMs || zoneMs === CHINA_OFFSET_MS) return shown;
  return { ...shown, offsetMinutes: zoneMs / 60_000, pageZone: true };
}

/** A day and a month written as numbers both 12 or less (`03/09/2026`, `02.12.2025`): either may be the month. */
const DAY_MONTH_EITHER_WAY = /^\s*(0?[1-9]|1[0-2])[-/.](0?[1-9]|1[0-2])[-/.]\d{4}\b/;

/**
 * `raw` read as `parsed`, unless it reads either way and the other reading is a day that another
 * value of the page gives (`02/12/2025` beside `2025-12-02`).
 */
function settleDayMonth(raw: string, parsed: DateValue, others: readonly DateValue[]): DateValue {
  const either = DAY_MONTH_EITHER_WAY.exec(raw);
  if (!either || either[1] === either[2]) return parsed;
  const swapped = swapDayMonth(parsed);
  return others.some((other) => sameDay(other, swapped)) ? swapped : parsed;
}

function swapDayMonth(value: DateValue): DateValue {
  return { ...value, month: value.day, day: value.month };
}

/** English as written where the day comes first (Britain, Ireland, Australia, New Zealand, India, South Africa…). */
const DAY_FIRST_ENGLISH = /^en[-_](?:gb|uk|ie|au|nz|in|za|sg|my|hk|ng|ke|pk)\b/i;
/** Chinese as written where the day comes first (Hong Kong, Macau, Malaysia, Singapore: `05/08/2022` is 5 August). */
const DAY_FIRST_CHINESE = /^zh[-_](?:hant[-_])?(?:hk|mo|my|sg)\b/i;
/** Languages whose pages write a numeric date month first (US English) or year first (Chinese, Japanese, Korean). */
const NOT_DAY_FIRST = /^(?:en|zh|ja|ko)\b/i;
/** Hosts of places whose English writes the day first. */
const DAY_FIRST_HOST = /\.(?:uk|ie|au|nz|in|pk|bd|lk|np|ng|ke|gh|za|sg|my|hk)$/i;

/** Whether the page's locale writes numeric dates day first (`lang`, else the address's country). */
export function writesDayFirst(lang: string | undefined, url: string): boolean {
  if (lang && (DAY_FIRST_ENGLISH.test(lang) || DAY_FIRST_CHINESE.test(lang))) return true;
  if (lang && !NOT_DAY_FIRST.test(lang)) return true;
  if (lang && /^en[-_]/i.test(lang)) return false;
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    // No address: nothing says the day comes first.
  }
  return DAY_FIRST_HOST.test(host);
}

/**
 * `value` in the order the page writes numeric dates: a date read month first that reads either
 * way (`04/11/2024`) is day first on a page in British or Australian English, or in a language
 * other than English and the East Asian ones (`06/05/2024` on a French page is 6 May).
 */
export function inPageDateOrder(value: DateValue, lang: string | undefined, url: string): DateValue {
  return value.eitherWay && writesDayFirst(lang, url) ? swapDayMonth(value) : value;
}

/** A date read from numbers joined by hyphens (`11-29-2024`) is none on a page that writes the month first. */
function readable(value: DateValue | null | undefined, dayFirst: boolean): DateValue | null {
  return value && (dayFirst || !value.dayFirstOnly) ? value : null;
}

/** The evidence read from the page's text without the dates its locale does not write (see readable). */
function inPageLocale(evidence: PublishedEvidence): PublishedEvidence {
  const { firstPublished, issueCredit, nearHeadline } = evidence;
  const dayFirst = evidence.dayFirst ?? false;
  if (dayFirst) return evidence;
  return {
    ...evidence,
    labelled: readable(evidence.labelled, dayFirst) ?? undefined,
    labelledUpdate: readable(evidence.labelledUpdate, dayFirst) ?? undefined,
    authorBox: readable(evidence.authorBox, dayFirst) ?? undefined,
    firstPublished: firstPublished && (() => readable(firstPublished(), dayFirst)),
    issueCredit: issueCredit && (() => readable(issueCredit(), dayFirst)),
    nearHeadline: (skipUpdates) => readable(nearHeadline(skipUpdates), dayFirst),
  };
}

/** The first structured value that parses (JSON-LD, then meta, then `<time>`). */
function structuredDate(values: readonly string[], others: readonly DateValue[] = []): DateValue | null {
  for (const value of values) {
    const parsed = parseStructuredDate(value);
    if (parsed) return settleDayMonth(value, parsed, others);
  }
  return null;
}

/**
 * The day a set of values gives when they agree on one (the page's scripts, the declared values
 * after a generic key): values naming different days belong to a list (references, related
 * stories), not to the page.
 */
function agreedDay(values: readonly string[]): DateValue | null {
  const days = values.map(parseStructuredDate).filter((value): value is DateValue => value !== null);
  return days.length > 0 && days.every((day) => sameDay(day, days[0]!)) ? days[0]! : null;
}

/**
 * The published values not declared long after the page's last change, when one is: a first
 * publication after the last change (`published-time` 2026 beside `modified-date` 2024) is a
 * rebuild's stamp, and another published value (`published-date` 2021) the article's.
 */
function notAfterLastChange(values: readonly string[], modified: readonly string[]): readonly string[] {
  const lastChange = structuredDate(modified);
  if (!lastChange) return values;
  const kept = values.filter((raw) => {
    const value = parseStructuredDate(raw);
    return value !== null && instantOf(value) - instantOf(lastChange) <= MAX_PUBLISHED_AFTER_CHANGE_MS;
  });
  return kept.length > 0 ? kept : values;
}

/**
 * Chooses the publication date. Returns null when the page gives none.
 *
 * Policy: on Chinese pages the labelled info line first, then a date under the headline; elsewhere structured data first (the
 * label line only adds a time to a structured day, picks which of several declared days is the
 * article's own, or names the update day the page shows in place of its first one). The address's day corrects a UTC timestamp
 * that a time-zone shift moved to the next or previous day (`/2023/11/08/` with
 * `2023-11-09T01:49Z`); a farther day in the address is an article number, not a date.
 */
export function choosePublishedDate(pageEvidence: PublishedEvidence): DateValue | null {
  const evidence = inPageLocale(pageEvidence);
  const declared = [...evidence.structured, ...evidence.modified].map(parseStructuredDate).filter((value): value is DateValue => value !== null);
  // After a generic date key, the other declared values that agree on one day are the article's (not a list of other items' times).
  const afterGeneric = evidence.structuredGeneric && agreedDay(evidence.structured.slice(1)) ? evidence.structured.slice(1) : evidence.structured;
  const specific = notAfterLastChange(afterGeneric, evidence.modified);
  const declaredValue = structuredDate(specific, evidence.labelled ? [...declared, evidence.labelled] : declared);
  // A UTC value that another declared value gives in the page's own zone (`<time datetime="…+02:00">`
  // beside JSON-LD's `…Z`) is written in that zone, when that keeps its day (which day a page
  // across midnight gives is the rules' below to settle).
  const declaredFirst = declaredValue?.offsetMinutes === 0 && declaredValue.hour !== undefined
    ? declared.find((other) => other.offsetMinutes !== undefined && other.offsetMinutes !== 0 && other.hour !== undefined && instantOf(other) === instantOf(declaredValue) && sameDay(other, declaredValue)) ?? declaredValue
    : declaredValue;
  // (A page that shows only an update line whose clock is the declared first instant a zone away,
  // `Updated: March 4, 2021 10:05 a.m.` beside `…T16:05:32Z`, shows that instant in its zone.)
  const structured = declaredFirst && !evidence.chinese ? inPageZone(declaredFirst, evidence.labelled ?? evidence.nearHeadline(true) ?? evidence.labelledUpdate ?? null, structuredDate(evidence.modified), evidence.zoneAt) : declaredFirst;
  let { labelled } = evidence;
  // The shown day is the declared one or the address's written the other way round (`02/12/2025` for 2 December).
  const settled = structured ?? dateFromUrl(evidence.url);
  const settledOrder = (shown: DateValue): DateValue => (settled && shown.day <= 12 && !sameDay(shown, settled) && sameDay(swapDayMonth(shown), settled) ? { ...swapDayMonth(shown), eitherWay: false } : shown);
  if (labelled) labelled = settledOrder(labelled);
  const firstPublished = evidence.firstPublished?.();
  if (evidence.chinese) {
    // A line naming the first publication (`于 2021-03-15 16:42:08 首次发布`) outranks the info line, which may date a later edit.
    if (firstPublished) return declaredFirst ? inShownZone(firstPublished, declaredFirst) : firstPublished;
    // What the page shows (the info line, else a date under the headline, update lines aside) outranks metadata.
    // (settledOrder leaves a day it has settled as it is.)
    const near = labelled ?? evidence.nearHeadline(true);
    const shown = near ? settledOrder(near) : null;
    if (shown) return declaredFirst ? inShownZone(shown, declaredFirst) : shown;
  }
  if (firstPublished) return structured && sameDay(structured, firstPublished) ? structured : firstPublished;
  if (structured) {
    if (labelled && sameDay(labelled, structured) && structured.hour === undefined) return labelled;
    const modified = structuredDate(evidence.modified);
    // The declared first instant is the last change's very instant (a CMS that rewrites both on
    // each save), and the label line shows an earlier time that day (`3 febbraio 2020 | 07:30`
    // beside `Ultimo aggiornamento 3 febbraio 2020 | 12:44`), no zone apart: that is the first.
    if (labelled?.hour !== undefined && labelled.offsetMinutes === undefined && structured.hour !== undefined && structured.offsetMinutes && modified && instantOf(modified) === instantOf(structured) && sameDay(labelled, structured) && minuteOfDay(labelled) < minuteOfDay(structured) && zoneBetween(labelled, structured) === null) return { ...labelled, offsetMinutes: structured.offsetMinutes };
    // OpenGraph's first day agrees with the declared one: the page keeps it over an update day it shows (see below).
    const firstDeclared = evidence.openGraphPublished !== undefined && sameDayAs(evidence.openGraphPublished, structured);
    // The day shown by the headline is one of the declared dates, but not the first nor the
    // update day: the first is then another item's (a related story's `<time>`, a CMS's
    // creation date). A day apart is the same instant in another zone, which the first settles.
    // The update day counts too when the headline shows that declared value's very time, unless
    // OpenGraph declares the first day.
    const shown = labelled ?? evidence.nearHeadline(true);
    // The headline shows the very time of OpenGraph's first instant, not the first declared one's
    // (`06:00, 5 NOV 2019` shown and OpenGraph's `06:00Z`, beside a JSON-LD `datePublished` of
    // the evening before, the draft's creation): that instant is the article's.
    const openGraph = evidence.openGraphPublished !== undefined ? parseStructuredDate(evidence.openGraphPublished) : null;
    if (shown?.hour !== undefined && openGraph?.hour !== undefined && openGraph.offsetMinutes !== undefined && zoneBetween(shown, structured) === null && zoneBetween(shown, openGraph) !== null) return inPageZone(openGraph, shown, modified, evidence.zoneAt);
    const otherItem = shown !== null && shown !== undefined && addressConfirms(evidence.url, structured, shown);
    // The headline shows the declared first day too, apart from the update day it shows
    // (`Zuletzt aktualisiert: Mo, 29. März 2021` over `Do, 25. März 2021, 21:40 Uhr`; two `<time>`s
    // side by side, the change first): the page gives itself that day.
    const showsFirstDay = (update: DateValue): boolean => !sameDay(structured, update) && (evidence.showsDay?.(structured) ?? false);
    if (shown && !otherItem && dayDistance(shown, structured) > URL_SHIFT_MAX_DAYS && (!(modified && sameDay(shown, modified)) || (showsDeclaredTime(shown, evidence.structured) && !firstDeclared && !showsFirstDay(shown))) && evidence.structured.some((value) => sameDayAs(value, shown))) return shown;
    // The day shown by the headline is the next or the previous one, which the declared time is in
    // no zone (`2025-12-19T22:02Z` beside `Dec 18, 2025`), or in an unknown zone (a server's clock,
    // `2026-02-15 03:05:48` beside `Feb 14, 2026 | 9:05 pm`): the shown day is the page's own.
    if (shown && !otherItem && dayDistance(shown, structured) === 1 && !mayBeShownDay(structured, shown) && !(modified && sameDay(shown, modified))) return shown;
    // The page shows its update day by the headline (`Updated Feb 27, 2026`, `Last updated: …`,
    // or a bare day) and not its first one: that is the day the page gives itself (reviews and
    // guides re-dated on every revision), unless OpenGraph's `article:published_time` declares
    // the same first day: CMSs fill that key from the post's own publish field, apart from its
    // changes, while a JSON-LD `datePublished` alone is often a schema plugin's creation stamp.
    // A bare date under the headline counts only when the declared values agree on one first day
    // (a forum thread's posts each declare their own, and its last post's day sits by the title).
    const update = labelled ?? evidence.labelledUpdate ?? (agreedDay(evidence.structured) ? shown : null);
    if (update && modified && !firstDeclared && (sameDay(update, modified) || (dayDistance(update, modified) <= URL_SHIFT_MAX_DAYS && mayBeShownDay(modified, update))) && dayDistance(update, structured) > URL_SHIFT_MAX_DAYS && !showsFirstDay(update)) return update;
    // The label line by the headline shows a day far from the declared one and not the update
    // day, and the first date under the headline (update lines aside) agrees, or (without one)
    // OpenGraph does not declare the first day: the declared value is a CMS stamp (an import, a
    // re-save), the shown day the one the page gives itself.
    const firstShown = labelled && evidence.nearHeadline(true);
    if (labelled && (firstShown ? sameDay(labelled, firstShown) : !firstDeclared) && !otherItem && dayDistance(labelled, structured) > URL_SHIFT_MAX_DAYS && !(modified && sameDay(labelled, modified))) return labelled;
    // A generic `date` key yields to a day shown by the headline far from it (it is often the last change).
    const near = evidence.structuredGeneric && !otherItem ? evidence.nearHeadline(true) : null;
    if (near && dayDistance(near, structured) > URL_SHIFT_MAX_DAYS && !(modified && sameDay(near, modified))) return near;
    const fromUrl = dateFromUrl(evidence.url);
    // The address's day a day off a UTC value is that instant in the page's zone, unless the page
    // shows that very time by the headline on the UTC value's own day (`5:01 a.m. ET June 2, 2021`
    // beside `2021-06-02T09:01:34Z`): the address then carries the day the story was created.
    const showsFirstTime = shown && sameDay(shown, structured) && showsDeclaredTime(shown, evidence.structured);
    if (fromUrl && !sameDay(fromUrl, structured) && dayDistance(fromUrl, structured) <= URL_SHIFT_MAX_DAYS && (structured.offsetMinutes ?? 0) === 0 && !showsFirstTime) {
      // (With its time where another declared value gives that instant on the address's day: `<time
      // datetime="2021-03-05T07:30:00+08:00">` beside `2021-03-04T23:30:00+00:00` and `/2021/03/05/`.)
      return declared.find((other) => other.offsetMinutes !== undefined && other.offsetMinutes !== 0 && other.hour !== undefined && structured.hour !== undefined && instantOf(other) === instantOf(structured) && sameDay(other, fromUrl)) ?? fromUrl;
    }
    return structured;
  }
  // The address's day, with the time a script gives that same day (`/omn/20191126/…` and `"pubtime": "2019-11-26 07:15:22"`).
  const fromUrl = labelled ? null : dateFromUrl(evidence.url);
  if (fromUrl) {
    const scriptedDay = agreedDay(evidence.scripted?.() ?? []);
    return scriptedDay?.hour !== undefined && sameDay(scriptedDay, fromUrl) ? scriptedDay : fromUrl;
  }
  // A page that declares only its last change and shows no date is dated by that change.
  return labelled ?? evidence.nearHeadline(false) ?? agreedDay(evidence.scripted?.() ?? []) ?? structuredDate(evidence.classed?.() ?? []) ?? evidence.labelledUpdate ?? evidence.authorBox ?? evidence.issueCredit?.() ?? structuredDate(evidence.modified) ?? null;
}
