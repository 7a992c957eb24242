/**
 * File names for exported articles that every common file system and zip tool accepts, while
 * staying readable: `2018-06-20 河北省召开中央环保督察反馈意见整改工作会议.md`. Titles keep their
 * own script (Chinese stays Chinese); only characters that break a file system are replaced.
 */
import { truncateUtf8 } from '../text/truncate-utf8';

/** Longest name in UTF-8 bytes: ext4, APFS and NTFS allow 255; leave room for ` (99)` and `.md`. */
const MAX_NAME_BYTES = 200;

/** Characters Windows, macOS or Linux refuse in a name (and `/`, `\`, which make folders in a zip). */
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f]/g;

/**
 * Invisible characters that can disguise a name (bidi overrides make `gpj.exe` look like `exe.jpg`),
 * zero-width joiners and the BOM.
 */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Names that Windows reserves for devices, with or without an extension. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/i;

/** A lone surrogate cannot be encoded in a file name. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Makes one safe file-name stem (no extension) from free text: NFC-normalised, forbidden and
 * invisible characters replaced, whitespace collapsed, no leading or trailing dots or spaces,
 * no Windows device names, at most 200 UTF-8 bytes. Returns `fallback` when nothing is left.
 */
export function safeFileStem(text: string, fallback = 'untitled'): string {
  let stem = text
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  stem = truncateUtf8(stem, MAX_NAME_BYTES).replace(/^[\s.]+|[\s.]+$/g, '');
  if (stem === '') return fallback;
  return WINDOWS_RESERVED.test(stem) ? `_${stem}` : stem;
}

/** The fields a file name is made from. */
export interface FileNameSource {
  title: string;
  id: string;
  publishedAt?: string;
  savedAt: string;
}

/**
 * `YYYY-MM-DD Title.md`: the publication day (else the day it was saved; `YYYY-MM` for a page
 * dated only to its month) so files sort by date, then the headline. Not unique by itself; see
 * {@link UniqueFileNames}.
 */
export function markdownFileName(source: FileNameSource): string {
  const day = /^\d{4}-\d{2}(?:-\d{2})?/.exec(source.publishedAt ?? source.savedAt)?.[0];
  const stem = safeFileStem(source.title, source.id);
  return `${day ? `${day} ` : ''}${stem}.md`;
}

/**
 * Hands out names that are unique within one archive, case-insensitively (macOS and Windows
 * unpack `A.md` and `a.md` onto the same file): the second `x.md` becomes `x (2).md`.
 */
export class UniqueFileNames {
  readonly #taken = new Set<string>();
  /** Next number to try for each name asked for, so 50,000 equal titles stay linear. */
  readonly #next = new Map<string, number>();

  /** Returns `name`, or `stem (n).ext` with the smallest free `n`. */
  claim(name: string): string {
    const key = name.toLowerCase();
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const ext = dot > 0 ? name.slice(dot) : '';
    let n = this.#next.get(key) ?? 1;
    let candidate = n === 1 ? name : `${stem} (${n})${ext}`;
    while (this.#taken.has(candidate.toLowerCase())) {
      n += 1;
      candidate = `${stem} (${n})${ext}`;
    }
    this.#next.set(key, n + 1);
    this.#taken.add(candidate.toLowerCase());
    return candidate;
  }
}
