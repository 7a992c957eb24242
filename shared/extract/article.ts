/**
 * extractArticle: the page's main content as a structured article.
 *
 * Pipeline: read the visible text as blocks (blocks.ts) → undo mirror damage (pinyin
 * annotations) → choose the content (content.ts) and the headline (title.ts) → clean the body
 * head (body-head.ts: label lines become fields, kicker lines the subtitle) and tail
 * (body-tail.ts: trailers, closing labels and credits), lifting fields as it goes
 * (lifted-fields.ts) → metadata from JSON-LD / meta / labels, dates normalised
 * (dates.ts) → text, sanitised HTML, language, word count, flags.
 *
 * The document is only read, never modified, and no global (window, document, fetch) is used,
 * so the same code runs in a content script, in workerd and in Node with linkedom.
 */
import type { Article } from '../article';
import { ARTICLE_LIMITS } from '../article-limits';
import { countPinyinAnnotations, stripPinyin, type PinyinStripResult } from '../clean/pinyin';
import { renderHtml, type HtmlBlock } from '../clean/html';
import { trailerKind } from '../clean/trailers';
import { hasHan } from '../text/cjk';
import { withTraditional } from '../text/han-pairs';
import { chineseScript, detectLang } from '../text/lang';
import { countWords } from '../text/word-count';
import { EXTRACTOR } from '../version';
import { normaliseBlockText, readBlocks, type Block } from './blocks';
import { cleanBodyHead, isInfoLine } from './body-head';
import { STANDALONE_NOTE, isProse, isStoryParagraph, type WorkBlock } from './body-lines';
import { EDITOR_RUN, cleanBodyTail } from './body-tail';
import { canonicalUrl, cleanUrl } from './canonical-url';
import { selectContent, type ContentSelection } from './content';
import { elementsNamed, withElementList } from './element-list';
import { europeanOffsetAt, writtenInPageZone } from './european-zones';
import { findDateInText, findMonthDayInText, formatIsoDate, parseStructuredDate, sameDay, shiftToOffset, type DateValue } from './dates';
import { agencyInDateline, blogOwner, chooseAuthors, isNewsAgency, looksLikeName, readBylines, siteOwner, withoutAgencies, withoutAgencySignOff } from './byline';
import { dispatchLeadOutlet, dispatchOutlet, isColumnName, isPictureAgency, readBracketedCredits, readLabelLine } from './labels';
import { readMetadata, type PageMetadata } from './metadata';
import { emptyLifted, liftBylineElement, liftLine, pushUnique } from './lifted-fields';
import { isArticleLike } from './page-type';
import { choosePublishedDate, inPageDateOrder, writesDayFirst } from './published-date';
import { dropRepeatedCopies } from './repeated-copies';
import { chooseTitle, splitDocumentTitle, titleKey } from './title';

export interface ExtractOptions {
  /** The page's address as visited. */
  url: string;
}

/** Visible prose (textWeight of punctuated lines) below which hidden containers are read too. */
const MIN_VISIBLE_WEIGHT = 300;
/** Beijing time: the offset of a Chinese page that shows a time without a zone. */
const CHINA_OFFSET_MINUTES = 480;
/** Toned pinyin annotations on a page from which it counts as an annotated mirror. */
const ANNOTATED_PAGE_MIN = 3;
/** How many blocks after the story a labelled credit of its writer may stand. */
const CLOSING_CREDIT_GAP = 3;
/** How many blocks around the headline are searched for the info line (date, source, author). */
const INFO_LINES_BEFORE_TITLE = 4;
const INFO_LINES_AFTER_TITLE = 25;
/** How far past the body labels are searched, and the longest such line. */
const TRAILING_LABEL_SCAN = 40;
const MAX_TRAILING_LABEL_LENGTH = 100;
/** A reporter's role word in a credit (`记者`, `記者`). */
const REPORTER_ROLE = /记者|記者/u;
/** How far into the body (blocks from its first) a dated line the content selection skipped is the story's own info line. */
const SKIPPED_INFO_SCAN = 10;
/** The first sentence of a Chinese statement, to its full stop. */
const FIRST_HAN_SENTENCE = /^[^。！？]{4,99}。/u;
/** The first item of a line of items parted by bars (`Beitrag vom 04.03.2016 | Kategorie: …`). */
const FOOTER_ITEM_SEPARATOR = /^(.+?)\s+[|｜]\s+/u;
/** Captions holding this share of the content's text are the text (a gallery). */
const GALLERY_CAPTION_SHARE = 0.8;
/** Gallery pages number their captions (`1/10 当全世界…`). */
const GALLERY_COUNTER = /^\d{1,3}\/\d{1,3}\s+(?=\p{Script=Han})/u;





















/** Paragraphs of the story before a line matching the headline that make it a heading inside the story. */
const STORY_BEFORE_HEADLINE = 2;

/** Lines above the headline searched for a bare date when nothing else dates the page (an author / date line may sit above a row of share and read-aloud buttons). */
const DATE_SEARCH_BEFORE = 8;
/** Lines above the headline read when a shown date is to confirm a declared one: farther up sit teasers of other stories. */
const DATE_CONFIRM_BEFORE = 2;
const MAX_DATE_LINE = 120;
/** How far into a longer paragraph its opening date may start (after a place name) to be a dateline. */
const DATELINE_HEAD = 20;
/** A sentence's own date, after a preposition (`Ab Montag, 22. März 2021, erneuert …`, `From March 22, …`): a dateline's only when no line below dates the page. */
const PREPOSITION_BEFORE_DATE = /^(?:ab|am|seit|bis|from|on|until|since|starting|dès|à partir du|desde|hasta|dal|dall'|fino al|vanaf|tot|op)\b/iu;

/** A word glued to the next by markup without a space (`7 min readDec 30, 2013`, `Original Research7 April 2020`): a date there starts after it. */
const GLUED_WORD = /([a-z](?=[A-Z\d])|[A-Z](?=\d))/g;

/** Lines naming an update rather than the publication (`Last updated: …`, `Aktualisiert am …`, `edited Apr 13, 2017`). */
const UPDATE_LINE = /\b(?:updated|modified|edited|aktualisiert|bearbeitet|mis à jour|actualizado|aggiornato)\b|更新|修改|修訂|修订/iu;
/**
 * 成文日期, the day a government document was signed, on the line or alone before it: the
 * document's date, over the day it was posted (发布日期) in the same info table.
 */
const WRITTEN_DATE_LABEL = /成文日期\s*[:：]?\s*/u;

function writtenDate(blocks: readonly Block[], lines: readonly number[]): DateValue | null {
  for (const i of lines) {
    const label = WRITTEN_DATE_LABEL.exec(blocks[i]!.text);
    if (!label) continue;
    const after = blocks[i]!.text.slice(label.index + label[0].length);
    const found = findDateInText(after.trim() ? after : blocks[i + 1]?.text ?? '');
    if (found && found.index === 0) return found.value;
  }
  return null;
}

/**
 * `Originally published on 26 Sep 2019`, `First Published: March 16, 2020`, `Erstmals
 * veröffentlicht: 13.03.2019`: the page names its first day in words.
 */
// No `u` flag, which makes a case-blind `\b` several times slower to search for (ö is one UTF-16 unit).
const FIRST_PUBLISHED = /\b(?:(?:originally|first) (?:published|posted)(?: on)?|(?:erstmals|zuerst) veröffentlicht(?: am)?|erstveröffentlichung(?: am)?):?\s*/gi;
/** A preprint named before the phrase: the day is the preprint's. */
const PREPRINT = /\bpre-?print\b/i;
/** How far after the phrase its date may start (`Tuesday, ` before the day). */
const FIRST_PUBLISHED_GAP = 12;

/** `于 2021-03-15 16:42:08 首次发布`: a Chinese page names its first day before the words. */
const FIRST_PUBLISHED_AFTER = /首次(?:发布|發布|發佈)|首发于|首發於/u;
/** How far before those words the date may end. */
const FIRST_PUBLISHED_AFTER_GAP = 4;

/** The day a line of the page says the story was first published on, if one does. */
function firstPublishedDate(blocks: readonly Block[]): DateValue | null {
  for (const block of blocks) {
    if (block.kind === 'image') continue;
    // (Each of the words holds 首: a line without it is passed over at once.)
    const after = block.text.length <= MAX_TRAILING_LABEL_LENGTH && block.text.includes('首') ? FIRST_PUBLISHED_AFTER.exec(block.text) : null;
    if (after) {
      const found = findDateInText(block.text.slice(0, after.index));
      if (found && after.index - found.end <= FIRST_PUBLISHED_AFTER_GAP) return found.value;
    }
    for (const match of block.text.matchAll(FIRST_PUBLISHED)) {
      // A preprint's citation (`Preprint: …/preprint/14273, first published 04.Apr.2019`) dates another version.
      if (PREPRINT.test(block.text.slice(0, match.index))) continue;
      const found = findDateInText(block.text.slice(match.index + match[0].length, match.index + match[0].length + 60));
      if (found && found.index <= FIRST_PUBLISHED_GAP) return found.value;
    }
  }
  return null;
}

/**
 * A reprint's credit to the periodical it first appeared in, closing the story
 * (`——《北京之春》1998年3月号`, `（原载《读书》2003年第5期）` has no month and does not count): its issue
 * dates the text, often to the month only. A dash or a word of reprinting (原载, 摘自…) opens the line.
 */
const ISSUE_CREDIT = /^[(（]?(?:[—–-]{1,2}|原载|原刊|刊于|载于|摘自|选自|转载自|转自)\s*《[^》]{1,30}》\s*/u;
const ISSUE_MONTH = /^(\d{4})\s*年\s*(\d{1,2})\s*月/u;
/** A closing credit line that dates the story in words (`Published April 18, 2022, in the Spring 2022 issue of …`). */
const CLOSING_PUBLISHED = /^(?:published|posted)(?: on)?\s+/i;
const MAX_CLOSING_PUBLISHED_LENGTH = 120;
/** How many lines around the end of the content a credit is looked for in. */
const ISSUE_CREDIT_SCAN = 4;
const MAX_ISSUE_CREDIT_LENGTH = 60;

/** The issue named by a closing periodical credit, or a closing `Published …` line: its day when it gives one, else its month. */
function issueCreditDate(blocks: readonly Block[], lastBodyIndex: number): DateValue | null {
  const end = Math.min(blocks.length, lastBodyIndex + ISSUE_CREDIT_SCAN + 1);
  for (let i = end - 1; i >= Math.max(0, lastBodyIndex - ISSUE_CREDIT_SCAN); i -= 1) {
    const text = blocks[i]!.text.trim();
    const credit = text.length <= MAX_ISSUE_CREDIT_LENGTH ? ISSUE_CREDIT.exec(text) : text.length <= MAX_CLOSING_PUBLISHED_LENGTH ? CLOSING_PUBLISHED.exec(text) : null;
    if (!credit) continue;
    const rest = text.slice(credit[0].length);
    const found = findDateInText(rest);
    if (found && found.index === 0) return found.value;
    const month = ISSUE_MONTH.exec(rest);
    if (month) return parseStructuredDate(`${month[1]}-${month[2]!.padStart(2, '0')}`);
  }
  return null;
}

/** Page numbers and paging links (`第1页/共1页 << 上一页 | 下一页 >>`, `Page 2 of 5`). */
const PAGINATION = /上一页|下一页|上一頁|下一頁|第\s*\d+\s*页\s*[/／]\s*共|^page \d+ of \d+$/iu;

/**
 * Whether a line set as a kicker or a standfirst reads as one: it has words (a price such as
 * `$ 335.00` has none), it does not end in a colon (`Summarize this article with:` introduces
 * what follows), and it is no pagination, byline or date (`<h1>Headline <small>March 3,
 * 2019</small></h1>`).
 */
function isSubtitleLine(line: string): boolean {
  return /\p{L}{2}/u.test(line) && !/[:：]$/.test(line) && !PAGINATION.test(line) && !isInfoLine(line);
}

/** Brackets and marks before an outlet's name (`[ 国际金融报 ]`, `《人民日报》`). */
const BEFORE_OUTLET = /^[\s[\]【】〔〕()（）《》<>]+/u;
/** A bracket, mark or icon-font glyph closing an outlet's value. */
const CLOSING_OUTLET = /[\s[\]【】〔〕()（）《》<>\p{Co}]$/u;
/** Each closing mark's opening one: a mark that closes one inside the name (`英国《金融时报》`) is the name's. */
const OPENING_MARK: Readonly<Record<string, string>> = { ']': '[', '】': '【', '〕': '〔', ')': '(', '）': '（', '》': '《', '>': '<' };

/** `value` without the brackets, marks and glyphs around it, keeping a closing mark that pairs with one inside. */
function withoutMarksAround(value: string): string {
  let name = value.replace(BEFORE_OUTLET, '');
  while (CLOSING_OUTLET.test(name)) {
    const opening = OPENING_MARK[name.slice(-1)];
    if (opening && name.includes(opening)) break;
    name = name.replace(CLOSING_OUTLET, '');
  }
  return name;
}
/** A reprint note's instruction to credit the page (`请注明来源：…`): its 来源 names no outlet. */
const REPRINT_INSTRUCTION = /(?:注明|註明)(?:来源|來源|出处|出處)\s*[:：]/u;
/** Source values that name no outlet: a reprint note (`转载文章`), "the internet", "unknown". */
const NO_OUTLET = /^(?:转载|转载文章|轉載|轉載文章|网络|網絡|網路|互联网|互聯網|未知|不详|不詳)$/u;

/**
 * The outlet a source value names, or undefined when it names none: an address (a CMS's `source`
 * meta holding the page's own URL), a label left without its value (`Źródło:`), a NO_OUTLET word,
 * a picture agency.
 */
function outletName(value: string | undefined): string | undefined {
  const name = value === undefined ? undefined : withoutMarksAround(value);
  if (!name || /^https?:\/\//i.test(name) || /[:：]$/.test(name) || NO_OUTLET.test(name) || isPictureAgency(name)) return undefined;
  return name;
}

/** A byline's last words naming an agency the newsroom wrote with (`… avec AFP`, `… with AP`, `… mit dpa`, `… con EFE`). */
const WITH_AGENCY = /\s(?:avec|with|mit|und|con|com|met|och|og|z)\s+(\p{L}[\p{L}-]{1,24})\.?$/u;
const MAX_WITH_AGENCY_LINE = 80;

/** How many paragraphs of prose of the content come before block `index`. */
function proseBefore(blocks: readonly Block[], index: number): number {
  let count = 0;
  for (const block of blocks) {
    if (block.index >= index) break;
    if (block.kind === 'text' && block.text.length >= 50 && isProse(block.text)) count += 1;
  }
  return count;
}

/** A paper's print-edition credit closing a story (`《人民日报》（2024年04月18日 04版）`): the paper is its source. */
const PRINT_EDITION_CREDIT = /^《\s*([^》]{2,20}?)\s*》\s*[（(]\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:第\s*)?\d{1,3}\s*版\s*[）)]$/u;

/** A republication note closing a story (`This story was originally published by RNZ and is republished with permission.`): the outlet is its source. */
const REPUBLISHED_FROM = /^[Tt]his (?:story|article|piece|report) (?:was (?:originally |first )?published by|(?:originally|first) appeared (?:in|on)|is republished from|was republished from) (?:the )?(\p{Lu}[\p{L}\d&.'’ -]{0,40}?)(?:,|\.|\s+(?:and|under|with|on)\b|$)/u;

const MAX_REPUBLISHED_NOTE_LENGTH = 240;

/** The outlet a closing credit names: a paper's print-edition credit (PRINT_EDITION_CREDIT) or a republication note (REPUBLISHED_FROM). */
function closingCreditOutlet(blocks: readonly Block[], lastBodyIndex: number): string | undefined {
  const around = blocks.slice(Math.max(0, lastBodyIndex - ISSUE_CREDIT_SCAN), lastBodyIndex + ISSUE_CREDIT_SCAN + 1);
  return around.map((block) => {
    const text = block.text.trim();
    return PRINT_EDITION_CREDIT.exec(text)?.[1] ?? (text.length <= MAX_REPUBLISHED_NOTE_LENGTH ? REPUBLISHED_FROM.exec(text)?.[1] : undefined);
  }).find(Boolean);
}

/**
 * A member's or a thread's activity on forum pages (`Joined: 4. Jul 2012`, `Last post: 01/12/2025`),
 * on the line itself or as a label on the line before: a date, but not the page's.
 */
const ACTIVITY_LABEL = /^(?:joined|member since|registered|last (?:post|reply|activity|seen)|beigetreten|registriert|mitglied seit|letzter beitrag|inscrit le|inscription)\b/iu;

function isActivityDate(blocks: readonly Block[], index: number): boolean {
  return ACTIVITY_LABEL.test(blocks[index]!.text) || (index > 0 && ACTIVITY_LABEL.test(blocks[index - 1]!.text) && blocks[index - 1]!.text.length <= 20);
}

/**
 * The first date written in a short line near the headline (`27.1.2022 - …`, `am 4. Februar 2022`,
 * `本贴由大卫于2005年8月12日16:12:21在…发表`), top down. With `skipUpdates` (a date to confirm a
 * declared one), lines naming an update (`Updated: …`) do not count and fewer lines above are read.
 */
function dateNearHeadline(blocks: readonly Block[], anchor: number, skipUpdates: boolean): DateValue | null {
  const end = Math.min(blocks.length, anchor + INFO_LINES_AFTER_TITLE);
  let sentenceDate: DateValue | null = null;
  for (let i = Math.max(0, anchor - (skipUpdates ? DATE_CONFIRM_BEFORE : DATE_SEARCH_BEFORE)); i < end; i += 1) {
    const block = blocks[i]!;
    // A list item above the headline is a link of the navigation or of a list of other stories.
    if (block.kind === 'image' || (block.kind === 'item' && !skipUpdates && i < anchor) || isActivityDate(blocks, i)) continue;
    // An update line counts only for the day it names before its update word (`Publié le 21
    // novembre 2024 à 09h15, mis à jour à 11h02`: the first publication, then the change).
    const update = skipUpdates ? UPDATE_LINE.exec(block.text) : null;
    const shown = update ? block.text.slice(0, update.index) : block.text;
    // A long line counts only when it opens with the date: a dateline (`Karlsruhe, (12.11.2021). …`).
    const long = shown.length > MAX_DATE_LINE;
    const text = shown.replace(GLUED_WORD, '$1 ');
    const found = findDateInText(long ? text.slice(0, DATELINE_HEAD * 2) : text);
    // A Chinese verb of change follows the date it governs (`文章已于2019-11-26 09:18修改`): that day is the change's.
    if (found && update && /\p{sc=Han}/u.test(update[0]) && update.index - found.end <= 1) continue;
    if (found && long && !skipUpdates && found.index <= DATELINE_HEAD && PREPOSITION_BEFORE_DATE.test(text.trim())) {
      // A sentence's own date dates the page only when no line below does.
      sentenceDate ??= found.value;
      continue;
    }
    if (found && (!long || (!skipUpdates && found.index <= DATELINE_HEAD))) return found.value;
  }
  return sentenceDate;
}

/** A line of nothing but labelled metadata (`發布日期：112-08-15`). */
function isPureLabelLine(text: string): boolean {
  const line = readLabelLine(text);
  return Boolean(line?.pure && line.labelled && line.found);
}

/** Lines by the headline that hold its info lines (a byline, an update line, the first day). */
const INFO_LINES_AROUND_TITLE = 6;
/** The most dates read on one such line. */
const MAX_DATES_A_LINE = 3;

/** Whether a short line by the headline shows `day` among its dates (`2 noviembre, 2021 28 marzo, 2021`). */
function showsDayNearHeadline(blocks: readonly Block[], anchor: number, day: DateValue): boolean {
  for (let i = Math.max(0, anchor - DATE_CONFIRM_BEFORE); i < Math.min(blocks.length, anchor + INFO_LINES_AROUND_TITLE); i += 1) {
    let text = blocks[i]!.text;
    if (text.length > MAX_DATE_LINE) continue;
    for (let n = 0; n < MAX_DATES_A_LINE; n += 1) {
      const found = findDateInText(text);
      if (!found) break;
      if (sameDay(found.value, day)) return true;
      text = text.slice(found.end);
    }
  }
  return false;
}

/**
 * The date of an author box after the body: on the byline itself (`Author: Bo2man am 29.12.2010`)
 * or alone on the line after it (`Written by Kim` / `April 8, 2024`).
 */
function authorBoxDate(byline: string, next = ''): DateValue | undefined {
  const own = findDateInText(byline);
  if (own) return own.value;
  const alone = findDateInText(next);
  return alone && alone.index === 0 && alone.end >= next.trim().length ? alone.value : undefined;
}

/** Words that make a name read off a credit an outlet or a dateline (`Associated Press Jun`), not a person. */
const NOT_A_PERSON_WORD = /\b(?:Press|News|Agency|Wire|Service|Staff|Desk|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/;

/** The first paragraphs searched for an outlet's dispatch tag (a standfirst may come before the story's first). */
const DISPATCH_PARAGRAPHS = 2;

/** Longest heading read as the headline above a dated info line (a longer one is a lead). */
const MAX_HEADLINE_LENGTH = 120;

/**
 * The heading right above the dated info line that opens the body, as Chinese portals lay out
 * a story (`<h5>标题</h5>` / `发布时间：2019-05-18 来源：…` / the text); pictures between are skipped.
 */
function headingAboveInfoLine(blocks: readonly Block[], bodyStart: number): Block | undefined {
  let i = bodyStart - 1;
  while (i > 0 && blocks[i]!.kind === 'image') i -= 1;
  const info = blocks[i] && readLabelLine(blocks[i]!.text);
  const heading = blocks[i - 1];
  if (!info?.labelled || !info.hits.date || !heading) return undefined;
  return heading.kind === 'heading' && heading.linkWeight === 0 && heading.text.length <= MAX_HEADLINE_LENGTH ? heading : undefined;
}

/** How far above the content a lead paragraph set apart from it is looked for (pictures and captions between are passed). */
const LEAD_SEARCH_BEFORE = 4;
/** How far into a paragraph a dispatch credit may end. */
const MAX_LEAD_TAG = 40;

/**
 * The story's first paragraph when the page sets it apart, above the container of the rest
 * (a print edition's lead with its picture): it opens with the tag of the outlet that filed it
 * (`【明報專訊】`, `（中央社記者…電）`), which only a story's first paragraph carries.
 */
function leadAboveContent(blocks: readonly Block[], first: Block | undefined): Block | undefined {
  if (!first) return undefined;
  for (let i = first.index - 1; i >= Math.max(0, first.index - LEAD_SEARCH_BEFORE); i -= 1) {
    const block = blocks[i]!;
    if (block.kind === 'image' || block.kind === 'caption') continue;
    const opensWithCredit = /^[（(〔【]/u.test(block.text) && (readBracketedCredits(block.text.slice(0, MAX_LEAD_TAG))?.authors.length ?? 0) > 0;
    return block.kind === 'text' && isProse(block.text) && (dispatchOutlet(block.text) !== undefined || opensWithCredit) ? block : undefined;
  }
  return undefined;
}

/**
 * A writer's note: every sentence says what one of the writers is (`黎雅各(Jacob Lee)是《紐約時報》駐首爾記者。`),
 * the name, perhaps its Latin spelling in brackets, then 是 / 為 / 为 and a short description.
 */
const WRITER_NOTE_SENTENCE = /^(.{2,12}?)\s*(?:[(（][^()（）]{1,40}[)）])?\s*(?:是|為|为).{2,60}$/u;

function isWriterNote(text: string, authors: readonly string[]): boolean {
  const sentences = text.split(/(?<=。)/u).map((sentence) => sentence.trim()).filter(Boolean);
  return authors.length > 0 && sentences.length > 0 && sentences.every((sentence) => {
    const name = WRITER_NOTE_SENTENCE.exec(sentence)?.[1];
    return name !== undefined && authors.includes(name) && sentence.endsWith('。');
  });
}

/**
 * Hong Kong and Taiwan sites often show `5月9日 上午10:30` by the headline with no year: the year
 * is then the one in the address (`/2023/`) or in the copyright line at the foot of the page
 * (`© 2023`, `2023 版權所有`), the latest year it names. Only a short line opening with the
 * date counts, and only when nothing else dates the page.
 */
const MAX_YEARLESS_LINE = 40;
const COPYRIGHT_LINE = new RegExp(`©|copyright|${withTraditional('版权所有')}`, 'iu');
const YEAR = /(?<!\d)(?:19|20)\d{2}(?!\d)/g;
const URL_YEAR = /\/((?:19|20)\d{2})\//;
/** How many lines at the foot of the page are searched for the copyright year. */
const COPYRIGHT_SCAN = 12;

function pageYear(blocks: readonly Block[], url: string): number | undefined {
  const fromUrl = URL_YEAR.exec(url.replace(/^https?:\/\/[^/]+/, ''))?.[1];
  if (fromUrl) return Number(fromUrl);
  for (const block of blocks.slice(-COPYRIGHT_SCAN).reverse()) {
    if (!COPYRIGHT_LINE.test(block.text)) continue;
    const years = block.text.match(YEAR)?.map(Number);
    if (years?.length) return Math.max(...years);
  }
  return undefined;
}

function yearlessDate(blocks: readonly Block[], lines: readonly number[], url: string): DateValue | null {
  const year = pageYear(blocks, url);
  if (year === undefined) return null;
  for (const i of lines) {
    const text = blocks[i]!.text.trim();
    if (text.length > MAX_YEARLESS_LINE || UPDATE_LINE.test(text.slice(0, 4))) continue;
    const found = findMonthDayInText(text, year);
    if (found && found.index === 0) return found.value;
  }
  return null;
}

/**
 * A declared time with seconds that the info line shows only to the minute, with no year (an app's
 * share page: `05-26 16:40` beside a script's `2022-05-26 16:40:12`): the time the page shows.
 */
function toShownMinute(value: DateValue | null, blocks: readonly Block[], lines: readonly number[]): DateValue | null {
  if (!value?.second || (value.offsetMinutes !== undefined && value.offsetMinutes !== CHINA_OFFSET_MINUTES)) return value;
  for (const i of lines) {
    const text = blocks[i]!.text;
    if (text.length > MAX_YEARLESS_LINE) continue;
    const shown = findMonthDayInText(text, value.year);
    if (!shown || /\d:\d{2}:\d{2}/.test(text.slice(shown.index, shown.end))) continue;
    const { month, day, hour, minute } = shown.value;
    if (month === value.month && day === value.day && hour === value.hour && minute === value.minute) return { ...value, second: 0 };
  }
  return value;
}

/** How far after the site's name the info line's time may start (`第一财经  2021-03-04 10:05:12`). */
const NAME_BEFORE_TIME_GAP = 3;

/** Whether an info line opens with the site's name, then its time. */
function opensInfoLine(blocks: readonly Block[], lines: readonly number[], siteName: string): boolean {
  return lines.some((i) => {
    const text = blocks[i]!.text.trim();
    if (!text.startsWith(siteName) || text.length > MAX_DATE_LINE) return false;
    const date = findDateInText(text.slice(siteName.length));
    return date !== null && date.index <= NAME_BEFORE_TIME_GAP;
  });
}

/** A kicker before a colon that, cut from `title`, leaves exactly `meta` (`Regensburg: …`). */
const KICKER_BEFORE_COLON = /^(\p{L}[\p{L}\d .'’&-]{1,38}?)\s*[:：]\s*$/u;

function kickerBefore(title: string, meta: string): string | undefined {
  const headline = meta.trim();
  if (headline.length < 20 || !title.endsWith(headline) || title.length === headline.length) return undefined;
  return KICKER_BEFORE_COLON.exec(title.slice(0, title.length - headline.length))?.[1];
}

/** A letter's closing word on a line of its own, then the signer's name and perhaps a role (`Warmly,` / `Anita Desai, PTA President`). */
const VALEDICTION = /(?:^|\n)\s*(?:warmly|warm regards|kind regards|best regards|regards|sincerely|yours (?:truly|sincerely)|with (?:gratitude|thanks)|best wishes|many thanks)\s*,?\s*\n\s*([^\n,]{3,40})(?:,[^\n]{1,50})?\s*$/iu;

function letterSigner(text: string): string | undefined {
  const name = VALEDICTION.exec(text)?.[1]?.trim();
  return name && looksLikeName(name) ? name : undefined;
}

/** A wire story's closing sentence signed with a dash and its agency (`… entered service. — Bernama`), a sign-off kept in the text. */
const DASH_SIGN_OFF = /[.!?。”"’]\s*[—–]\s*([\p{L}][\p{L} ]{1,38})\.?$/u;

function dashSignOffAgency(text: string): string | undefined {
  const name = DASH_SIGN_OFF.exec(text)?.[1]?.trim();
  return name && isNewsAgency(name) ? name : undefined;
}

/** textWeight of the lines that read as prose (punctuated, longer than a label). */
function proseWeight(blocks: readonly Block[]): number {
  let sum = 0;
  for (const block of blocks) if (block.punctuation > 0 && block.weight >= 25) sum += block.weight;
  return sum;
}

function clipList(values: readonly string[], maxItems: number = ARTICLE_LIMITS.listItems, maxLength = 200): string[] {
  return values.filter((value) => value.length > 0).slice(0, maxItems).map((value) => value.slice(0, maxLength));
}

/**
 * Extracts the main content of `document` as an article; `null` when the page has no main
 * content at all. Never mutates `document`; never throws on any page.
 */
export function extractArticle(document: Document, { url }: ExtractOptions): Article | null {
  const page = withElementList(document, () => analysePage(document, url));
  return page ? page.article : null;
}

/**
 * Whether the page is a single article (a story, a post) rather than a home page, a list, a
 * search result, a product or a form. Uses the same analysis as extractArticle.
 */
export function isArticlePage(document: Document, options: ExtractOptions): boolean {
  return inspectPage(document, options).isArticle;
}

/**
 * The page's article and whether the page is one, from one analysis: what the extension asks of
 * every page it inspects (extractArticle and isArticlePage each analyse the page anew).
 */
export function inspectPage(document: Document, { url }: ExtractOptions): { article: Article | null; isArticle: boolean } {
  return withElementList(document, () => {
    const page = analysePage(document, url);
    return page ? { article: page.article, isArticle: isArticleLike({ url, document, ...page }) } : { article: null, isArticle: false };
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
  const baseHref = elementsNamed(document, 'base').find((base) => base.hasAttribute('href'))?.getAttribute('href');
  const baseUrl = (baseHref && cleanUrl(baseHref, url)) || url;
  let blocks = readBlocks(document, baseUrl);
  if (proseWeight(blocks) < MIN_VISIBLE_WEIGHT) {
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
    const strip = (text: string): PinyinStripResult => {
      const result = stripPinyin(text, annotated);
      if (result.removed > 0) flags.add('pinyin-annotations-removed');
      return result;
    };
    const repair = (text: string): string => strip(text).text;
    blocks = blocks.map((block) => {
      const result = strip(block.text);
      lostCharacters += result.lostCharacters;
      return result.removed === 0 ? block : { ...block, text: result.text };
    });
    for (const field of ['documentTitle', 'title', 'description', 'siteName'] as const) {
      const value = metadata[field];
      if (value !== undefined) metadata[field] = repair(value);
    }
    metadata.keywords = metadata.keywords.map(repair);
  }

  let selection = selectContent(blocks);
  if (!selection) return null;
  const lead = leadAboveContent(blocks, selection.blocks[0]);
  if (lead) selection = { ...selection, blocks: [lead, ...selection.blocks] };

  const documentTitleParts = metadata.documentTitle ? splitDocumentTitle(metadata.documentTitle, metadata.title) : undefined;
  const siteName = metadata.siteName ?? documentTitleParts?.site;
  const bodyStart = selection.blocks[0]?.index ?? 0;
  let titleChoice = chooseTitle(blocks, { meta: metadata.title, documentTitle: metadata.documentTitle, siteName, headline: metadata.headline });
  // A title found below the story's start (a sidebar or footer heading wording what `<title>`
  // says, the site's name) gives way to the heading above the info line that opens the story.
  // (So does a column's name taken for the title, `新闻动态`, where a heading stands above the info line.)
  const belowStart = titleChoice?.blockIndex != null && titleChoice.blockIndex > bodyStart;
  const headlineAbove = titleChoice && (belowStart || isColumnName(titleChoice.title)) ? headingAboveInfoLine(blocks, bodyStart) : undefined;
  if (headlineAbove) titleChoice = { title: headlineAbove.text.trim(), blockIndex: headlineAbove.index };
  // A kicker run into the headline before a colon (`Regensburg: Steinerne Brücke wird …`, the
  // headline alone in og:title): the meta title is the headline, the kicker a line of its own.
  // (The kicker set in an element of its own in the heading: `<span>Verkehr - Regensburg</span><span>:</span> <span>…</span>`.)
  const kicker = titleChoice && metadata.title ? kickerBefore(titleChoice.title, metadata.title) : undefined;
  const kickerHeading = kicker !== undefined && titleChoice?.blockIndex != null ? blocks[titleChoice.blockIndex]?.path[0] : undefined;
  const ownKickerElement = kickerHeading !== undefined && Array.from(kickerHeading.children).some((child) => normaliseBlockText(child.textContent ?? '').endsWith(kicker!));
  if (titleChoice && kicker && ownKickerElement) titleChoice = { ...titleChoice, title: metadata.title!.trim(), subtitle: [kicker, ...(titleChoice.subtitle ?? [])] };

  const lifted = emptyLifted();

  // The info line near the headline: date, source, reporter. Lines after the headline (up to
  // the first paragraph of prose) are read first, then the few above it, nearest first, so
  // the closest label wins.
  const titleIndex = titleChoice?.blockIndex ?? null;
  const firstProse = selection.blocks.find((block) => block.kind === 'text' && block.text.length >= 50 && isProse(block.text));
  const anchor = titleIndex ?? Math.max(0, bodyStart - 1);
  // (Never past the body: a story of short paragraphs has no paragraph of prose to stop at, and a
  // related box's heading after it, `相關新聞`, is no outlet.)
  const bodyEnd = (selection.blocks[selection.blocks.length - 1]?.index ?? blocks.length) + 1;
  const infoEnd = Math.min(blocks.length, anchor + INFO_LINES_AFTER_TITLE, firstProse && firstProse.index > anchor ? firstProse.index : Infinity, bodyEnd > anchor + 1 ? bodyEnd : Infinity);
  const infoOrder: number[] = [];
  for (let i = anchor + 1; i < infoEnd; i += 1) infoOrder.push(i);
  for (let i = anchor - 1; i >= Math.max(0, anchor - INFO_LINES_BEFORE_TITLE); i -= 1) infoOrder.push(i);
  if (titleIndex === null) infoOrder.unshift(anchor);
  for (const i of infoOrder) {
    const block = blocks[i]!;
    if (block.kind === 'image' || i === titleIndex || isActivityDate(blocks, i)) continue;
    // A list's item above the headline (a sidebar's latest posts, `Unser neuer Röster ist da!
    // 03.04.2019`) is another page's teaser, not the story's info line, unless it is a label line
    // (an info list over the headline: `發布日期：112-08-15` / `資料來源：國民健康署`).
    if (block.kind === 'item' && i < anchor && !isPureLabelLine(block.text)) continue;
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
    // A byline crediting the newsroom with an agency (`Par Le Figaro.fr avec AFP`, `Von Redaktion mit dpa`): the agency is the source.
    const withAgency = block.text.length <= MAX_WITH_AGENCY_LINE ? WITH_AGENCY.exec(block.text.trim())?.[1] : undefined;
    if (withAgency && isNewsAgency(withAgency)) lifted.source ??= withAgency;
    if (!label) {
      liftBylineElement(block, block.text, lifted);
    }
    else if (!lifted.source) {
      // `2019年11月25日 18:57 参考消息` in a source element: what follows the date is the outlet.
      const date = findDateInText(block.text);
      if (date) liftBylineElement(block, block.text.slice(date.end), lifted, true);
    }
  }
  lifted.date = writtenDate(blocks, infoOrder) ?? lifted.date;

  // The body: from after the headline, without labels, kickers and furniture.
  // Figure captions describe pictures, not the story; they stay out of the text.
  // (Unless the content is nothing but captions: a gallery's text is its captions.)
  const captionWeight = selection.blocks.reduce((sum, block) => sum + (block.kind === 'caption' ? block.weight : 0), 0);
  const galleryOnly = captionWeight >= selection.contentWeight * GALLERY_CAPTION_SHARE;
  let work: WorkBlock[] = selection.blocks
    .filter((block) => galleryOnly || block.kind !== 'caption')
    .map((block) => ({ block: galleryOnly && block.kind === 'caption' ? { ...block, kind: 'text' as const } : block, text: block.text.replace(GALLERY_COUNTER, '') }));
  if (titleIndex !== null) {
    const position = work.findIndex((item) => item.block.index === titleIndex);
    // A headline comes before its story: after paragraphs of prose, the matched line is a heading
    // inside the story (one repeating the headline), and only that line goes.
    const storyBefore = work.slice(0, Math.max(0, position)).filter(isStoryParagraph).length;
    if (position >= 0 && position <= Math.max(10, work.length * 0.25) && storyBefore < STORY_BEFORE_HEADLINE) work = work.slice(position + 1);
    else if (titleChoice) {
      const key = titleKey(titleChoice.title);
      work = work.filter((item) => titleKey(item.text) !== key);
      // A headline set apart from the content: the content's lines above it (a video box's title
      // and caption over the headline) are no story, when the story follows the headline.
      if (position < 0) {
        const above = work.filter((item) => item.block.index < titleIndex);
        const storyAfter = work.some((item) => item.block.index > titleIndex && isStoryParagraph(item));
        if (above.length > 0 && storyAfter && above.filter(isStoryParagraph).length < STORY_BEFORE_HEADLINE) work = work.filter((item) => item.block.index > titleIndex);
      }
    }
  }
  // A title without a block (chooseTitle's fallback) equals no line of the page: nothing to drop.

  const uncleaned = work;
  const head = cleanBodyHead(work, lifted);
  work = head.work;
  // Kicker and dek lines set inside the headline's heading, then those above the body.
  const subtitle = [...(titleChoice?.subtitle ?? []), ...head.subtitle];
  let trailerRemoved = head.trailerRemoved;

  const tail = cleanBodyTail(work, lifted, siteName);
  work = tail.work;
  if (tail.trailerRemoved) trailerRemoved = true;

  // Labels after the body (责任编辑, and 发布日期 / 来源 on government pages), often outside the
  // content container. Dates there count only when labelled: bare dates below an article
  // belong to teasers of other articles.
  const lastBodyIndex = selection.blocks[selection.blocks.length - 1]?.index ?? 0;
  const firstBodyIndex = selection.blocks[0]?.index ?? 0;
  let labelScanEnd = Math.min(blocks.length, lastBodyIndex + TRAILING_LABEL_SCAN);
  const selectedIndices = new Set(selection.blocks.map((block) => block.index));
  let authorBox: DateValue | undefined;
  // (The story's last paragraph once its tail is cleaned: a channel's invitation after a caption-dressed credit is no story.)
  const lastTextIndex = work.findLast((item) => item.block.kind === 'text')?.block.index ?? selection.blocks.findLast((block) => block.kind === 'text')?.index ?? lastBodyIndex;
  for (let i = Math.max(0, (titleIndex ?? 0) + 1); i < labelScanEnd; i += 1) {
    const block = blocks[i]!;
    if (block.kind === 'image') continue;
    // A long post footer is read by its first item (`Beitrag vom 04.03.2016 | Kategorie: … | 7 Kommentare`).
    // After the body, a long statement by its first sentence (`本文为虎嗅原创，作者：宋柏川。转载请联系…`).
    const text = block.text.length <= MAX_TRAILING_LABEL_LENGTH ? block.text : FOOTER_ITEM_SEPARATOR.exec(block.text)?.[1] ?? (i > lastBodyIndex ? FIRST_HAN_SENTENCE.exec(block.text)?.[0] : undefined);
    if (text === undefined || text.length > MAX_TRAILING_LABEL_LENGTH) continue;
    // A bracketed credit closing the content in a caption's dress (`<p class="reporter-credit">（有線新聞記者 何嘉麗 沙田報道）</p>`).
    if (block.kind === 'caption' && i > lastTextIndex && hasHan(block.text) && STANDALONE_NOTE.test(block.text.trim())) pushUnique(lifted.authors, readBracketedCredits(block.text)?.authors ?? []);
    const line = readLabelLine(text);
    if (!line?.found) continue;
    const afterBody = i > lastBodyIndex;
    // A Chinese 来源 line the content selection skipped (between the story and a closing note)
    // never reached the body's cleaning, so it is read here like one after the body. (English
    // `Source:` lines inside a story credit a chart or a quote, not the story; a caption's
    // 图片来源 credits its picture.)
    const skipped = !afterBody && !selectedIndices.has(i) && block.kind !== 'caption' && hasHan(block.text);
    if (line.hits.editors.length > 0) {
      // Editor credits come in a run (编辑 / 责编 / 校对): read the few lines after the first.
      if (lifted.editors.length === 0) labelScanEnd = Math.min(labelScanEnd, i + EDITOR_RUN);
      pushUnique(lifted.editors, line.hits.editors);
      // A credit line naming the writer with the editor (`作者：陈晓蕾 责编：吴晓萍`) credits this story.
      if (line.pure && line.hits.authors.length > 0) pushUnique(lifted.authors, line.hits.authors);
    }
    // A dated line the content selection skipped at the story's top (`<p class="meta">Par … Publié le …</p>`
    // under the standfirst) dates the page before any teaser's labelled date after the story does,
    // and names its source (`Published 4 March 2021 at 10:05am Source: AAP`).
    if (!afterBody && line.pure && line.dateLabelled && !selectedIndices.has(i) && i - firstBodyIndex < SKIPPED_INFO_SCAN) {
      lifted.date ??= line.hits.date;
      lifted.source ??= line.hits.source;
    }
    // A source line at the story's top, under the standfirst (`Źródło: PAP`), names the story's
    // source: a chart's or a quote's credit stands further down. (Chinese 来源 lines are read
    // above; a chart's `数据来源：` may open a Chinese story.)
    if (!afterBody && line.pure && line.labelled && line.hits.source && line.hits.authors.length === 0 && !hasHan(block.text) && i - firstBodyIndex < SKIPPED_INFO_SCAN && proseBefore(selection.blocks, i) <= 1) {
      lifted.source ??= line.hits.source;
    }
    if (afterBody) {
      // (A print-edition note, `Published in The Express Tribune, March 5th, 2021.`, dates the paper, not the page.)
      if (line.dateLabelled && trailerKind(text, true) !== 'print-edition note') {
        // (A post footer's time on the day the head shows without one, `posted @ 2021-06-03 10:05`, completes it.)
        const day = lifted.date ?? dateNearHeadline(blocks, anchor, true);
        lifted.date = day && day.hour === undefined && line.hits.date?.hour !== undefined && sameDay(day, line.hits.date) ? line.hits.date : lifted.date ?? line.hits.date;
      }
      // A name with its date (`Songcaster Jan 20, 2026`) is a comment's or a review's line, not a byline.
      else if (line.hits.authors.length > 0 && !line.hits.date) authorBox ??= authorBoxDate(block.text, blocks[i + 1]?.text);
      // A Chinese credit labelled right under the story (`作者：沈佳怡` in a table of credits) names its writer.
      if (line.pure && line.labelled && lifted.authors.length === 0 && i - lastBodyIndex <= CLOSING_CREDIT_GAP && hasHan(block.text)) pushUnique(lifted.authors, line.hits.authors);
      // (A reprint note asking to name the page as the source, `如若转载，请注明来源：…`, names no outlet.)
      if (line.labelled && line.hits.source && !REPRINT_INSTRUCTION.test(text)) lifted.source ??= line.hits.source;
    } else if (skipped && line.labelled && line.hits.source) {
      lifted.source ??= line.hits.source;
    }
    // A reporter's credit without a label closing the story, right after it or skipped by the content
    // selection (`红星新闻记者 周晓旭 实习记者 刘心怡`): its writers, and its outlet the source.
    if (line.pure && !line.labelled && lifted.authors.length === 0 && line.hits.authors.length > 0 && (afterBody ? i - lastBodyIndex <= CLOSING_CREDIT_GAP : skipped) && REPORTER_ROLE.test(block.text)) {
      pushUnique(lifted.authors, line.hits.authors);
      lifted.source ??= line.hits.source;
    }
    // A labelled credit line closing the content in a caption's dress (`<p class="credit">记者：王琳　摄像：郭帅</p>`):
    // the story's credit, not a picture's, and its 来源 the story's source.
    if (block.kind === 'caption' && i > lastTextIndex && line.pure && line.labelled && hasHan(block.text)) {
      pushUnique(lifted.authors, line.hits.authors);
      lifted.source ??= line.hits.source;
    }
  }

  work = dropRepeatedCopies(work);
  // Nothing but label lines (a page whose story a script fills in): they are all it shows, so they
  // stay its text, their fields lifted all the same.
  if (!work.some((item) => item.block.kind !== 'image' && item.text.length > 0)) work = uncleaned;
  const textBlocks = work.filter((item) => item.block.kind !== 'image' && item.text.length > 0);
  // A letter signed at its end (`Warmly,` / `Anita Desai, PTA President`): the signer wrote it.
  const signer = letterSigner(textBlocks.slice(-2).map((item) => item.text).join('\n'));
  if (signer) pushUnique(lifted.closingNames, [signer]);
  if (textBlocks.length === 0) return null;
  // The body's text: its blocks joined by a blank line (joined again if a closing block leaves).
  const joinedText = (): string => textBlocks.map((item) => item.text).join('\n\n');
  let text = joinedText();
  if (text.length > ARTICLE_LIMITS.text) {
    text = text.slice(0, ARTICLE_LIMITS.text);
    flags.add('text-truncated');
  }

  // Language and script, checked against the text.
  const lang = detectLang(`${titleChoice?.title ?? ''}\n${text}`, metadata.lang);
  const chinese = lang.startsWith('zh');
  if (lang === 'zh-Hant') flags.add('traditional-script');
  const markupSaysSimplified = /^zh[-_](?:cn|sg|hans)/i.test(metadata.lang ?? '');
  if (flags.has('pinyin-annotations-removed') || (markupSaysSimplified && chineseScript(text) === 'Hant')) flags.add('mirror-suspected');
  if (lostCharacters > 0 || text.includes('\ufffd')) flags.add('encoding-damage');
  if (trailerRemoved) flags.add('trailer-removed');

  // Dates: structured data and the visible info line; Chinese pages show Beijing time.
  const fallbackOffset = chinese ? CHINA_OFFSET_MINUTES : undefined;
  // A month and day without a year (`5月9日 上午10:30`) only when nothing else dates the page.
  const chosenDate = choosePublishedDate({
    firstPublished: () => firstPublishedDate(blocks), structured: metadata.published, structuredGeneric: metadata.publishedGeneric, openGraphPublished: metadata.openGraphPublished, modified: metadata.modified, scripted: metadata.scriptPublished, classed: metadata.classedDates, labelled: lifted.date, labelledUpdate: lifted.modified, authorBox, issueCredit: () => issueCreditDate(blocks, lastBodyIndex), url, chinese, nearHeadline: (skipUpdates) => dateNearHeadline(blocks, anchor, skipUpdates),
    dayFirst: writesDayFirst(metadata.lang, url), showsDay: (day) => showsDayNearHeadline(blocks, anchor, day), zoneAt: (value) => europeanOffsetAt(value, metadata.lang, url),
  }) ?? (chinese ? yearlessDate(blocks, infoOrder, url) : null);
  const shownDate = chinese ? toShownMinute(chosenDate, blocks, infoOrder) : chosenDate;
  // A numeric date that reads either way (`04/11/2024`) in the order the page's locale writes it.
  const ordered = shownDate && inPageDateOrder(shownDate, metadata.lang, url);
  const modifiedValue = metadata.modified.map((value) => parseStructuredDate(value)).find((value): value is DateValue => value !== null) ?? lifted.modified ?? null;
  // A time written in the zone the page keeps its clock in (Chinese pages: Beijing time, below).
  const published = chinese ? ordered : writtenInPageZone(ordered, {
    lang: metadata.lang, url, modified: modifiedValue,
    shown: () => {
      const value = lifted.date ?? dateNearHeadline(blocks, anchor, true);
      return value && inPageDateOrder(value, metadata.lang, url);
    },
  });
  const formatDate = (value: DateValue | null): string | undefined => {
    if (!value) return undefined;
    const shifted = chinese && !value.pageZone ? shiftToOffset(value, CHINA_OFFSET_MINUTES) : value;
    return formatIsoDate(shifted, fallbackOffset);
  };

  // Chinese bylines are labels in the text (meta author is often the site); elsewhere metadata first.
  const { authors: credited, source: authorSource } = chooseAuthors({
    labelled: lifted.authors, closingNames: lifted.closingNames, declared: metadata.authors, cardAuthors: metadata.cardAuthors, chinese,
    organisations: [...metadata.authorOrganisations, ...(siteName ? [siteName] : [])], bylines: () => readBylines(document, blocks.map((block) => block.text)),
    scriptAuthor: metadata.scriptAuthor, owner: () => siteOwner(document, siteName), blogOwner: () => blogOwner(metadata.documentTitle),
  });
  // A news agency credited as the writer (`Written by PTI`) is the story's source.
  const { people: creditedPeople, agency } = withoutAgencies(credited);
  // A wire story credited only to its agency names its reporters in its closing credits
  // (`(Reporting by Moira Kessler in Toronto; Editing by …)`): they are its writers.
  const cleanAuthors = creditedPeople.length === 0 && agency && !chinese ? withoutAgencies(lifted.authors).people.filter((name) => looksLikeName(name) && !NOT_A_PERSON_WORD.test(name)) : creditedPeople;
  // A closing note on who the writers are (`本田幸子是《紐約時報》東京分社的記者。`) is no story.
  const lastText = textBlocks[textBlocks.length - 1]!;
  if (textBlocks.length > 1 && isWriterNote(lastText.text, cleanAuthors)) {
    work = work.filter((item) => item !== lastText);
    textBlocks.pop();
    text = joinedText().slice(0, ARTICLE_LIMITS.text);
  }
  // A wire story signed off with its agency (`… nella nuova sede. (ANSA).`): the sign-off names the source.
  const closing = textBlocks[textBlocks.length - 1]!;
  const signedOff = withoutAgencySignOff(closing.text);
  const closingText = signedOff.text.trim();
  if (signedOff.agency && (closingText || textBlocks.length > 1)) {
    const trimmed = { ...closing, text: closingText };
    work = closingText ? work.map((item) => (item === closing ? trimmed : item)) : work.filter((item) => item !== closing);
    if (closingText) textBlocks[textBlocks.length - 1] = trimmed;
    else textBlocks.pop();
    text = joinedText().slice(0, ARTICLE_LIMITS.text);
  }
  const authorsFromLabels = authorSource === 'labels';
  // The flag says a field shown to the user came from labelled text on the page.
  if (authorsFromLabels || lifted.editors.length > 0 || lifted.source || (lifted.date && chosenDate === lifted.date)) flags.add('labels-lifted');

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
    title: title.slice(0, ARTICLE_LIMITS.title),
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
  const subtitleLines = subtitle.map((line) => line.replace(/\p{Co}/gu, '').trim()).filter(isSubtitleLine);
  if (subtitleLines.length > 0) article.subtitle = subtitleLines.join('\n').slice(0, ARTICLE_LIMITS.shortText);
  // An outlet's dispatch tag opening the story (`【明報專訊】`) or a print-edition credit closing it names it when no label does.
  const source = outletName(lifted.source) ?? outletName(textBlocks.slice(0, DISPATCH_PARAGRAPHS).map((item) => dispatchOutlet(item.text)).find(Boolean))
    ?? outletName(closingCreditOutlet(blocks, lastBodyIndex)) ?? outletName(metadata.source) ?? agency
    // (After the meta's outlet: a dateline's word of dispatch may name the paper by a short name, `上证报中国证券网讯`.)
    ?? outletName(textBlocks.slice(0, DISPATCH_PARAGRAPHS).map((item) => dispatchLeadOutlet(item.text)).find(Boolean))
    ?? textBlocks.slice(0, DISPATCH_PARAGRAPHS).map((item) => agencyInDateline(item.text)).find(Boolean) ?? signedOff.agency ?? dashSignOffAgency(closing.text)
    // An agency declared beside the writer (`<meta name="author" content="Tereza Dvořáková, ČTK">`).
    ?? metadata.authors.flatMap((name) => name.split(/\s*[,;]\s*/u)).find((part) => part !== '' && isNewsAgency(part))
    // The site's own name shown where a Chinese info line names its account, put aside for a writer's name,
    // or opening the info line before its time (`第一财经 2021-03-04 10:05:12 作者：…`): the outlet.
    ?? (chinese && siteName && ((lifted.authors.includes(siteName) && !cleanAuthors.includes(siteName)) || opensInfoLine(blocks, infoOrder, siteName)) ? siteName : undefined);
  if (source) article.source = source.slice(0, 200);
  if (siteName) article.siteName = siteName.slice(0, 200);
  const publishedAt = formatDate(published);
  if (publishedAt) article.publishedAt = publishedAt;
  const modifiedAt = formatDate(modifiedValue);
  if (modifiedAt) article.modifiedAt = modifiedAt;
  if (metadata.description) article.description = metadata.description.slice(0, ARTICLE_LIMITS.shortText);
  if (image) article.image = image;
  return { article, metadata, selection, blocks };
}

