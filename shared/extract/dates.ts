/**
 * Dates as pages write them, normalised to ISO 8601.
 *
 * A date is kept at the precision the page gives: a calendar day stays a day; a time keeps its
 * offset, and a time without one gets the caller's fallback offset (Chinese sites show Beijing
 * time, +08:00, without saying so) or, with no fallback, is cut back to the day rather than
 * guessed.
 */

import { withTraditional } from '../text/han-pairs';

export interface DateValue {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
  second?: number;
  /** Minutes east of UTC, when the source states a zone. */
  offsetMinutes?: number;
  /** Only the month is known (a periodical's issue, `1998年3月号`): `day` is 1 and is never shown. */
  monthOnly?: boolean;
  /** The offset is the zone the page shows its times in (told by a declared instant), to be kept, not shifted to Beijing time. */
  pageZone?: boolean;
  /** Read from `04/11/2024`: month and day both 12 or less, the month taken first; a page whose locale writes the day first reads them the other way. */
  eitherWay?: boolean;
  /**
   * Read from numbers joined by hyphens (`04-03-2021`): a date only on a page whose locale writes
   * the day first (Dutch, German, Malaysian…); US forums print every post's `11-29-2024` so.
   */
  dayFirstOnly?: boolean;
}

/** Years a news page plausibly dates itself in: rejects version numbers and phone digits. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

/**
 * Month names and abbreviations, one line a month, in the languages of the corpus (English, German, French,
 * Spanish, Italian, Portuguese, Dutch, Catalan, Romanian, and Arabic: the Egyptian names and the one-word
 * Levantine ones), lower case, without accents where pages vary.
 * Abbreviations count only next to a day and a year (the patterns below), so `set` or `out`
 * never read as months in prose.
 */
const MONTH_WORDS: readonly string[] = [
  'jan january januar janvier janv enero ene gennaio gen janeiro januari gener jän jänner ianuarie يناير',
  'feb february februar février fevrier févr fevr febrero febbraio fevereiro fev februari febrer februarie فبراير شباط',
  'mar march märz maerz mars marzo março marco maart mrt març mär martie مارس آذار',
  'apr april avril avr abril abr aprile aprilie أبريل ابريل نيسان',
  'may mai mayo maggio mag maio mei maig مايو أيار',
  'jun june juni juin junio giugno giu junho juny iunie يونيو حزيران',
  'jul july juli juillet juil julio luglio lug julho juliol iulie يوليو تموز',
  'aug august août aout agosto ago augustus agost أغسطس اغسطس آب',
  'sep sept september septembre septiembre settembre set setembro setembre septembrie سبتمبر أيلول',
  'oct october oktober octobre octubre ottobre ott outubro out okt octombrie أكتوبر اكتوبر',
  'nov november novembre noviembre novembro noiembrie نوفمبر',
  'dec december dezember décembre decembre déc diciembre dic dicembre dezembro des desembre dez decembrie ديسمبر',
];
const MONTH_NAMES = new Map<string, number>();
MONTH_WORDS.forEach((words, index) => { for (const word of words.split(' ')) MONTH_NAMES.set(word, index + 1); });

/** Weekday names in full, in the languages of MONTH_WORDS but Arabic, lower case, with and without accents. */
const WEEKDAY_NAMES = new Set(
  [
    'monday tuesday wednesday thursday friday saturday sunday',
    'montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag',
    'lundi mardi mercredi jeudi vendredi samedi dimanche',
    'lunes martes miércoles miercoles jueves viernes sábado sabado domingo',
    'lunedì lunedi martedì martedi mercoledì mercoledi giovedì giovedi venerdì venerdi sabato domenica',
    'segunda-feira terça-feira terca-feira quarta-feira quinta-feira sexta-feira',
    'maandag dinsdag woensdag donderdag vrijdag zaterdag zondag',
    // Danish and Norwegian, Swedish (a Blogger date header: `lørdag 16. mars 2024`).
    'mandag tirsdag onsdag torsdag fredag lørdag søndag måndag tisdag lördag söndag',
  ].join(' ').split(' '),
);

/** Whether `word` is a weekday's full name (`mardi`, `Sonntag,`): the start of a date line, not a name. */
export function isWeekdayName(word: string): boolean {
  return WEEKDAY_NAMES.has(word.trim().toLowerCase().replace(/[.,]$/, ''));
}
/**
 * Where a date shape has a month's name: any word, which findDateInText looks up in MONTH_NAMES
 * (searching on past words that are none). Spelling every name out in the patterns, under the
 * case-insensitive flag, cost milliseconds to compile on every page the extension reads.
 */
const MONTH_WORD = String.raw`(\p{L}+)`;

/**
 * Chinese words for the part of the day, written before the hour (`下午3:05`, `上午 10:30`), in
 * both scripts: the hours after noon, and those of the small hours (`凌晨12:30` is 00:30).
 */
const AFTERNOON_WORDS = withTraditional('下午|晚上|傍晚|晚间|中午').split('|');
const MORNING_WORDS = withTraditional('上午|早上|凌晨|清晨').split('|');
const CHINESE_MERIDIEM = [...AFTERNOON_WORDS, ...MORNING_WORDS].join('|');

/**
 * Zones of Chinese-reading places at +08:00 besides Beijing's: Hong Kong, Singapore, Malaysia
 * (`2023-10-05 HKT 15:32`, `15:32 SGT`). Before the time they are passed over (a Chinese page's
 * time is read at +08:00 anyway); after it they are its zone.
 */
const PLUS_EIGHT_ZONES = 'HKT|SGT|MYT';
const PLUS_EIGHT_ZONE = new RegExp(`^(?:${PLUS_EIGHT_ZONES})$`);

/**
 * The time after a date, after `at` in the page's language (`à 09h15`, `um 9.15`, `alle 18:40`),
 * after a weekday, as Chinese pages write it between the two (`2024年9月19日 星期四 下午4:32`,
 * `2024-03-05（周二）10:12`), after a dash (`March 18, 2021 — 9.12am`), and a zone before it. A dot
 * parts hours from minutes only before am/pm, GMT/UTC or Uhr (`9.12am`, `05.30 GMT`, `14.05 Uhr`),
 * as British, Australian and Swiss papers write times; elsewhere `3.5` is a number.
 */
/** A place's time named before a clock (`香港時間17時20分`, `北京时间10:05`): the places Chinese pages write from. */
export const PLACE_TIME = '(?:香港|北京|臺北|台北|澳門|澳门)(?:時間|时间)';
const TIME_PART = String.raw`(?:\s*(?:T|日|,|\bat\b|(?<![\p{L}])(?:à|às|a las|alle|um|om|o)(?![\p{L}])|\s|[-–—•·|])?\s*(?:[（(]?(?:星期|禮拜|礼拜|週|周)[一二三四五六日天][)）]?\s*)?(?:(?:${PLUS_EIGHT_ZONES})\s+|${PLACE_TIME}\s*)?(${CHINESE_MERIDIEM})?\s*(\d{1,2})\s*(?:[:：时時h]|\.(?=\d{2}\s*(?:[ap]\.?m\b|GMT\b|UTC\b|Uhr\b)))\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2})(?:\.\d+)?)?\s*(?:秒)?\s*((?:am|pm)(?![a-z])|a\.m\.|p\.m\.)?)?`;
/** Zone names of the places international Chinese services write from (US, Central Europe), in minutes east of UTC. CST stays China's. */
const NAMED_ZONES: Readonly<Record<string, number>> = { EST: -300, EDT: -240, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, CET: 60, CEST: 120 };
/** US Central Standard Time, which CST means after a twelve-hour clock's am / pm (`5:32 PM CST`): China's clocks count 24 hours. */
const US_CENTRAL_MINUTES = -360;

/**
 * The zone after a time: an offset, alone or after UTC / GMT (`GMT+8`, `UTC+08:00`), or a zone's
 * name, which must end its word (the Z of `14:14 Zum Antworten` is no zone).
 */
const ZONE_PART = String.raw`\s*((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|(?:Z|UTC|GMT|CST|${PLUS_EIGHT_ZONES}|${Object.keys(NAMED_ZONES).join('|')})(?![a-z])|北京时间|北京時間)?`;

type DateOrder = 'ymd' | 'dmy' | 'dmy-short' | 'mdy' | 'd-name-y' | 'name-d-y' | 'roc';

/**
 * Taiwan counts years from 1912, the first of the Republic (民國): 民國112年 is 2023. Pages write
 * such years with the era's name (`中華民國112年5月9日`) or, in info lines, as three digits
 * (`112/05/09`, `112-11-21`); bare, only years 100–119 (2011–2030) with two-digit month and day
 * count, so that other three-digit numbers do not read as dates.
 */
const ROC_YEAR_OFFSET = 1911;
/** The century of a two-digit year (`4.3.21`). */
const SHORT_YEAR_CENTURY = 2000;
const ROC_ERA = `(?:${withTraditional('中华')})?(?:${withTraditional('民国')})`;

/**
 * A date shape (`core`, three groups); `order` names how its groups map. The optional time and
 * zone after it are read by TIME_AND_ZONE where the shape's match ends: one pattern, compiled
 * once, not a copy in every shape (every part of it is optional, so the shape's match is the
 * same either way). Shapes with a month's name are global, so that the search can go on past a
 * word that is no month.
 */
function textDatePattern(order: DateOrder, core: string, dayFirstOnly = false): { order: DateOrder; pattern: RegExp; dayFirstOnly: boolean } {
  return { order, pattern: new RegExp(core, order.includes('name') ? 'giu' : 'iu'), dayFirstOnly };
}

/** The time and zone that may follow a date, read where the date ends (sticky). */
const TIME_AND_ZONE = new RegExp(TIME_PART + ZONE_PART, 'iuy');

/** Date shapes searched for in text, most specific first. */
const TEXT_DATE_PATTERNS: ReadonlyArray<{ order: DateOrder; pattern: RegExp; dayFirstOnly: boolean }> = [
  // 2018-06-20 17:59:25, 2018/6/20, 2018.06.20, 2018年6月20日 17:59
  textDatePattern('ymd', String.raw`(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?`),
  // 2024 03/15 10:32:15: portals that print the year above the month and day (separate
  // elements, so only whitespace divides them); a year alone, then a two-digit month and day
  // (two digits each, so that a year and a fraction, `2024 1/2`, is no date)
  textDatePattern('ymd', String.raw`(?<![\d/.-])(\d{4})\s+(\d{2})\s*/\s*(\d{2})(?![\d/])`),
  // 14. - 20. Januar 2022, 14-20 June 2022: a span of days dates itself by its first day
  textDatePattern('d-name-y', String.raw`(?<![\d\p{L}])(\d{1,2})\.?\s*[-–]\s*\d{1,2}(?:\.\s*|\s+)${MONTH_WORD}\.?,?\s+(\d{4})(?!\d)`),
  // 20 June 2018, 20. Juni 2018, 8.Dezember 2010, 20 de junio de 2018, 04-ago-2021
  textDatePattern('d-name-y', String.raw`(?<![\d\p{L}])(\d{1,2})(?:st|nd|rd|th|er|º)?(?:\.\s*|\s+|-)(?:de\s+)?${MONTH_WORD}(?:\.?,?(?:\s+|-)|\.)(?:de\s+)?(\d{4})(?!\d)`),
  // June 20, 2018; Jun. 20 2018
  textDatePattern('name-d-y', String.raw`(?<![\p{L}])${MONTH_WORD}\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)`),
  // 20.06.2018, 4. 2. 2022. (day first, as written in Europe; a full stop may close the sentence)
  textDatePattern('dmy', String.raw`(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d|\.\d)`),
  // 4.3.21, 07:45: a day-first date with a two-digit year of 2010–2039 (Swiss and Austrian tickers), only with a time after it (version numbers are no dates)
  textDatePattern('dmy-short', String.raw`(?<![\d.A-Za-z])(\d{1,2})\.(\d{1,2})\.([123]\d)(?=,?\s+(?:um\s+)?\d{1,2}[:.]\d{2}(?!\d|\.\d))`),
  // 09-11-20, 17:42: the same with hyphens (a Belgian paper's), where the locale writes the day first
  textDatePattern('dmy-short', String.raw`(?<![\d\-A-Za-z])(\d{1,2})-(\d{1,2})-([123]\d)(?=,?\s+\d{1,2}:\d{2}(?!\d))`, true),
  // 06/20/2018 or 20/06/2018 (month first unless the first number cannot be a month)
  textDatePattern('mdy', String.raw`(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?![\d/])`),
  // 04-03-2021, only where the locale writes the day first (see DateValue's dayFirstOnly)
  textDatePattern('mdy', String.raw`(?<![\d-])(\d{1,2})-(\d{1,2})-(\d{4})(?![\d-])`, true),
  // 中華民國112年5月9日, 民國112年05月09日 (Taiwan's era years)
  textDatePattern('roc', String.raw`${ROC_ERA}\s*(\d{2,3})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?`),
  // 112/05/09, 112-11-21 (era years in Taiwan's info lines)
  textDatePattern('roc', String.raw`(?<![\d/.:-])(1[01]\d)/(\d{2})/(\d{2})(?![\d/.:-])`),
  textDatePattern('roc', String.raw`(?<![\d/.:-])(1[01]\d)-(\d{2})-(\d{2})(?![\d/.:-])`),
];

/** The match groups holding the year, the month and the day, for each order. */
const GROUPS_OF_ORDER: Record<DateOrder, readonly [number, number, number]> = {
  ymd: [1, 2, 3], dmy: [3, 2, 1], 'dmy-short': [3, 2, 1], mdy: [3, 1, 2], 'd-name-y': [3, 2, 1], 'name-d-y': [3, 1, 2], roc: [1, 2, 3],
};

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function isValid(value: DateValue): boolean {
  const { year, month, day, hour, minute, second } = value;
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return false;
  if (day > daysInMonth(year, month)) return false;
  if (hour !== undefined && (hour > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59)) return false;
  return true;
}

/** An offset from UTC as written after a time or after UTC / GMT: `+08:00`, `-0500`, `+8`. */
const OFFSET = /^(?:UTC|GMT)?\s*([+-])(\d{1,2}):?(\d{2})?$/i;
/** The largest offset from UTC any place uses (UTC+14). */
const MAX_OFFSET_MINUTES = 14 * 60;

function parseZone(zone: string | undefined, twelveHour: boolean): number | undefined {
  if (!zone) return undefined;
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 0;
  if (upper === 'CST' && twelveHour) return US_CENTRAL_MINUTES;
  // CST on a Chinese page and 北京时间 mean China Standard Time.
  if (upper === 'CST' || zone.startsWith('北京') || PLUS_EIGHT_ZONE.test(upper)) return 480;
  if (NAMED_ZONES[upper] !== undefined) return NAMED_ZONES[upper];
  const match = OFFSET.exec(zone);
  if (!match) return undefined;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  if (minutes > MAX_OFFSET_MINUTES) return undefined;
  return match[1] === '-' ? -minutes : minutes;
}

function monthFromName(name: string): number | undefined {
  return MONTH_NAMES.get(name.toLowerCase().replace(/\.$/, ''));
}

function withTime(value: DateValue, groups: Array<string | undefined>, start: number): DateValue {
  const [partOfDay, hour, minute, second, meridiem, zone] = groups.slice(start, start + 6);
  if (hour === undefined || minute === undefined) return value;
  let h = Number(hour);
  if (meridiem) {
    const pm = meridiem.toLowerCase().startsWith('p');
    if (h === 12) h = pm ? 12 : 0;
    else if (pm) h += 12;
  } else if (partOfDay) {
    // 中午12:30 stays at noon, 中午1:00 is 13:00; 凌晨12:30 is half past midnight.
    if (AFTERNOON_WORDS.includes(partOfDay) && h < 12 && !(partOfDay === '中午' && h >= 11)) h += 12;
    else if (MORNING_WORDS.includes(partOfDay) && h === 12) h = 0;
  }
  // `10:00-11:30` is a span of time, not a time at UTC−11:30: an offset written with a minus
  // right after the time, and later in the day than it, is where the span ends.
  const span = zone !== undefined && zone.startsWith('-') && second === undefined && minutesOfDay(zone.slice(1)) > h * 60 + Number(minute);
  return { ...value, hour: h, minute: Number(minute), second: second === undefined ? 0 : Number(second), offsetMinutes: span ? undefined : parseZone(zone, meridiem !== undefined) };
}

/** `hh:mm` or `hhmm` as minutes after midnight. */
function minutesOfDay(clock: string): number {
  const digits = clock.replace(':', '');
  return Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0);
}

export interface FoundDate {
  value: DateValue;
  /** Where in the text the date starts and ends. */
  index: number;
  end: number;
}

/**
 * A time written right before its date, as English pages do (`6:00am, 14 Jun, 2022`, `5:01 a.m. ET
 * June 2, 2021`, `11:37 PM | January 19, 2020`): hours and minutes with a colon (or a full stop
 * before am / pm), perhaps a zone's name, then only separators and a weekday before the date.
 */
const TIME_BEFORE_DATE = new RegExp(String.raw`(?<![\d:.])(\d{1,2})(?::(\d{2})|\.(\d{2})(?=\s*[ap]\.?m))\s*(am|pm|a\.m\.|p\.m\.)?\s*(?:(${Object.keys(NAMED_ZONES).join('|')}|GMT|UTC)|[A-Z]{1,4}T)?\s*[,|·•–—/-]?\s*(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s*)?$`, 'iu');
/** How far before a date its time is looked for. */
const TIME_BEFORE_SPAN = 40;

/** Two digits in a row, the least any of TEXT_DATE_PATTERNS needs (a year, or a two-digit one's time). */
const TWO_DIGITS = /\d\d/;

/** The first plausible date written in `text` (any of TEXT_DATE_PATTERNS), or null. */
export function findDateInText(text: string): FoundDate | null {
  // Every shape holds a year of two digits or more: text without two digits in a row holds none.
  if (!TWO_DIGITS.test(text)) return null;
  let best: FoundDate | null = null;
  for (const { pattern, order, dayFirstOnly } of TEXT_DATE_PATTERNS) {
    const [yearGroup, monthGroup, dayGroup] = GROUPS_OF_ORDER[order];
    const named = order.includes('name');
    if (named) pattern.lastIndex = 0;
    let match = pattern.exec(text);
    // A word in a month's place that is none (`Top 10 Websites 2020`): search on after where it began.
    while (named && match && monthFromName(match[monthGroup] ?? '') === undefined) {
      pattern.lastIndex = match.index + 1;
      match = pattern.exec(text);
    }
    if (!match || (best && match.index >= best.index)) continue;
    const g = Array.from(match, (part) => part);
    let month = named ? monthFromName(g[monthGroup] ?? '') : Number(g[monthGroup]);
    let day = Number(g[dayGroup]);
    if (!month) continue;
    // 20/06/2018: a first number above 12 cannot be the month, so the day comes first.
    if (order === 'mdy' && month > 12) [month, day] = [day, month];
    const year = Number(g[yearGroup]) + (order === 'roc' ? ROC_YEAR_OFFSET : order === 'dmy-short' ? SHORT_YEAR_CENTURY : 0);
    const dateEnd = match.index + match[0].length;
    TIME_AND_ZONE.lastIndex = dateEnd;
    const time = TIME_AND_ZONE.exec(text);
    const eitherWay = order === 'mdy' && month <= 12 && day <= 12 && month !== day;
    // No time after the date: one right before it counts (`6:00am, 14 Jun, 2022`, `5:01 a.m. ET June 2, 2021`).
    const before = time?.[2] !== undefined ? null : TIME_BEFORE_DATE.exec(text.slice(Math.max(0, match.index - TIME_BEFORE_SPAN), match.index));
    // (Laid out as TIME_AND_ZONE's groups: part of day, hour, minute, second, am / pm, zone.)
    const timeGroups = before ? [undefined, undefined, before[1], before[2] ?? before[3], undefined, before[4], before[5]] : time ? Array.from(time, (part) => part) : [];
    const value = withTime(eitherWay ? { year, month, day, eitherWay } : { year, month, day }, timeGroups, 1);
    if (dayFirstOnly) value.dayFirstOnly = true;
    if (!isValid(value)) continue;
    best = { value, index: match.index, end: dateEnd + (time?.[0].length ?? 0) };
  }
  return best;
}

/** `5月9日 上午10:30`: a Chinese month and day without the year, and perhaps a time. */
const MONTH_DAY = new RegExp(String.raw`(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日` + TIME_PART + ZONE_PART, 'u');

/** `05-26 16:40`: a month and day in figures without the year, read only with a time (a bare `05-26` may be a score). */
const NUMERIC_MONTH_DAY = /(?<![\d\-/.:])(\d{2})-(\d{2})\s+()(\d{1,2}):(\d{2})(?::(\d{2}))?(?![\d:])/u;

/** A month and day written without a year (`5月9日 上午10:30`, `05-26 16:40`) dated in `year`, or null. */
export function findMonthDayInText(text: string, year: number): FoundDate | null {
  const match = MONTH_DAY.exec(text) ?? NUMERIC_MONTH_DAY.exec(text);
  if (!match) return null;
  const g = Array.from(match, (part) => part);
  const value = withTime({ year, month: Number(g[1]), day: Number(g[2]) }, g, 3);
  return isValid(value) ? { value, index: match.index, end: match.index + match[0].length } : null;
}

/** ISO 8601's basic format, date and time without separators. */
const ISO_BASIC = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})?(?:[.,]\d+)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
/** ISO 8601 and its loose variants (`2019-11-19 10:00:00 +0000`, `2025-12-17UTC07:30:00+00:00`, `2021-03-04T12:05CET`). */
const ISO_LIKE =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:(?:[T\s]+|UTC)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*((?:UTC|GMT)\s*[+-]\d{1,2}(?::?\d{2})?|Z|[+-]\d{2}(?::?\d{2})?|UTC|GMT|CEST|CET|EST|EDT)?)?/i;

/**
 * A date from structured data (JSON-LD, meta, `<time datetime>`): ISO 8601 and its common
 * variants, Unix timestamps, RFC 2822, or any shape findDateInText knows. Null if none.
 */
export function parseStructuredDate(raw: string | undefined | null): DateValue | null {
  if (!raw) return null;
  const value = raw.trim();
  if (!value) return null;
  const month = /^(\d{4})-(\d{2})$/.exec(value);
  if (month) {
    const result: DateValue = { year: Number(month[1]), month: Number(month[2]), day: 1, monthOnly: true };
    return isValid(result) ? result : null;
  }
  if (/^\d{10}(\d{3})?$/.test(value)) {
    const millis = value.length === 13 ? Number(value) : Number(value) * 1000;
    const result = utcFields(new Date(millis), 0);
    return isValid(result) ? result : null;
  }
  // ISO 8601's basic format (`20201021T0927`, `20201021T092700Z`): the extended one without separators.
  const basic = ISO_BASIC.exec(value);
  if (basic) return parseStructuredDate(`${basic[1]}-${basic[2]}-${basic[3]}T${basic[4]}:${basic[5]}:${basic[6] ?? '00'}${basic[7] ?? ''}`);
  const iso = ISO_LIKE.exec(value);
  if (iso && (value.includes('-') || /^\d{8}(?:$|T)/.test(value))) {
    let result: DateValue = { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
    if (iso[4] !== undefined && iso[5] !== undefined) {
      const zone = iso[7] && /^[+-]\d{2}$/.test(iso[7]) ? `${iso[7]}:00` : iso[7];
      result = {
        ...result, hour: Number(iso[4]), minute: Number(iso[5]), second: iso[6] === undefined ? 0 : Number(iso[6]),
        offsetMinutes: parseZone(zone, false),
      };
    }
    if (isValid(result)) return result;
  }
  // (Numbers joined by hyphens that are no ISO date, `02-12-2025`, name no day a machine can read.)
  const found = findDateInText(value);
  return found && !found.value.dayFirstOnly ? found.value : null;
}

/** Whether two values name the same calendar day as written (whatever their zones). */
export function sameDay(a: DateValue, b: DateValue): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** The UTC wall clock of `date`, labelled with `offsetMinutes` (already applied by the caller). */
function utcFields(date: Date, offsetMinutes: number): DateValue {
  return {
    year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(),
    hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), offsetMinutes,
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The instant (epoch milliseconds) of `value` read in `offsetMinutes` (its own zone, else UTC); missing time fields count as 0. */
export function instantOf(value: DateValue, offsetMinutes = value.offsetMinutes ?? 0): number {
  return Date.UTC(value.year, value.month - 1, value.day, value.hour ?? 0, value.minute ?? 0, value.second ?? 0) - offsetMinutes * 60_000;
}

/** Shifts a zoned date-time to another offset (same instant, other wall clock). */
export function shiftToOffset(value: DateValue, offsetMinutes: number): DateValue {
  if (value.hour === undefined || value.offsetMinutes === undefined || value.offsetMinutes === offsetMinutes) return value;
  return utcFields(new Date(instantOf(value) + offsetMinutes * 60_000), offsetMinutes);
}

/**
 * ISO 8601 for `value`: `YYYY-MM` when only a month is known, `YYYY-MM-DD` when only a day is, otherwise
 * `YYYY-MM-DDThh:mm:ss±hh:mm`; a time without a zone takes `fallbackOffsetMinutes`, or is cut
 * back to the day when there is none.
 */
export function formatIsoDate(value: DateValue, fallbackOffsetMinutes?: number): string {
  if (value.monthOnly) return `${pad(value.year, 4)}-${pad(value.month)}`;
  const day = `${pad(value.year, 4)}-${pad(value.month)}-${pad(value.day)}`;
  if (value.hour === undefined) return day;
  const offset = value.offsetMinutes ?? fallbackOffsetMinutes;
  if (offset === undefined) return day;
  return `${day}T${pad(value.hour)}:${pad(value.minute ?? 0)}:${pad(value.second ?? 0)}${formatOffset(offset)}`;
}
