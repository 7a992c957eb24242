/**
 * Language of a page as a BCP 47 tag, from the markup and checked against the text.
 *
 * Markup often lies on Chinese pages (mirrors convert simplified text to traditional and keep
 * `lang="zh-CN"`; old portals declare nothing), so for Chinese the script is decided by the
 * characters themselves.
 */
import { isAsciiLetter, isUnifiedIdeograph, matchesAt, widthAt } from './code-points';
import { SCRIPT_PAIRS } from './han-pairs';

/** Characters found only in traditional, and only in simplified script (from the shared pair table). */
const TRADITIONAL_SET = new Set<string>();
const SIMPLIFIED_SET = new Set<string>();
for (let i = 0; i + 1 < SCRIPT_PAIRS.length; i += 2) {
  SIMPLIFIED_SET.add(SCRIPT_PAIRS[i]!);
  TRADITIONAL_SET.add(SCRIPT_PAIRS[i + 1]!);
}

/** Regions whose Chinese is written in traditional script by default. */
const TRADITIONAL_REGIONS = new Set(['TW', 'HK', 'MO']);

/** Share of letters that must be Han (and no kana or hangul) for text to count as Chinese. */
const CHINESE_HAN_SHARE = 0.3;

export type ChineseScript = 'Hans' | 'Hant';

/**
 * Which Chinese script `text` is written in, by counting characters found only in one of them;
 * `null` when neither kind occurs (too little text to tell).
 */
export function chineseScript(text: string): ChineseScript | null {
  let traditional = 0;
  let simplified = 0;
  for (const char of text) {
    if (TRADITIONAL_SET.has(char)) traditional += 1;
    else if (SIMPLIFIED_SET.has(char)) simplified += 1;
  }
  if (traditional === 0 && simplified === 0) return null;
  return traditional > simplified ? 'Hant' : 'Hans';
}

interface ScriptCounts {
  han: number;
  kana: number;
  hangul: number;
  letters: number;
}

/** One character of each kind, tested in place (sticky). */
const HAN_AT = /\p{sc=Han}/uy;
const KANA_AT = /[\p{sc=Hiragana}\p{sc=Katakana}]/uy;
const HANGUL_AT = /\p{sc=Hangul}/uy;
const LETTER_AT = /\p{L}/uy;
/** Where Han, kana and hangul begin (U+1100, the Hangul jamo): nothing below is any of them. */
const FIRST_EAST_ASIAN = 0x1100;

/** Any kana or hangul: most pages have none, and then need not count them. */
const KANA_OR_HANGUL = /[\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}]/u;

/** Han, kana, hangul and letters (`\p{L}`, of any script) in one pass over the text. */
export function countScripts(text: string): ScriptCounts {
  const japaneseOrKorean = KANA_OR_HANGUL.test(text);
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, letters: 0 };
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (isAsciiLetter(code)) counts.letters += 1;
      continue;
    }
    if (isUnifiedIdeograph(code)) {
      counts.han += 1;
      counts.letters += 1;
      continue;
    }
    if (matchesAt(LETTER_AT, text, i)) counts.letters += 1;
    if (code >= FIRST_EAST_ASIAN) {
      if (matchesAt(HAN_AT, text, i)) counts.han += 1;
      else if (japaneseOrKorean && matchesAt(KANA_AT, text, i)) counts.kana += 1;
      else if (japaneseOrKorean && matchesAt(HANGUL_AT, text, i)) counts.hangul += 1;
    }
    i += widthAt(text, i) - 1;
  }
  return counts;
}

/** A well-formed primary language subtag and optional region from a markup value such as `zh_CN`. */
function parseMarkupLang(value: string | undefined): { language: string; script?: string; region?: string } | null {
  if (!value) return null;
  const parts = value.trim().replace(/_/g, '-').split('-');
  const language = parts[0]?.toLowerCase() ?? '';
  if (!/^[a-z]{2,3}$/.test(language)) return null;
  let script: string | undefined;
  let region: string | undefined;
  for (const part of parts.slice(1)) {
    if (/^[A-Za-z]{4}$/.test(part)) script = part[0]!.toUpperCase() + part.slice(1).toLowerCase();
    else if (/^([A-Za-z]{2}|\d{3})$/.test(part)) region = part.toUpperCase();
  }
  return { language, script, region };
}

/** Common short words that mark English text when the markup names no language. */
const ENGLISH_MARKERS = /\b(?:the|and|of|to|in|is|that|for|with|was)\b/gi;

/**
 * The page language as a BCP 47 tag: `zh-Hans` or `zh-Hant` for Chinese (decided by the text),
 * `ja`, `ko`, or the markup's primary language; `und` when nothing tells.
 */
export function detectLang(text: string, markupLang: string | undefined): string {
  const markup = parseMarkupLang(markupLang);
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const counts = countScripts(sample);
  if (counts.letters > 0) {
    if (counts.kana > counts.letters * 0.05) return 'ja';
    if (counts.hangul > counts.letters * 0.2) return 'ko';
    if (counts.han > counts.letters * CHINESE_HAN_SHARE) {
      const script = chineseScript(sample);
      if (script) return `zh-${script}`;
      if (markup?.script === 'Hant' || (markup?.region && TRADITIONAL_REGIONS.has(markup.region))) return 'zh-Hant';
      return 'zh-Hans';
    }
  }
  if (markup && markup.language !== 'zh') return markup.language;
  if (markup?.language === 'zh' && counts.han > 0) return chineseScript(sample) === 'Hant' ? 'zh-Hant' : 'zh-Hans';
  if ((sample.match(ENGLISH_MARKERS)?.length ?? 0) >= 3) return 'en';
  return 'und';
}
