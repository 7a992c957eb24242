/**
 * Which copy of a story is the original: the one published by the outlet it names as its own
 * source (河北新闻网 saying 来源: 河北新闻网), else the earliest published. Copies suspected of
 * being scraped mirrors come after the rest, whatever their dates.
 */
import { normalizeText } from '../text/normalize';

/** The fields of a stored copy that the choice looks at. */
export interface StoryCopy {
  id: string;
  source?: string | null;
  siteName?: string | null;
  /** ISO 8601; a date alone counts as the start of that day (UTC). */
  publishedAt?: string | null;
  /** ISO 8601; when the user saved it (tie-breaker, and the order when dates are missing). */
  savedAt?: string | null;
  flags?: readonly string[] | null;
}

/**
 * Endings that differ between an outlet's name for itself and its site's name: 新华社 and 新华网,
 * 人民日报 and 人民网, "Reuters" and "Reuters.com". Removed from both names before comparing.
 * Longer endings first, so 新闻网 goes before 网.
 */
export const OUTLET_NAME_ENDINGS: readonly string[] = [
  '新闻网', '新闻中心', '新闻', '在线', '日报', '晚报', '早报', '晨报', '商报', '时报', '周刊', '客户端',
  '网站', '网', '社', '报', '台',
  '.com.cn', '.com', '.cn', '.net', '.org', ' news agency', ' news', ' online', ' newspaper',
];

/** An outlet's name in comparable form: normalised, "the" dropped, one known ending removed. */
function outletKey(name: string): string {
  let key = normalizeText(name).replace(/^the /, '').replace(/\s+/g, ' ');
  for (const ending of OUTLET_NAME_ENDINGS) {
    if (key.length > ending.length + 1 && key.endsWith(ending)) {
      key = key.slice(0, -ending.length);
      break;
    }
  }
  return key.trim();
}

/**
 * Whether `source` names the copy's own outlet (`siteName`): equal once normalised and with
 * outlet endings removed (新华社 ~ 新华网), or one of 3+ characters inside the other
 * (河北新闻网 ~ 河北新闻网客户端).
 */
export function isSelfSourced(copy: Pick<StoryCopy, 'source' | 'siteName'>): boolean {
  if (!copy.source || !copy.siteName) return false;
  const source = outletKey(copy.source);
  const site = outletKey(copy.siteName);
  if (source.length < 2 || site.length < 2) return false;
  if (source === site) return true;
  // Containment, of the keys or of the whole names (河北新闻网-河北日报 ~ 河北新闻网), only for
  // 3+ characters: 中国 is inside too many outlets' names.
  return contains(source, site) || contains(normalizeText(copy.source), normalizeText(copy.siteName));
}

function contains(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  return shorter.length >= 3 && longer.includes(shorter);
}

/** Milliseconds since the epoch, or +∞ for a missing or unreadable date (sorts last). */
function timeOf(iso: string | null | undefined): number {
  if (!iso) return Number.POSITIVE_INFINITY;
  const time = Date.parse(iso);
  return Number.isNaN(time) ? Number.POSITIVE_INFINITY : time;
}

/**
 * The copies of one story, original first: self-sourced copies, then copies not suspected of
 * being mirrors, then earliest published, then earliest saved, then by id (so the order is
 * total and stable). Does not modify `copies`.
 */
export function rankCopies<T extends StoryCopy>(copies: readonly T[]): T[] {
  const keyed = copies.map((copy) => ({
    copy,
    selfSourced: isSelfSourced(copy) ? 0 : 1,
    mirror: copy.flags?.includes('mirror-suspected') ? 1 : 0,
    published: timeOf(copy.publishedAt),
    saved: timeOf(copy.savedAt),
  }));
  keyed.sort(
    (a, b) =>
      a.selfSourced - b.selfSourced ||
      a.mirror - b.mirror ||
      compareTimes(a.published, b.published) ||
      compareTimes(a.saved, b.saved) ||
      (a.copy.id < b.copy.id ? -1 : a.copy.id > b.copy.id ? 1 : 0),
  );
  return keyed.map(({ copy }) => copy);
}

function compareTimes(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1;
}

/** The original copy of a story (see {@link rankCopies}), or null when there is no copy. */
export function pickOriginal<T extends StoryCopy>(copies: readonly T[]): T | null {
  return rankCopies(copies)[0] ?? null;
}
