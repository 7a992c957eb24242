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

/**
 * What a copy shows of scraping, in its text or as its extraction flags say ({@link readTraits}).
 * Stored with each saved article (articles.text_traits, {@link encodeTextTraits}), so that
 * judging a story's copies reads neither their texts nor their flags again on every save of a copy.
 */
export interface TextTraits {
  pinyinAnnotations: boolean;
  lostCharacters: boolean;
  traditional: boolean;
}

/** What the signals look at; `flags` are the extractor's (pinyin-annotations-removed…). */
export interface MirrorCandidate {
  text: string;
  /** The copy's traits when known (read when it was saved): its text and flags are then not read. */
  traits?: TextTraits | null;
  source?: string | null;
  siteName?: string | null;
  flags?: readonly string[] | null;
}

/** The bit of each trait in its stored form (an INTEGER column). */
const TRAIT_BITS = { pinyinAnnotations: 1, lostCharacters: 2, traditional: 4 } as const;
/** Set on every stored value, so that 0 is never stored and a value without it is unreadable. */
const TRAITS_READ_BIT = 8;

export function encodeTextTraits(traits: TextTraits): number {
  return (
    TRAITS_READ_BIT |
    (traits.pinyinAnnotations ? TRAIT_BITS.pinyinAnnotations : 0) |
    (traits.lostCharacters ? TRAIT_BITS.lostCharacters : 0) |
    (traits.traditional ? TRAIT_BITS.traditional : 0)
  );
}

/** The values {@link encodeTextTraits} writes: any other stored value is read as unknown. */
export const STORED_TRAITS_RANGE = { min: TRAITS_READ_BIT, max: 2 * TRAITS_READ_BIT - 1 } as const;

/** The stored form read back; null (the text is to be read) for anything not written by {@link encodeTextTraits}. */
export function decodeTextTraits(value: number | null | undefined): TextTraits | null {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < STORED_TRAITS_RANGE.min || value > STORED_TRAITS_RANGE.max) return null;
  return {
    pinyinAnnotations: (value & TRAIT_BITS.pinyinAnnotations) !== 0,
    lostCharacters: (value & TRAIT_BITS.lostCharacters) !== 0,
    traditional: (value & TRAIT_BITS.traditional) !== 0,
  };
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

/** How each trait is read from a copy whose traits are not stored: its text, and its extraction flags. */
const TRAIT_READERS: Record<keyof TextTraits, (copy: MirrorCandidate, reader: MirrorTextReader) => boolean> = {
  pinyinAnnotations: (copy, reader) => PINYIN_FLAGS.some((flag) => copy.flags?.includes(flag)) || reader.hasPinyinAnnotations(copy.text),
  lostCharacters: (copy, reader) => copy.flags?.includes('encoding-damage') === true || reader.hasLostCharacters(copy.text),
  traditional: (copy, reader) => reader.isTraditional(copy.text),
};

/** One trait of `copy`: stored, or read (and remembered by `reader`). */
function traitOf(copy: MirrorCandidate, trait: keyof TextTraits, reader: MirrorTextReader): boolean {
  return copy.traits ? copy.traits[trait] : TRAIT_READERS[trait](copy, reader);
}

/** All the traits of `copy`, as {@link mirrorSignals} reads them with `reader`: what a save stores. */
export function readTraits(copy: MirrorCandidate, reader: MirrorTextReader = mirrorTextReader()): TextTraits {
  return {
    pinyinAnnotations: traitOf(copy, 'pinyinAnnotations', reader),
    lostCharacters: traitOf(copy, 'lostCharacters', reader),
    traditional: traitOf(copy, 'traditional', reader),
  };
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
  if (traitOf(copy, 'pinyinAnnotations', reader)) signals.push('pinyin-annotations');
  if (traitOf(copy, 'lostCharacters', reader)) signals.push('lost-characters');
  if (original && original !== copy) {
    if (traitOf(copy, 'traditional', reader) !== traitOf(original, 'traditional', reader)) signals.push('script-converted');
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
