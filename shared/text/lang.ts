/**
 * Language of a page as a BCP 47 tag, from the markup and checked against the text.
 *
 * Markup often lies on Chinese pages (mirrors convert simplified text to traditional and keep
 * `lang="zh-CN"`; old portals declare nothing), so for Chinese the script is decided by the
 * characters themselves.
 */

/**
 * Frequent characters that exist only in traditional script, each paired by position with its
 * simplified form in SIMPLIFIED_ONLY. Characters shared by both scripts with another meaning
 * (后, 于, 里, 台, 面, 只, 系, 干) are left out: they prove nothing.
 */
const TRADITIONAL_ONLY =
  '們個來時國會說這為對發學經過還進開關長問點現動從當樣實機業見種東萬與將體無區電話間聽讓頭麼義處產權選員帶報場傳達總題務歲氣車結親愛條導戰數黨議記認識語設讀書網頁視節應華運門號軍將張護環術導際產愛區專業檢證';
const SIMPLIFIED_ONLY =
  '们个来时国会说这为对发学经过还进开关长问点现动从当样实机业见种东万与将体无区电话间听让头么义处产权选员带报场传达总题务岁气车结亲爱条导战数党议记认识语设读书网页视节应华运门号军将张护环术导际产爱区专业检证';

const TRADITIONAL_SET = new Set(TRADITIONAL_ONLY);
const SIMPLIFIED_SET = new Set(SIMPLIFIED_ONLY);

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

function countScripts(text: string): ScriptCounts {
  const counts: ScriptCounts = { han: 0, kana: 0, hangul: 0, letters: 0 };
  for (const match of text.matchAll(/(\p{Script=Han})|([\p{Script=Hiragana}\p{Script=Katakana}])|(\p{Script=Hangul})|(\p{L})/gu)) {
    counts.letters += 1;
    if (match[1]) counts.han += 1;
    else if (match[2]) counts.kana += 1;
    else if (match[3]) counts.hangul += 1;
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
