/**
 * Which sentences may stand in a summary. News text carries lines that are not the news:
 * datelines and bylines in front of the lead (`新华社北京6月20日电（记者 …）`, `(CNN) --`),
 * label lines (`来源：`, `责任编辑：`, `By …`), photo captions, and site boilerplate
 * ("Scroll down for video", 扫码关注). Each kind is a named table below; a dateline run into the
 * lead is cut off its front (the rest of the sentence is kept as written), everything else
 * removes the whole sentence from the candidates.
 */
import type { Sentence } from './sentences';
import { isUnspacedCode, WORD_CHAR } from './script';

/** Why a sentence is or is not a candidate. */
export type SentenceRole =
  | 'body' // an ordinary sentence of the article
  | 'label' // a label line: source, editor, reporter, timestamp, tags
  | 'byline' // a bracketed credit standing alone: （记者 王成果）, (完)
  | 'caption' // a photo or video caption
  | 'boilerplate' // site furniture: share, follow, scroll down, copyright, log-in widgets
  | 'code' // script or style text left in the body
  | 'citation' // a bibliographic reference: 作者. 题名[J]. 刊名, 2018, 8(2): 7-16.
  | 'heading' // a short line without sentence punctuation among punctuated text
  | 'foreign' // in the other kind of script than the article (an English abstract in Chinese text)
  | 'headline' // the headline repeated in the body (or a piece of it): the reader has it already
  | 'fragment'; // too little text to say anything on its own

/** A sentence with its run-in prefix removed and its role. */
export interface Candidate {
  /** Position of the sentence in the text's sentence list. */
  index: number;
  /** The sentence, or its tail after a dateline/byline/boilerplate run into its front. */
  text: string;
  /** The sentence as split, before any run-in prefix was cut. */
  sentence: Sentence;
  role: SentenceRole;
  /** Characters of unspaced scripts (CJK …) and whitespace-separated words in `text`. */
  size: TextSize;
}

/** How much text a sentence holds. */
export interface TextSize {
  unspaced: number;
  words: number;
}

/**
 * Run-in prefixes: datelines, bylines, outlet labels and boilerplate that sit in front of a body
 * sentence without punctuation of their own. Cut repeatedly from the front; what is left is the
 * sentence.
 */
export const RUN_IN_PREFIXES: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  // Wire datelines: 新华社北京6月20日电 / 长江网10月4日讯 / 据中新网9月9日报道，
  {
    name: 'zh-dateline',
    // The lookahead keeps words that start with 电/讯 (电视, 电话, 讯息 …) in the sentence.
    pattern: /^(?:据|據)?[\p{Script=Han}A-Za-z]{2,16}?\s?\d{1,2}月\d{1,2}日(?:\d{1,2}[时時](?:\d{1,2}分)?)?\s*(?:电|電|讯|訊|消息|报道|報道)(?![视視脑腦话話台器梯影子信网網力池息号號])\s*[，,：:]?\s*/u,
  },
  // Agency datelines without a date: 新华社拉萨电 / 据中新社北京电（记者 …）
  {
    name: 'zh-agency-dateline',
    pattern: /^(?:据|據)?[\p{Script=Han}]{1,6}社[\p{Script=Han}]{0,10}?(?:\d{1,2}月\d{1,2}日)?(?:电|電)(?![视視脑腦话話台器梯影子信网網力池])\s*[，,：:]?\s*/u,
  },
  // Outlet labels: 新浪科技讯 / 新京报快讯 / 本报讯, followed by a space or a byline bracket.
  { name: 'zh-outlet', pattern: /^[\p{Script=Han}A-Za-z]{1,10}(?:快讯|快訊|讯|訊)(?=[\s（(]|$)\s*/u },
  // Bylines in brackets: （记者 裴剑飞） / (記者王成果) / （文/图 …）
  {
    name: 'zh-byline',
    pattern: /^[（(]\s*(?:本报|本報|特约|特約|实习|實習)?(?:记者|記者|通讯员|通訊員|实习生|實習生|编辑|編輯|撰稿|文|图|圖|文\/图|文／图|圖\/文)[^（）()]{0,40}[）)]\s*/u,
  },
  // Bracketed outlet or section labels in front of a sentence: 【证券时报网】 / 【编前语】 / 【ワシントン=共同】
  { name: 'bracket-label', pattern: /^【[^】]{1,16}】\s*/u },
  // 综合消息， — "compiled from reports": a dateline without a place.
  { name: 'zh-compiled', pattern: /^(?:综合消息|綜合消息)[，,：:]\s*/u },
  // English wire datelines: (CNN) -- / Boston (CNN) / LONDON (Reuters) -
  {
    name: 'en-wire',
    pattern: /^(?:[A-Z][\w.'’, -]{0,40}\s)?\((?:CNN|AP|AFP|Reuters|Xinhua|Bloomberg|UPI|dpa)\)\s*(?:--|—|–|-)?\s*/u,
  },
  // Upper-case place datelines: WASHINGTON -- / BEIJING, China —
  { name: 'en-place', pattern: /^[A-Z][A-Z .'’-]{2,30}(?:,\s*[A-Z][A-Za-z. ]{1,20})?\s+(?:--|—|–)\s+/u },
  // Boilerplate that runs into the next sentence on news sites (Daily Mail's video stub).
  { name: 'en-scroll', pattern: /^(?:scroll down for (?:video|more)|video:)(?:\.{2,3}|…)?\s*/iu },
];

/** Label lines: a field name and a colon (来源：…, 责任编辑：…, 撮影：…, Source: …). */
export const LABEL_LINES: readonly RegExp[] = [
  /^(?:来源|來源|稿源|责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|记者|記者|作者|撰文|文字|摄影|攝影|摄像|攝像|图片|圖片|图片来源|圖片來源|图源|圖源|视频|視頻|原标题|原標題|出处|出處|本文来源|校对|校對|审核|審核|审校|審校|监制|監製|统筹|統籌|制作|製作|关键词|關鍵詞|标签|標籤|文|图|圖|文\/图|通讯员|通訊員|实习生|實習生|发布时间|發布時間|发布日期|發布日期|时间|時間|日期|阅读|閱讀|浏览|瀏覽|字号|字號)\s*[:：丨|]/u,
  /^(?:写真|撮影|取材|編集|記者|出典|提供)\s*[:：=＝]/u,
  /^(?:source|credit|credits|published|updated|last updated|posted|filed under|tags|related|photo|photos|image|images|video|editing by|reporting by|additional reporting by|written by)\s*:/iu,
  // Wire credits: (Reporting by Jane Doe in London; Editing by John Smith)
  /^\(?\s*(?:reporting|writing|editing|additional reporting|compiled|produced) by\b/iu,
  // "By Jane Doe" / "By . Daily Mail Reporter ." — names only, so "By the end of …" stays.
  /^By\s+(?:\.\s*)?[A-Z][\w'’.-]*(?:\s+(?:and\s+)?[A-Z][\w'’.-]*){0,5}\s*\.?$/u,
  // Timestamp lines: 2018-06-20 17:59:25 來源: … / 2019年9月3日 14:20
  /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s|$)/u,
];

/** Boilerplate phrases: a sentence holding one is site furniture, not news. */
export const BOILERPLATE_PHRASES: readonly RegExp[] = [
  /(?:点击|點擊)(?:这里|這裡|此处|此處|查看|进入|進入|阅读|閱讀|下载|下載|链接|鏈接|播放|关注|關注|右上角|蓝字|藍字)/u,
  /扫码|掃碼|扫描二维码|掃描二維碼|二维码|二維碼|长按|長按识别|长按識別/u,
  /关注我们|關注我們|欢迎关注|歡迎關注|关注公众号|關注公眾號|微信公众号|微信公眾號|阅读原文|閱讀原文/u,
  /为你推荐|為你推薦|加载更多|加載更多|相关阅读|相關閱讀|延伸阅读|延伸閱讀|热门推荐|熱門推薦|猜你喜欢|猜你喜歡/u,
  /版权声明|版權聲明|免责声明|免責聲明|转载请|轉載請|未经授权|未經授權|版权所有|版權所有|本文系|本文為|本文为/u,
  /文明上网|文明上網|理性发言|理性發言|新闻评论服务协议|新聞評論服務協議|分享到|下载客户端|下載客戶端/u,
  // Account and loading widgets: 请直接登录, 忘记密码, 立即注册, 加载中…
  /请直接登录|請直接登錄|忘记密码|忘記密碼|立即注册|立即註冊|自动登录|自動登錄|加载中|加載中|使用QQ登录|扫描登录/u,
  /\b(?:scroll down for|click here|sign up (?:for|to)|subscribe to (?:our|the)|share this article|follow us on|like us on facebook|all rights reserved|download the app|comments? (?:are|have been) closed|read more:)/i, // ASCII only: no `u`, which makes this scan several times slower
];

/**
 * Script and style text that a careless extraction leaves in the body: code punctuation at the
 * end of a line, function and variable syntax, CSS rules, HTML tags. (Every pattern here and
 * below runs on every sentence, however long: each is anchored or bounded so that none can
 * retry a long run of letters from every position.)
 */
export const CODE_LINES: readonly RegExp[] = [
  // A line ending in a brace, or in a call or assignment and a semicolon (prose lists may end "…;").
  /[{}]\s*$|[)=]\s*;\s*$|\w\(\)\s*;?\s*$/u,
  /\bfunction\s*\(|\b(?:var|let|const)\s+[\w$]+\s*=|=>\s*\{|\bwindow\.|\bdocument\./u,
  // CSS rules: a selector at the start of the line, then a brace and a property. Anchored and
  // bounded: an unanchored `[\w-]+\s*\{` retries every position of a long word (quadratic).
  /^[#.@]?[\w-][\w\s#.,:>~+()*-]{0,120}\{[^}]{0,200}:/u,
  /<\/?[a-z][\w-]{0,20}(?:\s[^<>]{0,200})?>/iu,
];

/**
 * Bibliographic references (papers and reports republished as pages): GB/T 7714 type marks
 * ([J] journal, [M] book, [C] proceedings, [D] thesis, [N] newspaper, [EB/OL] web …), the
 * "cite this" label, and volume(issue): pages runs.
 */
export const CITATIONS: readonly RegExp[] = [
  /\[(?:J|M|C|D|N|R|S|P|Z|A|G|EB\/OL|DB\/OL|J\/OL|M\/OL)\]/u,
  /^(?:文章引用|引用本文|引用格式|参考文献|參考文獻|cite this(?: article)?|references?)\s*[:：]/iu,
  /\b(?:19|20)\d\d\s*,\s*\d+\s*\(\d+\)\s*:\s*\d+\s*[-–]\s*\d+/u,
];

/** Captions: photo and video captions, by how they begin or end. */
export const CAPTIONS: readonly RegExp[] = [
  /^(?:▲|△|↑|↓|►|▼|◆)/u,
  /^(?:图为|圖為|图：|圖：|图\d|圖\d|资料图|資料圖|配图|配圖|截图|截圖|视频截图|視頻截圖)/u,
  // …资料图 / …供图 / …的报道截图。 / 新华社记者 张三 摄
  /(?:资料图|資料圖|供图|供圖|截图|截圖|(?:记者|記者)\s*\S{2,4}\s*(?:摄|攝))[)）]?[。.]?$/u,
  /^(?:pictured|above|below|left|right|top|bottom|inset|file photo|photo|video)\s*:/iu,
  // Daily Mail-style caption heads: "Top spot: Iconic UK brand …", "Sleepy kid: Brock …".
  /^(?![\w'’-]+(?:\s[\w'’-]+){0,3}\s(?:said|says|added|told|wrote|explained|asked|insisted|warned):)[A-Z][\w'’-]*(?:\s[\w'’-]+){0,2}:\s+(?=[A-Z])/u,
];

/** A line this short without sentence punctuation, among punctuated lines, is a heading or caption. */
const HEADING_MAX = { unspacedChars: 30, words: 12 };
/** Fewer letters than this make a fragment ("出狱了。", "Why?"). */
const FRAGMENT_MIN = { unspacedChars: 6, words: 4 };

/** Unspaced-script characters and whitespace-separated words with a letter or digit, in one pass. */
function measure(text: string): TextSize {
  let unspaced = 0;
  let words = 0;
  let inWord = false;
  let wordHasContent = false;
  for (let i = 0; i < text.length; i++) {
    const cp = text.codePointAt(i)!;
    if (cp > 0xffff) i++;
    if (cp === 0x20 || cp === 0x09 || cp === 0x0a || cp === 0x0d || cp === 0x3000 || cp === 0xa0) {
      if (inWord && wordHasContent) words++;
      inWord = false;
      wordHasContent = false;
      continue;
    }
    inWord = true;
    if (isUnspacedCode(cp)) {
      unspaced++;
      wordHasContent = true;
    } else if (!wordHasContent && isWordCode(cp)) {
      wordHasContent = true;
    }
  }
  if (inWord && wordHasContent) words++;
  return { unspaced, words };
}

/** A letter or digit (ASCII by range, the rest by Unicode property). */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(cp));
}

function isShort({ unspaced, words }: TextSize, limit: { unspacedChars: number; words: number }): boolean {
  return unspaced > 0 ? unspaced < limit.unspacedChars && words < limit.words : words < limit.words;
}

/** Cuts run-in datelines, bylines and boilerplate off the front of `text`. */
export function stripRunIn(text: string): string {
  let rest = text;
  for (let changed = true; changed && rest !== ''; ) {
    changed = false;
    for (const { pattern } of RUN_IN_PREFIXES) {
      const m = pattern.exec(rest);
      if (m && m[0].length > 0) {
        rest = rest.slice(m[0].length);
        changed = true;
      }
    }
  }
  return rest;
}

/**
 * Pinyin that scraped mirrors insert after characters (`編(biān)輯`); removed only to recognise
 * labels and boilerplate, never from the sentence returned.
 */
const PINYIN_ANNOTATION = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/gu;

/** The role of one sentence, from its text after run-in prefixes were cut. */
function roleOf(raw: string, original: string, size: TextSize, terminated: boolean, punctuatedText: boolean): SentenceRole {
  if (raw === '' || !WORD_CHAR.test(raw)) return original === raw ? 'fragment' : 'byline';
  const text = raw.includes('(') ? raw.replace(PINYIN_ANNOTATION, '') : raw;
  if (/^[（(【\[][^（）()【】[\]]{0,40}[）)】\]]$/u.test(text)) return 'byline';
  if (LABEL_LINES.some((re) => re.test(text))) return 'label';
  if (BOILERPLATE_PHRASES.some((re) => re.test(text))) return 'boilerplate';
  if (CODE_LINES.some((re) => re.test(text))) return 'code';
  if (CITATIONS.some((re) => re.test(text))) return 'citation';
  if (CAPTIONS.some((re) => re.test(text))) return 'caption';
  if (!terminated && punctuatedText && isShort(size, HEADING_MAX)) return 'heading';
  if (isShort(size, FRAGMENT_MIN)) return 'fragment';
  return 'body';
}

/** Letters and digits only, lower-cased: how a sentence and the headline are compared. */
function bare(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** How much longer than the headline a line may be and still be the headline repeated. */
const HEADLINE_LINE_RATIO = 1.5;
/** A piece of the headline shorter than this (bare characters) is too short to tell. */
const HEADLINE_PIECE_MIN = 4;

/**
 * Whether a sentence repeats the headline: it is a piece of the headline, or the line it stands
 * on is the headline (one holds the other, give or take a site suffix or a cut-off "…").
 */
function repeatsHeadline(sentence: string, line: string, headline: string): boolean {
  if (headline.length < HEADLINE_PIECE_MIN) return false;
  const piece = bare(sentence);
  if (piece.length >= HEADLINE_PIECE_MIN && headline.includes(piece)) return true;
  const whole = bare(line);
  const shorter = whole.length < headline.length ? whole : headline;
  const longer = whole.length < headline.length ? headline : whole;
  return shorter.length >= HEADLINE_PIECE_MIN && longer.length <= shorter.length * HEADLINE_LINE_RATIO &&
    (longer.includes(shorter) || longer.startsWith(shorter.slice(0, Math.floor(shorter.length * 0.8))));
}

/**
 * Classifies every sentence and cuts run-in prefixes. Short unpunctuated lines count as headings
 * only when the text punctuates its sentences at all (a text without punctuation keeps them).
 * With a `title`, sentences that repeat it are marked `headline`.
 */
export function classifySentences(sentences: readonly Sentence[], title = ''): Candidate[] {
  const punctuatedText = sentences.some((s) => s.terminated);
  const candidates = sentences.map((sentence, index) => {
    const text = stripRunIn(sentence.text);
    const size = measure(text);
    return { index, text, sentence, size, role: roleOf(text, sentence.text, size, sentence.terminated, punctuatedText) };
  });
  // The article's language shows in its script: sentences written in the other kind (unspaced
  // CJK vs spaced alphabets) are quotations, abstracts or translations, not its summary.
  let unspacedWeight = 0;
  let spacedWeight = 0;
  for (const c of candidates) {
    if (isUnspacedSentence(c.size)) unspacedWeight += c.size.unspaced / 2;
    else spacedWeight += c.size.words;
  }
  const unspacedText = unspacedWeight >= spacedWeight;
  for (const c of candidates) {
    if (c.role === 'body' && isUnspacedSentence(c.size) !== unspacedText) c.role = 'foreign';
  }
  const headline = bare(title);
  if (headline !== '') {
    const lines = new Map<number, string>();
    for (const c of candidates) lines.set(c.sentence.line, (lines.get(c.sentence.line) ?? '') + c.sentence.text);
    for (const c of candidates) {
      if (c.role === 'body' && repeatsHeadline(c.text, lines.get(c.sentence.line)!, headline)) c.role = 'headline';
    }
  }
  return candidates;
}

/** Whether a sentence is written mainly in an unspaced script (a few CJK characters make it so). */
function isUnspacedSentence({ unspaced, words }: TextSize): boolean {
  return unspaced >= 4 || (unspaced > 0 && unspaced >= words);
}
