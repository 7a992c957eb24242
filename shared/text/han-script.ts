/**
 * Traditional → simplified Chinese conversion, so that 環保 and 环保 index, search and compare as
 * one word. Scraped mirrors republish mainland stories in traditional script; readers type either.
 *
 * Built on OpenCC's own t2s tables (opencc-js), phrase level first (乾隆 stays, 乾淨 → 干净), then
 * character level. Only the three tables t2s needs are imported (about 50 kB), not the package's
 * full preset (1.2 MB of s2t phrases), so the Worker bundle stays small. Runs unchanged in
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

/**
 * The share (0…1) of Han characters in `text` that change under {@link toSimplified}: near 0 for
 * simplified text, typically 0.2–0.4 for traditional text (most common characters are the same
 * in both scripts). 0 when there is no Han character.
 */
export function traditionalShare(text: string): number {
  const original = text.match(HAN_GLOBAL);
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
 * Above this share of converted characters a text is written in traditional script. Simplified
 * text scores ≈0 (a few characters such as 乾 are ambiguous); real traditional text ≥0.15.
 */
export const TRADITIONAL_SHARE_THRESHOLD = 0.08;

/** Whether `text` is written in traditional script (see {@link traditionalShare}). */
export function isTraditionalScript(text: string): boolean {
  return traditionalShare(text) >= TRADITIONAL_SHARE_THRESHOLD;
}
