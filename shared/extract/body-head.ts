/**
 * The head of the body: what stands between the headline and the first paragraph of prose.
 * Label lines (来源：…, 记者 …) become fields, kicker lines (引题) and the standfirst become the
 * subtitle, photo credits, section labels and furniture go.
 */
import { isTrailerHeading, trailerKind } from '../clean/trailers';
import { hasHan } from '../text/cjk';
import { HAN_NAMES, NOTE_MARK, ORIGINAL_TITLE, PROSE_PUNCTUATION, SECTION_ENDING, SENTENCE_END, STANDALONE_NOTE, isChineseText, isProse, liftCredits, type WorkBlock } from './body-lines';
import { wholeWords } from './class-hints';
import { classAndId } from './dom';
import { findDateInText } from './dates';
import { ENGLISH_DATE_LINE, readBracketedCredits, readLabelLine } from './labels';
import { liftLine, pushUnique, type Lifted } from './lifted-fields';

/** How many blocks at the head of the body may be labels, kickers or furniture. */
const HEAD_SCAN = 10;

/** How many lines under a standfirst that opened the body may be its info line and byline. */
const INFO_LINES_UNDER_STANDFIRST = 2;

/** Kicker lines (引题/副题) above a Chinese body: at most this many, each at most this long. */
const MAX_KICKER_LINES = 3;
const MAX_KICKER_LENGTH = 40;

/**
 * Class names of the standfirst (dek) printed under a headline. Not after `with-`: a field
 * `text-with-summary` (Drupal's body) holds the whole text.
 */
const DEK_CLASS = new RegExp('(?<!with)' + wholeWords('dek|deck|standfirst|summary|subtitle|sub-title|subheadline|subhead|strapline|article-summary|lead-in|excerpt'));

/** The heading of a summary box above a Chinese story (`摘要`, `内容提要`, `导语`, `简介`, `核心阅读`), alone on its line. */
const SUMMARY_HEADING = /^[【\[]?(?:摘要|AI\s?摘要|文章摘要|內容提要|内容提要|提要|导语|導語|简介|簡介|核心阅读|核心閱讀|核心提示|阅读提示|閱讀提示)[】\]]?[:：]?$/u;

/** The same heading with the summary after it on one line (`摘要 碳酸锂价格回落…`): the summary is the standfirst. */
const SUMMARY_LEAD = /^[【\[]?(?:摘要|內容提要|内容提要|提要|导语|導語|导读|導讀|简介|簡介)[】\]]?(?:[:：]\s*|\s+)(?=\S)/u;

/**
 * A summary box's heading over its points above an English story (`In Summary`): the heading
 * goes, the points stay. (wcxb's truths keep `At a glance` and `Highlights` with their boxes.)
 */
const SUMMARY_BOX_HEADING = /^in summary[\s:]*$/iu;

/**
 * The heading of an editor's points box over a story in German or Chinese (`Darum gehts`, `Das
 * Wichtigste in Kürze`, `重點摘要`, `本文3大重點`): the heading and its points go, as the points
 * restate the story. (English boxes, `Key points`, `At a glance`, stay: wcxb's truths keep them.)
 */
const POINTS_BOX_HEADING = /^(?:darum geht['’]?s|das wichtigste in kürze|重[點点]摘要|本文\d大重[點点]|文章重[點点]|划重点|劃重點)[\s:：]*$/iu;

/**
 * An update note opening a post, dated (`March 2023 update: Since we walked it …`, `UPDATED
 * 1/17/2024, 3:40 PM: The Board …`, `Update (June 2024): …`): above the text it is the editor's, not
 * the story's. (Closing a post, the same note is its last paragraph.)
 */
const MAX_OPENING_UPDATE_NOTE = 400;
const OPENING_UPDATE_NOTE = /^(?:(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{4} )?update[ds]?(?:\s*\(\s*[^()]{3,30}\))?(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4}(?:,?\s*\d{1,2}:\d{2}\s*[ap]\.?m\.?)?)?\s*:\s+\S/iu;

/**
 * A byline with the writer's role after a comma (`Oliver Merriman, Transport Correspondent`,
 * `Jane Roe, Senior Health Reporter`): no dateline (`BAAR, SWITZERLAND`) names a newsroom role.
 */
const NAME_AND_ROLE = /^\p{Lu}[\p{L}.'’-]+(?:\s\p{Lu}[\p{L}.'’-]+){1,3},\s[^.!?]{0,50}\b(?:correspondent|editor|reporter|writer|columnist|contributor|producer|critic|analyst|bureau chief)s?$/iu;
const MAX_NAME_AND_ROLE = 90;

/** A caption set as a paragraph: opened by a pointer (`▲`, `↑`) or closed by its picture's credit (`图/IC photo`, `（张三 摄）`). */
const CAPTION_PARAGRAPH = /^[▲△↑]|(?:图|圖)\s*[/／]\s*[^，。！？,.!?/／]{1,20}$|[（(][^()（）]{1,14}(?:摄|攝)[)）]$/u;

/** Photo credits printed above the first paragraph. */
const PHOTO_CREDIT = /^(?:credit|photo|photograph|image|picture|illustration|foto|bild)s?(?:\s*(?:by|credit))?\s*(?:[:.…]|\.\.\.)/iu;

/** A byline above the first paragraph (`By Ann Lee | September 7, 2023`), at most this long. */
const BYLINE_LINE = /^(?:by|written by|posted by|published by|von|par|por|di)\s+\S/i;
const MAX_BYLINE_LINE = 100;

/**
 * A dated line above the first paragraph that is no sentence (`05/10/2018 - Publicado por: … -
 * Categoria: …`, `segunda-feira, 22 de janeiro de 2018 às 0:13`): the post's info line.
 */
const MAX_INFO_LINE = 160;

function isDatedInfoLine(text: string): boolean {
  return text.length <= MAX_INFO_LINE && !SENTENCE_END.test(text) && (findDateInText(text) !== null || isPublishedLine(text));
}

/** `Published Wed, Feb 10 20219:34 AM EST Updated …`: a time line whose parts ran together in the markup, read by its words. */
function isPublishedLine(text: string): boolean {
  return ENGLISH_DATE_LINE.test(text) && MONTH_AND_DAY.test(text);
}
const MONTH_AND_DAY = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/iu;

/** A byline line (`By Ann Lee | September 7, 2023`), not a sentence that opens with "By" (`By the time …`). */
function isBylineLine(text: string): boolean {
  return text.length <= MAX_BYLINE_LINE && BYLINE_LINE.test(text) && !/[.!?]$/.test(text);
}

/** A byline or a dated info line: what the head of a story says about it, not a kicker or a standfirst. */
export function isInfoLine(text: string): boolean {
  return isBylineLine(text) || isDatedInfoLine(text);
}

/** A line of nothing but labelled metadata naming a date or the writer (`發表時間： 14/03/2023 - 17:05`, `更新時間：…`, `文：羅子晴（…）` on a Chinese page; an English `Author:` there heads an item of a list). */
function isLabelledInfoLine(text: string, underStandfirst: boolean): boolean {
  const line = readLabelLine(text);
  // A writer's credit counts only right under the standfirst: further down it closes a story (`文：眉间尺`).
  return Boolean(line?.pure && line.labelled && (line.hits.date || line.hits.modified || (underStandfirst && line.hits.authors.length > 0 && hasHan(text))));
}

/** Kana: on a Japanese page a line of kanji alone (`受付中`) is a word, not a name. */
const JAPANESE_KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;
/** A name line counts only right under the headline: among the first lines of the head, next to the info line. */
const NAME_LINE_SCAN = 2;

/** A line of nothing but Chinese personal names: the writers, printed without a label. */
function isNameLine(text: string): boolean {
  const line = text.trim();
  return HAN_NAMES.test(line) && !line.split(/[\s、]+/u).some((name) => SECTION_ENDING.test(name));
}

/** A short line without sentence punctuation above the first paragraph: a role or section label. */
const MAX_LABEL_WORDS = 6;

function isKicker(text: string): boolean {
  // A line opening with a bracketed tag (【证券时报网】…) is a lead sentence, not a kicker.
  return !/^[【\[]/.test(text) && isChineseText(text) && text.length <= MAX_KICKER_LENGTH && !PROSE_PUNCTUATION.test(text) && !/[:：]$/.test(text);
}

function isShortLabel(text: string): boolean {
  // A comma marks a dateline (`BAAR, SWITZERLAND`), which belongs to the story.
  return text.split(/\s+/).length <= MAX_LABEL_WORDS && !/[.!?;:。！？]["”’)]?$/.test(text) && !text.includes(',');
}

/** The cleaned body, its subtitle and whether furniture was cut. */
export interface CleanHead {
  /** The body from its first paragraph of prose on. */
  work: WorkBlock[];
  /** Kicker lines and the standfirst, in order. */
  subtitle: string[];
  /** Whether furniture was dropped. */
  trailerRemoved: boolean;
}

/**
 * Cleans the first HEAD_SCAN lines of `body` (blocks after the headline); fields found go into
 * `lifted`. When nothing but short lines is left, they are the body after all.
 */
export function cleanBodyHead(body: readonly WorkBlock[], lifted: Lifted): CleanHead {
  const work = body;
  let trailerRemoved = false;
  const subtitle: string[] = [];

  // Head: label lines and kickers before the first paragraph of prose.
  const head: WorkBlock[] = [];
  let headDone = false;
  let firstParagraph = -1;
  for (let i = 0; i < work.length; i += 1) {
    const item = work[i]!;
    // A labelled info line under the standfirst (`發表時間：…`): the standfirst opened the body, but the line is no story.
    if (headDone && i < HEAD_SCAN && item.block.kind !== 'image' && isLabelledInfoLine(item.text, i === firstParagraph + 1)) {
      liftLine(item.text, undefined, lifted);
      continue;
    }
    // So is the info line and byline right under it (`4 marzo 2021 (modifica il 5 marzo 2021 | 08:12)`, `di Giulia Benassi`).
    if (headDone && firstParagraph >= 0 && i <= firstParagraph + INFO_LINES_UNDER_STANDFIRST && item.block.kind !== 'image' && isInfoLine(item.text)) continue;
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
    if (item.text.length <= MAX_OPENING_UPDATE_NOTE && OPENING_UPDATE_NOTE.test(item.text.trim())) continue;
    // `摘要` alone over the summary box: the summary is the story's standfirst, not its text.
    if (SUMMARY_HEADING.test(item.text.trim()) && i + 1 < work.length && subtitle.length === 0) {
      subtitle.push(work[i + 1]!.text);
      i += 1;
      continue;
    }
    if (SUMMARY_LEAD.test(item.text.trim()) && subtitle.length === 0) {
      subtitle.push(item.text.trim().replace(SUMMARY_LEAD, ''));
      continue;
    }
    if (POINTS_BOX_HEADING.test(item.text.trim()) && work[i + 1]?.block.kind === 'item') {
      while (work[i + 1]?.block.kind === 'item') i += 1;
      continue;
    }
    if (SUMMARY_BOX_HEADING.test(item.text.trim())) {
      headDone = true;
      firstParagraph = i + 1;
      continue;
    }
    // A credit alone in brackets above the body (`【文/观察者网专栏作者 王文】`).
    if (STANDALONE_NOTE.test(item.text.trim())) {
      const credits = readBracketedCredits(item.text);
      if (credits) {
        liftCredits(credits, lifted);
        continue;
      }
    }
    if (item.block.kind === 'caption' || PHOTO_CREDIT.test(item.text) || NOTE_MARK.test(item.text)) continue;
    // A picture's caption set as a paragraph (`▲6月3日晚，…。图/IC photo`) stays, and the head goes on.
    if (CAPTION_PARAGRAPH.test(item.text.trim())) {
      head.push(item);
      continue;
    }
    if (isBylineLine(item.text) || (item.text.length <= MAX_NAME_AND_ROLE && item.text.includes(', ') && NAME_AND_ROLE.test(item.text.trim()))) continue;
    // The writer's name alone, already read from the byline box (a self-media account), is no kicker.
    if (lifted.authors.includes(item.text.trim())) continue;
    if (subtitle.length === 0 && item.block.kind !== 'heading' && item.block.kind !== 'item' && item.block.path.slice(0, 3).some((element) => DEK_CLASS.test(classAndId(element)))) {
      subtitle.push(item.text);
      continue;
    }
    if (!isChineseText(item.text) && item.block.kind !== 'heading' && isShortLabel(item.text)) continue;
    if (item.block.kind !== 'heading' && isDatedInfoLine(item.text)) continue;
    // Not a heading: a headline of a few characters (a poem's) has a name's shape.
    if (i < NAME_LINE_SCAN && item.block.kind !== 'heading' && isNameLine(item.text) && !JAPANESE_KANA.test(work.slice(0, HEAD_SCAN).map((next) => next.text).join(''))) {
      pushUnique(lifted.closingNames, item.text.trim().split(/[\s、]+/u));
      continue;
    }
    if (subtitle.length < MAX_KICKER_LINES && isKicker(item.text) && work.slice(i + 1, i + 1 + MAX_KICKER_LINES - subtitle.length + 1).some((next) => isProse(next.text))) {
      subtitle.push(item.text);
      continue;
    }
    headDone = true;
    firstParagraph = i;
    head.push(item);
  }
  let result = head;
  if (subtitle.length > 0 && result.length === 0) {
    // Nothing but short lines: they were the body after all.
    result = subtitle.map((text) => ({ block: body[0]!.block, text }));
    subtitle.length = 0;
  }
  return { work: result, subtitle, trailerRemoved };
}
