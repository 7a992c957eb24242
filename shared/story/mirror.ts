/**
 * Is this copy a scraped mirror? Mirrors are recognisable by what their scraping does to the
 * text — pinyin inserted after characters, script converted, characters lost to `?` — and by
 * republishing another outlet's story. No single weak signal is enough: a Hong Kong outlet
 * writes traditional script, and many honest reposts name another outlet as their source.
 */
import { traditionalShare, TRADITIONAL_SHARE_THRESHOLD } from '../text/han-script';
import { countPinyinAnnotations } from '../clean/pinyin';
import { isSelfSourced } from './original';

export type MirrorSignal =
  /** Pinyin annotations were found (or removed by the extractor): no real outlet does this. */
  | 'pinyin-annotations'
  /** Han characters replaced by `?` in several places: a lossy re-encoding by a scraper. */
  | 'lost-characters'
  /** This copy's script differs from the story's original (simplified → traditional or back). */
  | 'script-converted'
  /** The copy names another outlet as its source. */
  | 'foreign-source';

/** What the signals look at; `flags` are the extractor's (pinyin-annotations-removed…). */
export interface MirrorCandidate {
  text: string;
  source?: string | null;
  siteName?: string | null;
  flags?: readonly string[] | null;
}

/** `?` standing between Han characters, as left by a character lost in re-encoding. */
const LOST_CHARACTER = /\p{Script=Han}[?？]+(?=\p{Script=Han}|[(（]?[a-z])/gu;

/** At least this many lost characters before a text counts as damaged by a scraper. */
export const MIN_LOST_CHARACTERS = 2;

/** Flags from extraction that mean the page carried pinyin annotations. */
const PINYIN_FLAGS = ['pinyin-annotations-removed'];

/**
 * What mirror judging reads from a text: scanning for annotations and lost characters, and
 * converting it to tell its script, are the costly part of judging. A story's copies are each
 * judged against one original, so the same texts are read again and again; a reader keeps what
 * it read of each text (by content), for as long as it is used — one save's judging.
 */
export interface MirrorTextReader {
  hasPinyinAnnotations(text: string): boolean;
  hasLostCharacters(text: string): boolean;
  isTraditional(text: string): boolean;
}

/** A reader that remembers what it read of each text (see {@link MirrorTextReader}). */
export function mirrorTextReader(): MirrorTextReader {
  const readings = new Map<string, { pinyin?: boolean; lost?: boolean; traditional?: boolean }>();
  const readingOf = (text: string) => {
    let reading = readings.get(text);
    if (!reading) readings.set(text, (reading = {}));
    return reading;
  };
  return {
    hasPinyinAnnotations(text) {
      const reading = readingOf(text);
      return (reading.pinyin ??= countPinyinAnnotations(text) > 0);
    },
    hasLostCharacters(text) {
      const reading = readingOf(text);
      return (reading.lost ??= (text.match(LOST_CHARACTER)?.length ?? 0) >= MIN_LOST_CHARACTERS);
    },
    isTraditional(text) {
      const reading = readingOf(text);
      return (reading.traditional ??= traditionalShare(text) >= TRADITIONAL_SHARE_THRESHOLD);
    },
  };
}

/**
 * The mirror signals of `copy`. Pass the story's `original` (see pickOriginal) to detect a
 * script conversion; without it, or when `copy` is the original, that signal is not raised.
 * `reader`: what was read of the texts already, when many copies are judged (see
 * {@link mirrorTextReader}); the signals are the same with or without it.
 */
export function mirrorSignals(
  copy: MirrorCandidate,
  original?: MirrorCandidate | null,
  reader: MirrorTextReader = mirrorTextReader(),
): MirrorSignal[] {
  const signals: MirrorSignal[] = [];
  const flags = copy.flags ?? [];
  if (PINYIN_FLAGS.some((flag) => flags.includes(flag)) || reader.hasPinyinAnnotations(copy.text)) {
    signals.push('pinyin-annotations');
  }
  if (reader.hasLostCharacters(copy.text) || flags.includes('encoding-damage')) {
    signals.push('lost-characters');
  }
  if (original && original !== copy) {
    if (reader.isTraditional(copy.text) !== reader.isTraditional(original.text)) signals.push('script-converted');
  }
  if (copy.source && copy.siteName && !isSelfSourced(copy)) signals.push('foreign-source');
  return signals;
}

/**
 * Whether `copy` should carry the `mirror-suspected` flag: pinyin annotations alone are enough;
 * a lossy re-encoding or a script converted from the original's counts only together with a
 * source that is not the copy's own outlet (an outlet may well convert its own story).
 * `reader` as for {@link mirrorSignals}.
 */
export function isMirrorSuspected(copy: MirrorCandidate, original?: MirrorCandidate | null, reader?: MirrorTextReader): boolean {
  const signals = mirrorSignals(copy, original, reader);
  if (signals.includes('pinyin-annotations')) return true;
  const altered = signals.includes('lost-characters') || signals.includes('script-converted');
  const republished = signals.includes('foreign-source') || !copy.source;
  return altered && republished;
}
