/**
 * extractArticle: the page's main content as a structured article.
 *
 * Pipeline: read the visible text as blocks (blocks.ts) → undo mirror damage (pinyin
 * annotations) → choose the content (content.ts) and the headline (title.ts) → clean the body
 * head and tail: label lines become fields (labels.ts), kicker lines become the subtitle,
 * furniture goes (trailers.ts) → metadata from JSON-LD / meta / labels, dates normalised
 * (dates.ts) → text, sanitised HTML, language, word count, flags.
 *
 * The document is only read, never modified, and no global (window, document, fetch) is used,
 * so the same code runs in a content script, in workerd and in Node with linkedom.
 */
import type { Article } from '../article';
import { ARTICLE_LIMITS } from '../article-limits';
import { countPinyinAnnotations, stripPinyin } from '../clean/pinyin';
import { renderHtml, type HtmlBlock } from '../clean/html';
import { isTrailerHeading, trailerKind } from '../clean/trailers';
import { countHan } from '../text/cjk';
import { chineseScript, detectLang } from '../text/lang';
import { countWords } from '../text/word-count';
import { EXTRACTOR } from '../version';
import { readBlocks, type Block } from './blocks';
import { classAndId } from './dom';
import { canonicalUrl, cleanUrl } from './canonical-url';
import { selectContent, type ContentSelection } from './content';
import { findDateInText, formatIsoDate, parseStructuredDate, shiftToOffset, type DateValue } from './dates';
import { readBracketedCredits, readLabelLine, splitNames, type LabelField } from './labels';
import { chooseAuthors, readBylines } from './byline';
import { readMetadata, type PageMetadata } from './metadata';
import { isArticleLike } from './page-type';
import { choosePublishedDate } from './published-date';
import { chooseTitle, splitDocumentTitle, titleKey } from './title';

export interface ExtractOptions {
  /** The page's address as visited. */
  url: string;
}

/** Visible text (textWeight) below which hidden containers are read too. */
const MIN_VISIBLE_WEIGHT = 300;
/** Beijing time: the offset of a Chinese page that shows a time without a zone. */
const CHINA_OFFSET_MINUTES = 480;
/** Toned pinyin annotations on a page from which it counts as an annotated mirror. */
const ANNOTATED_PAGE_MIN = 3;
/** How many blocks around the headline are searched for the info line (date, source, author). */
const INFO_LINES_BEFORE_TITLE = 4;
const INFO_LINES_AFTER_TITLE = 25;
/** How many blocks at the head of the body may be labels, kickers or furniture. */
const HEAD_SCAN = 10;
/** How far past the body labels are searched, the longest such line, and how many lines a run of editor credits spans. */
const TRAILING_LABEL_SCAN = 40;
const MAX_TRAILING_LABEL_LENGTH = 80;
const EDITOR_RUN = 4;
/** Kicker lines (引题/副题) above a Chinese body: at most this many, each at most this long. */
const MAX_KICKER_LINES = 3;
const MAX_KICKER_LENGTH = 40;
/** Sentence-ending and clause punctuation; kickers carry none. */
const PROSE_PUNCTUATION = /[。！？，；,;!?]|\.\s|\.$/u;
/** `原标题：…`, `本文原标题：《…》`, `（原题为《…》）`: the title the story had elsewhere. */
const ORIGINAL_TITLE = /^[（(]?(?:本文)?原(?:标题|標題|题|題)(?:为|為|是)?[:：《]/u;
/** A note in brackets closing the body: `（张巨峰）`, `（原题为《…》）`, `（完）`, `(BBC)`. */
const CLOSING_NOTE = /(?<=[。！？!?.…”"』」])\s*[（(【]([^（）()【】]{1,40})[）)】]\s*$/u;
const STANDALONE_NOTE = /^[（(【]([^（）()【】]{1,60})[）)】]$/u;
/** Markers that end a story: `（完）`, `-END-`. */
const END_MARKER = /^(?:完|END|end|全文完|-?\s*完\s*-?)$/u;
/** A Chinese personal name as credits write it: two to four Han characters. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;
/** Gallery pages number their captions (`1/10 当全世界…`). */
const GALLERY_COUNTER = /^\d{1,3}\/\d{1,3}\s+(?=\p{Script=Han})/u;

/** Outlet words: a bracketed `（新华社）` names a source, not a reporter. */
const OUTLET_WORDS = /(?:社|报|報|网|網|台|局|委|办|辦|部|厅|廳|院|会|會|中心|集团|集團|公司)$/u;

/** Class names of the standfirst (dek) printed under a headline. */
const DEK_CLASS = /(?:^|[\s_-])(?:dek|deck|standfirst|summary|subtitle|sub-title|subheadline|subhead|strapline|article-summary|lead-in|excerpt)(?:$|[\s_-])/;
/** Photo credits printed above the first paragraph. */
const PHOTO_CREDIT = /^(?:credit|photo|photograph|image|picture|illustration|foto|bild)s?(?:\s*(?:by|credit))?\s*(?:[:.…]|\.\.\.)/iu;
/** A short line without sentence punctuation above the first paragraph: a role or section label. */
const MAX_LABEL_WORDS = 6;

/** A closing label line (责任编辑：…) only cuts the rest once this share of the body lies before it. */
const CLOSING_LABEL_MIN_POSITION = 0.5;
/** Past this share of the body a trailer heading cuts everything after it. */
const TRAILER_TAIL_POSITION = 0.7;
/** Weight of a paragraph that resumes the story after an inline widget. */
const STORY_PARAGRAPH_WEIGHT = 80;
/** A trailer heading only cuts the rest of the body once this share of the body lies before it. */
const TRAILER_HEADING_MIN_POSITION = 0.3;

/** Blocks being cleaned: text may change (pinyin, credits) while the source block stays. */
interface WorkBlock {
  block: Block;
  text: string;
}

interface Lifted {
  authors: string[];
  /** Names in a closing bracket (`…。（张巨峰）`): the reporter when no label names one. */
  closingNames: string[];
  editors: string[];
  source?: string;
  date?: DateValue;
  modified?: DateValue;
  keywords: string[];
  any: boolean;
}

function pushUnique(list: string[], values: readonly string[]): void {
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed && !list.some((existing) => existing === trimmed)) list.push(trimmed);
  }
}

/** Lifts the fields of a label line into `lifted`; a pending label takes the next line's text. */
function liftLine(text: string, next: string | undefined, lifted: Lifted): { pure: boolean; consumedNext: boolean } | null {
  const line = readLabelLine(text);
  if (!line) return null;
  let consumedNext = false;
  if (line.found) {
    lifted.any = true;
    pushUnique(lifted.authors, line.hits.authors);
    pushUnique(lifted.editors, line.hits.editors);
    pushUnique(lifted.keywords, line.hits.keywords);
    lifted.source ??= line.hits.source;
    lifted.date ??= line.hits.date;
    lifted.modified ??= line.hits.modified;
  }
  if (line.pendingField && next !== undefined) consumedNext = liftPending(line.pendingField, next, lifted);
  return { pure: line.pure, consumedNext };
}

/** `來源:` alone on a line, with `河北新聞網` on the next: the next line is the value if short. */
function liftPending(field: LabelField, next: string, lifted: Lifted): boolean {
  const value = next.trim();
  if (!value || value.length > 30 || PROSE_PUNCTUATION.test(value) || !/\p{L}/u.test(value)) return false;
  if (readLabelLine(value)?.found || trailerKind(value, true)) return false;
  switch (field) {
    case 'source':
      lifted.source ??= value;
      break;
    case 'author':
      pushUnique(lifted.authors, [value]);
      break;
    case 'editor':
      pushUnique(lifted.editors, [value]);
      break;
    case 'keywords':
      pushUnique(lifted.keywords, value.split(/[\s,，、]+/));
      break;
    default:
      return false;
  }
  lifted.any = true;
  return true;
}

/** Class names of elements holding the byline or the originating outlet near the headline. */
const AUTHOR_CLASS = /(?:^|[\s_-])(?:author|authors|byline|writer|zuozhe|author-name|authorname|auth|reporter|pgc-name|user-name|account-name|media-name|wemedia-name)(?:$|[\s_-])/;
const SOURCE_CLASS = /(?:^|[\s_-])(?:source|laiyuan|article-source|news-source|source-name)(?:$|[\s_-])/;
/** Words of buttons and badges that sit in byline elements (关注 = follow) and are never names. */
const NOT_NAMES = /^(?:关注|關注|已关注|订阅|訂閱|加关注|作者|更多|原创|原創|分享|收藏|follow|following|subscribe|more|share|author|by)$/iu;
/** A byline element's text longer than this is not a name. */
const MAX_BYLINE_LENGTH = 30;

/** A short unlabelled line in a byline or source element near the headline: its text is the field. */
function liftBylineElement(block: Block, value: string, lifted: Lifted, sourceOnly = false, authorOnly = false): void {
  const text = value.trim();
  if (!text || text.length > MAX_BYLINE_LENGTH || PROSE_PUNCTUATION.test(text) || /\d{2}/.test(text)) return;
  const names = block.path.slice(0, 3).map(classAndId).join(' ');
  if (!authorOnly && !lifted.source && SOURCE_CLASS.test(names)) {
    lifted.source = text;
    lifted.any = true;
  } else if (!sourceOnly && lifted.authors.length === 0 && AUTHOR_CLASS.test(names)) {
    pushUnique(lifted.authors, splitNames(text.replace(/^(?:by|By|BY)\s+/, '')).filter((name) => !NOT_NAMES.test(name)));
    lifted.any = true;
  }
}

function isChineseText(text: string): boolean {
  const han = countHan(text);
  return han > 0 && han >= text.replace(/\s/g, '').length * 0.5;
}

function isKicker(text: string): boolean {
  // A line opening with a bracketed tag (【证券时报网】…) is a lead sentence, not a kicker.
  return !/^[【\[]/.test(text) && isChineseText(text) && text.length <= MAX_KICKER_LENGTH && !PROSE_PUNCTUATION.test(text) && !/[:：]$/.test(text);
}

/** The body's paragraphs share one class; a closing paragraph of another class is a site note. */
const MIN_STYLED_PARAGRAPHS = 5;
const MIN_DOMINANT_SHARE = 0.7;
const MAX_STYLED_OUTLIERS = 2;

function paragraphStyle(item: WorkBlock): string | null {
  const owner = item.block.path[0];
  if (!owner || item.block.kind !== 'text' || owner.localName?.toLowerCase() !== 'p') return null;
  return owner.getAttribute('class') ?? '';
}

function dominantParagraphStyle(items: readonly WorkBlock[]): string | null {
  const counts = new Map<string, number>();
  let total = 0;
  for (const item of items) {
    const style = paragraphStyle(item);
    if (style === null) continue;
    total += 1;
    counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  for (const [style, count] of counts) {
    if (style && count >= MIN_STYLED_PARAGRAPHS && count >= total * MIN_DOMINANT_SHARE) return style;
  }
  return null;
}

function isStyledOutlier(item: WorkBlock, dominant: string): boolean {
  const style = paragraphStyle(item);
  return style !== null && style !== dominant;
}

/** A paragraph of the story proper: long prose with few links (teasers are short or linked). */
function isStoryParagraph(item: WorkBlock): boolean {
  const { block } = item;
  return block.kind === 'text' && block.weight >= STORY_PARAGRAPH_WEIGHT && block.linkWeight < block.weight * 0.2 && isProse(item.text);
}

/** A pure label line naming the editor or the writer: the end of a Chinese story's text. */
function isClosingLabel(text: string): boolean {
  if (!/^[【（(\[]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯|作者|采写|採寫|撰文|记者|記者)\s*[:：|｜]/u.test(text.trim())) return false;
  const line = readLabelLine(text);
  return Boolean(line?.pure || line?.pendingField);
}

function isShortLabel(text: string): boolean {
  // A comma marks a dateline (`BAAR, SWITZERLAND`), which belongs to the story.
  return text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?;:。！？]["”’)]?$/.test(text) && !text.includes(',');
}

function isProse(text: string): boolean {
  return PROSE_PUNCTUATION.test(text) && text.length >= 15;
}

/** Lines around the headline searched for a bare date when nothing else dates the page. */
const DATE_SEARCH_BEFORE = 5;
const MAX_DATE_LINE = 120;

/**
 * The first date written in a short line near the headline (`27.1.2022 - …`, `am 4. Februar 2022`,
 * `本贴由大卫于2005年8月12日16:12:21在…发表`), nearest after the headline first.
 */
function dateNearHeadline(blocks: readonly Block[], anchor: number): DateValue | null {
  const end = Math.min(blocks.length, anchor + INFO_LINES_AFTER_TITLE);
  for (let i = Math.max(0, anchor - DATE_SEARCH_BEFORE); i < end; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image' || block.text.length > MAX_DATE_LINE) continue;
    const found = findDateInText(block.text);
    if (found) return found.value;
  }
  return null;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : text.slice(0, max);
}

function clipList(values: readonly string[], maxItems: number = ARTICLE_LIMITS.listItems, maxLength = 200): string[] {
  return values.filter((value) => value.length > 0).slice(0, maxItems).map((value) => clip(value, maxLength));
}

/**
 * Extracts the main content of `document` as an article; `null` when the page has no main
 * content at all. Never mutates `document`; never throws on any page.
 */
export function extractArticle(document: Document, { url }: ExtractOptions): Article | null {
  const page = analysePage(document, url);
  return page ? page.article : null;
}

/**
 * Whether the page is a single article (a story, a post) rather than a home page, a list, a
 * search result, a product or a form. Uses the same analysis as extractArticle.
 */
export function isArticlePage(document: Document, { url }: ExtractOptions): boolean {
  const page = analysePage(document, url);
  if (!page) return false;
  return isArticleLike({
    url,
    metadata: page.metadata,
    selection: page.selection,
    article: page.article,
    hasPublishedDate: page.article.publishedAt !== undefined,
  });
}

interface PageAnalysis {
  article: Article;
  metadata: PageMetadata;
  selection: ContentSelection;
  blocks: readonly Block[];
}

function analysePage(document: Document, url: string): PageAnalysis | null {
  // An empty parse has no root element; some DOMs throw on `document.body` then.
  if (!document.documentElement) return null;
  const baseHref = document.querySelector('base[href]')?.getAttribute('href');
  const baseUrl = (baseHref && cleanUrl(baseHref, url)) || url;
  let blocks = readBlocks(document, baseUrl);
  if (blocks.reduce((sum, block) => sum + block.weight, 0) < MIN_VISIBLE_WEIGHT) {
    // Almost nothing visible: the page may keep its content in a hidden container until a
    // script reveals it. Read that rather than nothing.
    const withHidden = readBlocks(document, baseUrl, { includeHidden: true });
    if (withHidden.length > blocks.length) blocks = withHidden;
  }
  if (blocks.length === 0) return null;
  const flags = new Set<string>();

  // Mirror damage first: every later step reads the repaired text.
  const metadata = readMetadata(document);
  const annotations = countPinyinAnnotations(blocks.map((block) => block.text).join('\n') + '\n' + (metadata.documentTitle ?? ''));
  let lostCharacters = 0;
  if (annotations > 0) {
    const annotated = annotations >= ANNOTATED_PAGE_MIN;
    const repair = (text: string | undefined): string | undefined => {
      if (text === undefined) return undefined;
      const result = stripPinyin(text, annotated);
      if (result.removed > 0) flags.add('pinyin-annotations-removed');
      return result.text;
    };
    blocks = blocks.map((block) => {
      const result = stripPinyin(block.text, annotated);
      if (result.removed === 0) return block;
      flags.add('pinyin-annotations-removed');
      lostCharacters += result.lostCharacters;
      return { ...block, text: result.text };
    });
    metadata.documentTitle = repair(metadata.documentTitle);
    metadata.title = repair(metadata.title);
    metadata.description = repair(metadata.description);
    metadata.siteName = repair(metadata.siteName);
    metadata.keywords = metadata.keywords.map((word) => repair(word) ?? word);
  }

  const selection = selectContent(blocks);
  if (!selection) return null;

  const documentTitleParts = metadata.documentTitle ? splitDocumentTitle(metadata.documentTitle) : undefined;
  const siteName = metadata.siteName ?? documentTitleParts?.site;
  const titleChoice = chooseTitle(blocks, { meta: metadata.title ?? metadata.jsonLd?.headline, documentTitle: metadata.documentTitle, siteName });

  const lifted: Lifted = { authors: [], closingNames: [], editors: [], keywords: [], any: false };

  // The info line near the headline: date, source, reporter. Lines after the headline (up to
  // the first paragraph of prose) are read first, then the few above it, nearest first, so
  // the closest label wins.
  const titleIndex = titleChoice?.blockIndex ?? null;
  const firstProse = selection.blocks.find((block) => block.kind === 'text' && block.text.length >= 50 && isProse(block.text));
  const anchor = titleIndex ?? Math.max(0, (selection.blocks[0]?.index ?? 0) - 1);
  const infoEnd = Math.min(blocks.length, anchor + INFO_LINES_AFTER_TITLE, firstProse && firstProse.index > anchor ? firstProse.index : Infinity);
  const infoOrder: number[] = [];
  for (let i = anchor + 1; i < infoEnd; i += 1) infoOrder.push(i);
  for (let i = anchor - 1; i >= Math.max(0, anchor - INFO_LINES_BEFORE_TITLE); i -= 1) infoOrder.push(i);
  if (titleIndex === null) infoOrder.unshift(anchor);
  for (const i of infoOrder) {
    const block = blocks[i]!;
    if (block.kind === 'image' || i === titleIndex) continue;
    // A linked line without a label is navigation (`中文网`), not an outlet credit.
    const linked = block.linkWeight > block.weight * 0.5;
    if (linked) {
      const line = readLabelLine(block.text);
      if (!line?.labelled) {
        // Its date still counts (dates are not navigation), and so does a linked author name.
        if (line?.hits.date) lifted.date ??= line.hits.date;
        liftBylineElement(block, block.text, lifted, false, true);
        continue;
      }
    }
    const label = liftLine(block.text, blocks[i + 1]?.text, lifted);
    if (!label) {
      liftBylineElement(block, block.text, lifted);
    }
    else if (!lifted.source) {
      // `2019年11月25日 18:57 参考消息` in a source element: what follows the date is the outlet.
      const date = findDateInText(block.text);
      if (date) liftBylineElement(block, block.text.slice(date.end), lifted, true);
    }
  }

  // The body: from after the headline, without labels, kickers and furniture.
  // Figure captions describe pictures, not the story; they stay out of the text.
  let work: WorkBlock[] = selection.blocks
    .filter((block) => block.kind !== 'caption')
    .map((block) => ({ block, text: block.text.replace(GALLERY_COUNTER, '') }));
  if (titleIndex !== null) {
    const position = work.findIndex((item) => item.block.index === titleIndex);
    if (position >= 0 && position <= Math.max(10, work.length * 0.25)) work = work.slice(position + 1);
    else if (titleChoice) work = work.filter((item) => titleKey(item.text) !== titleKey(titleChoice.title));
  } else if (titleChoice) {
    const key = titleKey(titleChoice.title);
    work = work.filter((item, position) => position > 3 || titleKey(item.text) !== key);
  }

  let trailerRemoved = false;
  const subtitle: string[] = [];

  // Head: label lines and kickers before the first paragraph of prose.
  const head: WorkBlock[] = [];
  let headDone = false;
  for (let i = 0; i < work.length; i += 1) {
    const item = work[i]!;
    if (headDone || i >= HEAD_SCAN || item.block.kind === 'image') {
      head.push(item);
      continue;
    }
    const label = liftLine(item.text, work[i + 1]?.text, lifted);
    if (label?.pure) {
      if (label.consumedNext) i += 1;
      continue;
    }
    if (trailerKind(item.text, true) || isTrailerHeading(item.text)) {
      trailerRemoved = true;
      continue;
    }
    if (ORIGINAL_TITLE.test(item.text)) continue;
    // A credit alone in brackets above the body (`【文/观察者网专栏作者 王文】`).
    if (STANDALONE_NOTE.test(item.text.trim())) {
      const credits = readBracketedCredits(item.text);
      if (credits) {
        lifted.any = true;
        pushUnique(lifted.authors, credits.authors);
        pushUnique(lifted.editors, credits.editors);
        continue;
      }
    }
    if (item.block.kind === 'caption' || PHOTO_CREDIT.test(item.text)) continue;
    if (subtitle.length === 0 && item.block.path.slice(0, 3).some((element) => DEK_CLASS.test(classAndId(element)))) {
      subtitle.push(item.text);
      continue;
    }
    if (!isChineseText(item.text) && item.block.kind !== 'heading' && isShortLabel(item.text)) continue;
    if (subtitle.length < MAX_KICKER_LINES && isKicker(item.text) && work.slice(i + 1, i + 1 + MAX_KICKER_LINES - subtitle.length + 1).some((next) => isProse(next.text))) {
      subtitle.push(item.text);
      continue;
    }
    headDone = true;
    head.push(item);
  }
  work = head;
  if (subtitle.length > 0 && work.length === 0) {
    // Nothing but short lines: they were the body after all.
    work = subtitle.map((text) => ({ block: selection.blocks[0]!, text }));
    subtitle.length = 0;
  }

  // Trailer headings (为你推荐, Related articles) cut the rest; furniture lines go anywhere.
  const bodyWeight = work.reduce((sum, item) => sum + item.block.weight, 0);
  let seenWeight = 0;
  const kept: WorkBlock[] = [];
  for (let position = 0; position < work.length; position += 1) {
    const item = work[position]!;
    if (item.block.kind !== 'image' && isTrailerHeading(item.text) && seenWeight >= bodyWeight * TRAILER_HEADING_MIN_POSITION) {
      trailerRemoved = true;
      // Near the end it opens the tail: cut. Earlier it is a widget inside the story
      // ("Most read in …"): skip its teasers and carry on at the next paragraph of prose.
      if (seenWeight >= bodyWeight * TRAILER_TAIL_POSITION) break;
      let next = position + 1;
      while (next < work.length && !isStoryParagraph(work[next]!)) next += 1;
      position = next - 1;
      continue;
    }
    // 责任编辑 (or an author credit line) closes a Chinese story: what follows in the same
    // container is another story or furniture. Its run of label lines is read first.
    if (item.block.kind !== 'image' && seenWeight >= bodyWeight * CLOSING_LABEL_MIN_POSITION && isClosingLabel(item.text)) {
      for (const next of work.slice(position, position + EDITOR_RUN)) if (next.block.kind !== 'image') liftLine(next.text, undefined, lifted);
      if (work.slice(position + 1).some((next) => next.block.kind !== 'image')) trailerRemoved = true;
      break;
    }
    seenWeight += item.block.weight;
    if (item.block.kind !== 'image' && trailerKind(item.text, false)) {
      trailerRemoved = true;
      continue;
    }
    kept.push(item);
  }
  work = kept;

  // Tail: labels (责任编辑, 关键词), counters and furniture after the last paragraph of prose.
  const dominant = dominantParagraphStyle(work);
  let styledOutliers = 0;
  while (work.length > 0) {
    const last = work[work.length - 1]!;
    // An image or a heading closing the body introduces nothing that follows.
    if (last.block.kind === 'image' || last.block.kind === 'heading') {
      work.pop();
      continue;
    }
    const label = liftLine(last.text, undefined, lifted);
    if (label?.pure) {
      work.pop();
      continue;
    }
    if (trailerKind(last.text, true) || isTrailerHeading(last.text)) {
      trailerRemoved = true;
      work.pop();
      continue;
    }
    // Closing notes styled unlike the body's paragraphs (a site-wide "letters to the editor" note).
    if (dominant && styledOutliers < MAX_STYLED_OUTLIERS && isStyledOutlier(last, dominant)) {
      styledOutliers += 1;
      trailerRemoved = true;
      work.pop();
      continue;
    }
    // A bracketed note on its own line or closing the last paragraph: a credit, the original
    // title, an end marker. A bare Chinese name there is the reporter.
    const standalone = STANDALONE_NOTE.exec(last.text.trim());
    const closing = standalone ? null : CLOSING_NOTE.exec(last.text);
    const note = (standalone ?? closing)?.[1]?.trim();
    if (note !== undefined && !/[，,。；;]/.test(note)) {
      const credits = readBracketedCredits((standalone ?? closing)![0].trim());
      if (credits) {
        lifted.any = true;
        pushUnique(lifted.authors, credits.authors);
        pushUnique(lifted.editors, credits.editors);
      } else if (HAN_NAME.test(note) && !OUTLET_WORDS.test(note) && !END_MARKER.test(note)) {
        pushUnique(lifted.closingNames, [note]);
      }
      // Other notes (a department, a wire service, the original title, 完) leave the body too.
      if (standalone) work.pop();
      else last.text = last.text.slice(0, closing!.index).trimEnd();
      continue;
    }
    if (ORIGINAL_TITLE.test(last.text)) {
      work.pop();
      continue;
    }
    // A lone label whose value sat on the following (already removed) line.
    if (/^[\p{L}\s]{1,8}[:：]$/u.test(last.text.trim())) {
      work.pop();
      continue;
    }
    break;
  }

  // Credits in brackets in the first and last paragraphs: `(记者王成果)` closes the body.
  const textual = work.filter((item) => item.block.kind !== 'image');
  const creditBlocks = new Set([...textual.slice(0, 2), ...textual.slice(-2)]);
  for (const item of creditBlocks) {
    const credits = readBracketedCredits(item.text);
    if (!credits) continue;
    lifted.any = true;
    pushUnique(lifted.authors, credits.authors);
    pushUnique(lifted.editors, credits.editors);
    if (item === textual[textual.length - 1] || item === textual[textual.length - 2]) item.text = credits.textWithoutTrailingCredit;
  }
  work = work.filter((item) => item.block.kind === 'image' || item.text.trim().length > 0);

  // Labels after the body (责任编辑, and 发布日期 / 来源 on government pages), often outside the
  // content container. Dates there count only when labelled: bare dates below an article
  // belong to teasers of other articles.
  const lastBodyIndex = selection.blocks[selection.blocks.length - 1]?.index ?? 0;
  let labelScanEnd = Math.min(blocks.length, lastBodyIndex + TRAILING_LABEL_SCAN);
  for (let i = Math.max(0, (titleIndex ?? 0) + 1); i < labelScanEnd; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image' || block.text.length > MAX_TRAILING_LABEL_LENGTH) continue;
    const line = readLabelLine(block.text);
    if (!line?.found) continue;
    const afterBody = i > lastBodyIndex;
    if (line.hits.editors.length > 0) {
      // Editor credits come in a run (编辑 / 责编 / 校对): read the few lines after the first.
      if (lifted.editors.length === 0) labelScanEnd = Math.min(labelScanEnd, i + EDITOR_RUN);
      lifted.any = true;
      pushUnique(lifted.editors, line.hits.editors);
    }
    if (afterBody) {
      if (line.dateLabelled) lifted.date ??= line.hits.date;
      if (line.labelled && line.hits.source) lifted.source ??= line.hits.source;
    }
  }

  const textBlocks = work.filter((item) => item.block.kind !== 'image' && item.text.length > 0);
  if (textBlocks.length === 0) return null;
  let text = textBlocks.map((item) => item.text).join('\n\n');
  if (text.length > ARTICLE_LIMITS.text) {
    text = text.slice(0, ARTICLE_LIMITS.text);
    flags.add('text-truncated');
  }

  // Language and script, checked against the text.
  const lang = detectLang(`${titleChoice?.title ?? ''}\n${text}`, metadata.lang);
  const chinese = lang.startsWith('zh');
  if (lang === 'zh-Hant') flags.add('traditional-script');
  const markupScript = /^zh[-_](?:cn|sg|hans)/i.test(metadata.lang ?? '') ? 'Hans' : null;
  if (flags.has('pinyin-annotations-removed') || (markupScript === 'Hans' && chineseScript(text) === 'Hant')) flags.add('mirror-suspected');
  if (lostCharacters > 0 || text.includes('\ufffd')) flags.add('encoding-damage');
  if (trailerRemoved) flags.add('trailer-removed');

  // Dates: structured data and the visible info line; Chinese pages show Beijing time.
  const fallbackOffset = chinese ? CHINA_OFFSET_MINUTES : undefined;
  const published = choosePublishedDate({
    structured: metadata.published, modified: metadata.modified, labelled: lifted.date, url, chinese, nearHeadline: () => dateNearHeadline(blocks, anchor),
  });
  const modifiedValue = metadata.modified.map((value) => parseStructuredDate(value)).find((value): value is DateValue => value !== null) ?? lifted.modified ?? null;
  const formatDate = (value: DateValue | null): string | undefined => {
    if (!value) return undefined;
    const shifted = chinese ? shiftToOffset(value, CHINA_OFFSET_MINUTES) : value;
    return formatIsoDate(shifted, fallbackOffset);
  };

  // Chinese bylines are labels in the text (meta author is often the site); elsewhere metadata first.
  const { authors: cleanAuthors, source: authorSource } = chooseAuthors({
    labelled: lifted.authors, closingNames: lifted.closingNames, declared: metadata.authors, chinese,
    organisations: [...metadata.authorOrganisations, ...(siteName ? [siteName] : [])], bylines: () => readBylines(document),
  });
  const authorsFromLabels = authorSource === 'labels';
  // The flag says a field shown to the user came from labelled text on the page.
  if (authorsFromLabels || lifted.editors.length > 0 || lifted.source || (lifted.date && published === lifted.date)) flags.add('labels-lifted');

  const title = titleChoice?.title ?? documentTitleParts?.headline ?? textBlocks[0]!.text.slice(0, 80);
  const keywords: string[] = [];
  pushUnique(keywords, [...metadata.keywords, ...lifted.keywords]);
  const image = metadata.image ? cleanUrl(metadata.image, baseUrl) ?? undefined : undefined;

  const htmlBlocks: HtmlBlock[] = work.map((item) => ({ ...item.block, text: item.text }));
  let html = renderHtml(htmlBlocks);
  if (html.length > ARTICLE_LIMITS.html) html = html.slice(0, html.lastIndexOf('\n', ARTICLE_LIMITS.html));

  const article: Article = {
    url,
    canonicalUrl: canonicalUrl(url, [metadata.canonical, metadata.ogUrl]),
    title: clip(title, ARTICLE_LIMITS.title),
    authors: clipList(cleanAuthors),
    editors: clipList(lifted.editors),
    lang,
    keywords: clipList(keywords),
    text,
    html,
    wordCount: countWords(text),
    flags: [...flags].slice(0, ARTICLE_LIMITS.flags),
    extractor: { ...EXTRACTOR },
  };
  if (subtitle.length > 0) article.subtitle = clip(subtitle.join('\n'), ARTICLE_LIMITS.shortText);
  const source = lifted.source ?? metadata.source;
  if (source) article.source = clip(source, 200);
  if (siteName) article.siteName = clip(siteName, 200);
  const publishedAt = formatDate(published);
  if (publishedAt) article.publishedAt = publishedAt;
  const modifiedAt = formatDate(modifiedValue);
  if (modifiedAt) article.modifiedAt = modifiedAt;
  if (metadata.description) article.description = clip(metadata.description, ARTICLE_LIMITS.shortText);
  if (image) article.image = image;
  return { article, metadata, selection, blocks };
}

