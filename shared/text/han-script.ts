/**
 * Traditional → simplified Chinese conversion, so that 環保 and 环保 index, search and compare as
 * one word. Scraped mirrors republish mainland stories in traditional script; readers type either.
 *
 * Built on OpenCC's own t2s tables (opencc-js), phrase level first (乾隆 stays, 乾淨 → 干净), then
 * character level. Only the three tables t2s needs are imported (about 60 kB with the converter,
 * 31 kB gzipped), not the package's full preset (1.2 MB of s2t phrases), so the Worker bundle stays small. Runs unchanged in
 * workerd, Node and the browser: the tables are plain strings, the converter is a Map-based trie.
 */
/// <reference path="./opencc-js.d.ts" />
import { ConverterFactory } from 'opencc-js/core';
import cjkCompatibilityIdeographs from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import tsPhrases from 'opencc-js/dict/TSPhrases';

/** Any Han ideograph; text without one is returned as is without touching the tries. */
const HAN = /\p{Script=Han}/u;
const HAN_GLOBAL = /\p{Script=Han}/gu;

type Convert = (text: string) => string;

/** Built on first use (≈10–20 ms once per isolate), so importing this module costs nothing. */
let converter: Convert | undefined;

function getConverter(): Convert {
  if (!converter) {
    // OpenCC's t2s chain: unify compatibility ideographs (U+F900…) first, then phrases before
    // characters in one longest-match pass (the group order gives phrases priority).
    const unifyCompatibility = ConverterFactory([cjkCompatibilityIdeographs]);
    const traditionalToSimplified = ConverterFactory([tsPhrases, tsCharacters]);
    converter = (text) => traditionalToSimplified(unifyCompatibility(text));
  }
  return converter;
}

/**
 * Converts traditional Chinese characters and phrases in `text` to their simplified forms.
 * Simplified text, Latin, digits, punctuation and whitespace come back unchanged; the length in
 * code points is preserved for every table entry we use (OpenCC's t2s maps are one-to-one in
 * length), so offsets into the result match the input. Never throws.
 */
export function toSimplified(text: string): string {
  if (!HAN.test(text)) return text;
  return getConverter()(text);
}

/** How much of a text {@link traditionalShare} reads. */
const SCRIPT_SAMPLE_CHARS = 20_000;

/**
 * The share (0…1) of Han characters in `text` (its first 20,000 characters) that change under {@link toSimplified}: near 0 for
 * simplified text, typically 0.2–0.4 for traditional text (most common characters are the same
 * in both scripts). 0 when there is no Han character.
 */
export function traditionalShare(text: string): number {
  // The script of a text shows in its first pages; reading more only costs time.
  const head = text.length > SCRIPT_SAMPLE_CHARS ? text.slice(0, SCRIPT_SAMPLE_CHARS) : text;
  const original = head.match(HAN_GLOBAL);
  if (!original) return 0;
  const simplified = toSimplified(original.join(''));
  const converted = Array.from(simplified);
  let changed = 0;
  for (let i = 0; i < original.length; i++) {
    if (original[i] !== converted[i]) changed++;
  }
  return changed / original.length;
}

/**
 * At or above this share of converted characters a text is written in traditional script. On
 * the zh texts of ../shared/data, simplified text scores at most 0.007 (a few characters such
 * as 乾 are ambiguous) and the same texts converted to Taiwan or Hong Kong script at least 0.24.
 */
export const TRADITIONAL_SHARE_THRESHOLD = 0.08;

/** Whether `text` is written in traditional script (see {@link traditionalShare}). */
export function isTraditionalScript(text: string): boolean {
  return traditionalShare(text) >= TRADITIONAL_SHARE_THRESHOLD;
}

/** Simplified (or unified) character → the characters the t2s tables turn into it. */
let reverse: Map<string, Set<string>> | undefined;

function reverseTables(): Map<string, Set<string>> {
  if (!reverse) {
    const map = new Map<string, Set<string>>();
    for (const table of [cjkCompatibilityIdeographs, tsCharacters, tsPhrases]) {
      for (const entry of table.split('|')) {
        const [from = '', ...targets] = entry.split(' ');
        const fromChars = Array.from(from);
        for (const target of targets) {
          const toChars = Array.from(target);
          // Phrases map position by position (toSimplified never applies a length change).
          if (toChars.length !== fromChars.length) continue;
          toChars.forEach((to, i) => {
            if (fromChars[i] !== to) map.set(to, (map.get(to) ?? new Set()).add(fromChars[i]!));
          });
        }
      }
    }
    reverse = map;
  }
  return reverse;
}

/**
 * The characters {@link toSimplified} can turn into `char` in some context, directly or through
 * a compatibility ideograph (a superset: phrase tables count position by position). Lets a
 * search for 环保 skip text that holds none of the forms of 环 without converting it. Built on
 * first use from the same tables (≈2 ms once per isolate).
 */
export function traditionalSources(char: string): ReadonlySet<string> {
  const tables = reverseTables();
  const found = new Set<string>();
  const queue = [char];
  while (queue.length > 0) {
    for (const source of tables.get(queue.pop()!) ?? []) {
      if (found.has(source) || source === char) continue;
      found.add(source);
      queue.push(source);
    }
  }
  return found;
}
