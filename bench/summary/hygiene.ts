/**
 * The bench's own checks of a summary of an extracted Chinese page, written apart from the
 * summariser's tables so that they check it rather than repeat it: every sentence in the
 * article's script, a whole sentence of the body, and free of datelines, bylines, label lines and
 * boilerplate.
 */
import { hanScript } from './han-script';

/** Marks of text that is not news: wire datelines, reporter credits, field labels, site furniture. */
const NOT_NEWS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: 'dateline', pattern: /^[^，。]{0,16}\d{1,2}月\d{1,2}日(?:电|電|讯|訊|消息|报道|報道)/u },
  { name: 'agency-dateline', pattern: /^[^，。]{0,8}社[^，。]{0,10}(?:电|電)[（(\s]/u },
  { name: 'compiled-report', pattern: /^(?:综合消息|綜合消息)[，,]/u },
  { name: 'outlet-dateline', pattern: /^[^，。\s]{1,10}(?:快讯|快訊|讯|訊)[\s（(]/u },
  { name: 'byline', pattern: /[（(]\s*(?:记者|記者|通讯员|通訊員|编辑|編輯|文\/图|文／图)[^）)]*[）)]/u },
  { name: 'label', pattern: /^(?:来源|來源|责任编辑|責任編輯|编辑|編輯|记者|記者|作者|原标题|原標題|摄影|攝影)\s*[:：]/u },
  { name: 'timestamp', pattern: /^\d{4}[-/年]\d{1,2}[-/月]\d{1,2}日?\s+\d{1,2}:\d{2}/u },
  { name: 'boilerplate', pattern: /扫码|掃碼|二维码|二維碼|关注我们|關注我們|为你推荐|為你推薦|加载更多|加載更多|版权所有|版權所有|阅读原文|閱讀原文|责任编辑|責任編輯/u },
];

/** Sentence-final punctuation and the closers that may follow it. */
const FINAL = /[。！？!?…；;.][”’」』"')）》]*$/u;
/** What may come right before a sentence start in the body. */
const BEFORE_START = /[\s。！？!?…；;”’」』"')）》】]$/u;

/**
 * Whether the text between the last sentence end before `at` and `at` is a dateline or byline
 * (a summariser may cut one off the front of the lead and keep the rest of the sentence).
 */
function followsNotNews(body: string, at: number): boolean {
  const before = body.slice(0, at);
  const lastEnd = Math.max(before.lastIndexOf('\n'), ...[...'。！？!?'].map((c) => before.lastIndexOf(c)));
  const prefix = before.slice(lastEnd + 1).trim();
  return prefix !== '' && NOT_NEWS.some(({ pattern }) => pattern.test(prefix));
}

export interface HygieneResult {
  rightScript: boolean;
  wholeSentences: boolean;
  clean: boolean;
  /** Names of the NOT_NEWS marks found, for the report. */
  marks: string[];
}

/** Checks `summary` (sentences) against the extracted `body` it was made from. */
export function checkSummary(summary: readonly string[], body: string): HygieneResult {
  const articleScript = hanScript(body);
  const rightScript =
    summary.length > 0 &&
    summary.every((s) => /\p{Script=Han}/u.test(s) && [articleScript, 'neither'].includes(hanScript(s)));
  const wholeSentences =
    summary.length > 0 &&
    summary.every((s) => {
      const at = body.indexOf(s);
      if (at < 0) return false;
      const after = body[at + s.length];
      const endsWhole = FINAL.test(s) || after === undefined || after === '\n' || after === '\r';
      const startsWhole = at === 0 || BEFORE_START.test(body.slice(0, at)) || followsNotNews(body, at);
      return endsWhole && startsWhole;
    });
  const marks = NOT_NEWS.filter(({ pattern }) => summary.some((s) => pattern.test(s))).map((m) => m.name);
  return { rightScript, wholeSentences, clean: marks.length === 0, marks };
}
