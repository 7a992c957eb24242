/**
 * Lines that are not the story: labels, trailers and site furniture that differ between copies
 * of one story (each outlet has its own editor, source line and comment rules) or that every
 * article of a site shares (and would make two different articles look alike). Story
 * signatures are computed without them.
 *
 * Patterns are matched against a *normalised* line (normalizeText: simplified script, lower
 * case, ASCII punctuation), so only the simplified, lower-case spelling is listed.
 */

/** A line longer than this is a paragraph of prose, even if it mentions 来源 or "copyright". */
export const BOILERPLATE_MAX_LINE_LENGTH = 160;

/**
 * Staff and byline labels are short and have no sentence punctuation: a line starting "记者："
 * with a question mark is an interview question, not a byline.
 */
const LABEL_LINE_MAX_LENGTH = 40;

/**
 * Line-level patterns, each with why it is there; `maxLength` (default
 * {@link BOILERPLATE_MAX_LINE_LENGTH}) keeps a pattern from eating prose that merely starts
 * like boilerplate ("Share prices fell…", "记者：您怎么看…").
 */
export const BOILERPLATE_LINE_PATTERNS: ReadonlyArray<{ pattern: RegExp; maxLength?: number; why: string }> = [
  { pattern: /^(?:来源|稿源|出处|本文来源|文章来源|原标题|原文标题|原文链接|原文|转自|转载自)\s*[:：]/, why: 'source and origin labels: each copy names them differently' },
  { pattern: /(?:^|\s)来源\s*[:：]/, why: 'date + source header lines (2018-06-20 17:59:25 来源: …)' },
  { pattern: /^(?:责任编辑|责编|编辑|校对|审核|监制|主编|作者|记者|通讯员|文|图|摄影|视频|策划|统筹|制图|撰文)\s*[:：/|][^。？！?!，,；;]*$/, maxLength: LABEL_LINE_MAX_LENGTH, why: 'staff labels: differ per outlet' },
  { pattern: /^关键词\s*[:：]?/, why: 'keyword line' },
  { pattern: /文明上网|理性发言|评论服务协议|网友评论|发表评论|条评论|查看评论|我要评论/, why: 'comment rules and counters' },
  { pattern: /^(?:为你推荐|为您推荐|相关阅读|相关新闻|相关文章|延伸阅读|推荐阅读|热门推荐|猜你喜欢|加载更多|更多新闻|点击加载|返回顶部|返回首页|打印本页|关闭窗口)/, why: 'recommendation and navigation trailers' },
  { pattern: /(?:扫码|扫一扫|二维码|长按识别|关注我们|关注公众号|下载客户端|下载app)/, why: 'app and social promotion' },
  { pattern: /(?:版权所有|版权声明|免责声明|未经授权|不得转载|禁止转载|转载请注明|本文仅代表作者|不代表本(?:站|网))/, why: 'copyright and disclaimer lines' },
  { pattern: /^(?:分享到|分享至|分享|点赞|收藏|举报|打赏)(?:\s|[:：]|$)/, maxLength: LABEL_LINE_MAX_LENGTH, why: 'share bars' },
  { pattern: /(?:©|\(c\)\s*\d{4}|copyright|all rights reserved)/, why: 'copyright lines (English)' },
  { pattern: /^(?:share|share this(?: article| story)?|tweet|email|print|comments?|advertisement|sponsored(?: content)?|recommended(?: for you)?|most popular|trending(?: now)?)\s*$/, why: 'share bars and ad labels (English), whole line only' },
  { pattern: /^(?:related|related articles|related stories|read more|more from|see also|also read)\s*:/, why: 'teasers to other stories (English)' },
  { pattern: /(?:sign up for|subscribe to|newsletter|follow us on|click here|download the app)/, why: 'promotion (English)' },
  { pattern: /^(?:by|reporting by|editing by|written by|additional reporting by|photo:|image:|source:|updated:|published:)\s/, maxLength: LABEL_LINE_MAX_LENGTH * 2, why: 'byline and credit labels (English)' },
];

/** A line without any letter or digit (+1, ---, ••) or made only of digits (counters, trackers). */
const NO_WORDS = /^[^\p{L}\p{N}]*$|^[\d\s.,:/+-]*$/u;

const LEADING_PUNCTUATION = /^[^\p{L}\p{N}]+/u;

/** Whether a normalised line is boilerplate rather than story text. */
export function isBoilerplateLine(line: string): boolean {
  if (NO_WORDS.test(line)) return true;
  if (line.length > BOILERPLATE_MAX_LINE_LENGTH) return false;
  // Labels are often bracketed: [责任编辑:陈潇], 【来源:新华社】, (editing by …).
  const unbracketed = line.replace(LEADING_PUNCTUATION, '');
  return BOILERPLATE_LINE_PATTERNS.some(
    ({ pattern, maxLength = BOILERPLATE_MAX_LINE_LENGTH }) => line.length <= maxLength && pattern.test(unbracketed),
  );
}
