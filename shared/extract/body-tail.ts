/**
 * The tail of the body: trailer headings (为你推荐, Related articles) cut what follows them, a
 * closing label (责任编辑：…) ends a Chinese story, and the last lines lose labels, counters,
 * notes in brackets and site notes styled unlike the story's paragraphs. Credits found there go
 * into the lifted fields.
 */
import { CORRESPONDENT_SIGN_OFF, isLinkBoxHeading, isTrailerHeading, trailerKind } from '../clean/trailers';
import { hasHan } from '../text/cjk';
import { withTraditional } from '../text/han-pairs';
import { isNewsAgency } from './byline';
import { PLACE_TIME, sameDay } from './dates';
import { HAN_NAMES, NOTE_MARK, ORIGINAL_TITLE, SECTION_ENDING, STANDALONE_NOTE, isStoryParagraph, liftCredits, type WorkBlock } from './body-lines';
import { isOutletName, POSTED_BY, readBracketedCredits, readLabelLine } from './labels';
import { liftLine, pushUnique, type Lifted } from './lifted-fields';
import { classAttribute } from './dom';

/**
 * A note in brackets closing the body: `（张巨峰）`, `（原题为《…》）`, `（完）`, `(BBC)`. Wire
 * services may add a compact date code after it (`（編輯：陳俊華）1120505`, year 112 of Taiwan's
 * era, 5 May): it goes with the note.
 */
const CLOSING_NOTE = /(?<=[。！？!?.…”"』」])\s*[（(【]([^（）()【】]{1,40})[）)】]\s*(?:\d{6,8})?\s*$/u;

/** Kana: the text is Japanese. */
const JAPANESE_KANA = /[\p{sc=Hiragana}\p{sc=Katakana}]/u;

/** `Copyright 2021 Aspen Public Radio. To see more, visit Aspen Public Radio.`: the outlet that holds the story's copyright. */
const SYNDICATION_COPYRIGHT = /^copyright\s+(?:©\s*)?\d{4}\s+([^.]{2,60})\.\s+to see more, visit\b/iu;
/** A time of day in a named place's time alone on a line (`香港時間17時20分`, `北京时间 10:05`). */
const ZONED_CLOCK_LINE = new RegExp(String.raw`^${PLACE_TIME}\s*(\d{1,2})\s*[時时:：]\s*(\d{2})\s*分?$`, 'u');
/**
 * An end mark in capitals alone on a line, perhaps between dashes (`- END -`, `—END—`; `The End` may head a
 * section), or a press release's (`###`, `-30-`): the boilerplate about the issuer follows it.
 */
const DASHED_END_MARK = /^(?:[-—–_=\s]*END[-—–_=\s]*|#\s?#\s?#|[-—–]\s?30\s?[-—–])$/u;
/** A reprint's credit to the outlet it was first published by (`本文經授權轉載自上下游News&Market（原標題：…）`, `本文經《換日線》授權轉載`), or the platform a writer's original was published on (`本文由 @青柠 原创发布于人人都是产品经理`). */
const REPRINTED_FROM = /^[＊*※]?\s*本文(?:經|经)?(?:授權|授权)?(?:轉載|转载)自\s*[《「]?([^（(，,。\s》」]{2,30})|^[＊*※]?\s*本文(?:經|经)《([^》]{2,20})》(?:授權|授权)(?:轉載|转载)|^本文由\s*@?[^\s，,]{1,20}\s*原创发布于([^，,。\s]{2,20})/u;
/** A site's note that the story is its own work, asking reprints to credit it (`本文属于原创文章，如若转载，请注明来源：…`). */
const ORIGINAL_WORK_NOTE = /^本文(?:属于|屬於|为|為|系)原创(?:文章)?[，,]\s*如(?:若|需|要)?(?:转载|轉載)/u;
/** A paper's credit closing its story with a word of reporting (`（星島日報報道）`): the word, after the paper's name. */
const OUTLET_REPORTED = /(?<=[\p{sc=Han}])(?:報道|报道|報導|报导)$/u;
/** Lines after an end mark read for the story's credits, and the longest such line. */
const CREDITS_AFTER_END = 8;
const MAX_CREDIT_AFTER_END = 40;
/** Markers that end a story: `（完）`, `-END-`. */
const END_MARKER = /^(?:完|END|end|全文完|-?\s*完\s*-?)$/u;

/** An end marker alone on a line, perhaps between dashes: `- END -`, `—— 完 ——`, `-End-`. */
const END_LINE = /^[-—–=_~·\s]*(?:END|End|end|完|全文完)[-—–=_~·\s]*$/u;

/**
 * The signature (落款) closing a notice or a letter: the issuing body alone on a line, then the
 * day it was signed (`吉林省人民政府` / `2022年1月27日`). Both belong to the document, so the
 * date line is not lifted as a label line.
 */
const SIGNATORY_LINE = /^[\p{sc=Han}（）()·]{2,30}(?:政府|委员会|办公室|办公厅|局|厅|委|办|部|院|会|中心|公司|集团|处|所|学校|大学)$/u;
const SIGNATURE_DATE = /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

function endsWithSignature(work: readonly WorkBlock[]): boolean {
  const lines = work.filter((item) => item.block.kind !== 'image');
  const date = lines[lines.length - 1]?.text.trim() ?? '';
  const signatory = lines[lines.length - 2]?.text.trim() ?? '';
  return SIGNATURE_DATE.test(date) && SIGNATORY_LINE.test(signatory);
}

/** How many lines a run of editor credits (编辑 / 责编 / 校对) spans. */
export const EDITOR_RUN = 4;

/** A closing label line (责任编辑：…) only cuts the rest once this share of the body lies before it. */
const CLOSING_LABEL_MIN_POSITION = 0.5;

/** Past this share of the body a trailer heading cuts everything after it. */
const TRAILER_TAIL_POSITION = 0.7;

/** A trailer heading only cuts the rest of the body once this share of the body lies before it. */
const TRAILER_HEADING_MIN_POSITION = 0.3;

/** The body's paragraphs share one class; a closing paragraph of another class is a site note. */
const MIN_STYLED_PARAGRAPHS = 5;
const MIN_DOMINANT_SHARE = 0.7;
const MAX_STYLED_OUTLIERS = 2;

function paragraphStyle(item: WorkBlock): string | null {
  const owner = item.block.path[0];
  if (!owner || item.block.kind !== 'text' || owner.localName?.toLowerCase() !== 'p') return null;
  return classAttribute(owner) ?? '';
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

/** A label naming the editor or the writer (`责任编辑：`, `【記者|`, `编辑 张莉 责任编辑 魏孔明`) opening a line. */
const CLOSING_LABEL = new RegExp(String.raw`^[【（(\[]?\s*(?:${withTraditional('责任编辑|责编|编辑|作者|采写|撰文|文|记者')})(?:\s*[:：|｜]|\s+(?=[\p{sc=Han}·]{2,4}(?:\s|$)))`, 'u');

/** A pure label line naming the editor or the writer, or a post's credit line: the end of a Chinese story's text. */
function isClosingLabel(text: string): boolean {
  // Both shapes are worded in Chinese.
  if (!hasHan(text)) return false;
  if (POSTED_BY.test(text.trim())) return true;
  if (!CLOSING_LABEL.test(text.trim())) return false;
  const line = readLabelLine(text);
  return Boolean(line?.pure || line?.pendingField);
}

/** The element holding the last paragraph of the story before `position`. */
function storyParentBefore(work: readonly WorkBlock[], position: number): Element | undefined {
  return work.slice(0, position).findLast(isStoryParagraph)?.block.path[1];
}

/**
 * Whether the trailer heading at `position` heads a box set into the text ("More on remote
 * work" floated between two paragraphs): the story's paragraphs before and after it share a
 * parent element that the heading is not a child of.
 */
function headsInsetBox(work: readonly WorkBlock[], position: number): boolean {
  const parent = storyParentBefore(work, position);
  const after = work.slice(position + 1).find(isStoryParagraph);
  return parent !== undefined && after?.block.path[1] === parent && work[position]!.block.path[1] !== parent;
}

/**
 * Whether the story goes on after the box a heading at `position` opens, in the element that
 * holds the paragraphs before it (`<p>Read more:</p><ul>…</ul>` between two paragraphs of one
 * container): the box is set into the text, not the tail.
 */
function storyResumes(work: readonly WorkBlock[], position: number): boolean {
  const parent = storyParentBefore(work, position);
  return parent !== undefined && work.slice(position + 1).some((item) => isStoryParagraph(item) && item.block.path[1] === parent);
}

/** The cleaned body and whether anything was cut. */
export interface CleanTail {
  work: WorkBlock[];
  /** Whether furniture or a trailer was dropped. */
  trailerRemoved: boolean;
}

/** An office (a sub-district, a bureau, a school) and a writer's name, spaced apart, closing a story in brackets. */
const OFFICE_AND_WRITER = /^\p{sc=Han}{2,16}(?:街道|社区|社區|镇|鎮|乡|鄉|局|委|办|辦|中心|站|所|院|部|队|隊|公司|学校|學校|大学|大學|医院|醫院)\s+(\p{sc=Han}{2,3})$/u;

/** A Chinese column's closing signature: the writer, then a role in brackets (`唐晓舟（教育学者）`, `李明（北京大学教授）`). */
const COLUMN_SIGNATURE = /^(\p{sc=Han}{2,4})[（(][^（）()]{0,12}(?:学者|學者|教授|研究员|研究員|评论员|評論員|律师|律師|作家|媒体人|媒體人|教师|教師|校长|校長|医生|醫生|博士|专家|專家|经济学家|經濟學家|分析师|分析師|工程师|工程師)[）)]$/u;

/** How much longer than the site's name its sign-off line may be (`Vanguard News Nigeria` after `Vanguard News`). */
const MAX_SIGN_OFF_EXTRA = 20;

/**
 * The site's name as a closing tagline (`Vanguard News Nigeria`, `— The Daily Courier`): no
 * sentence, just the name with a word or two of its own.
 */
function isSiteSignOff(line: string, siteName: string): boolean {
  const text = line.replace(/^[-—–\s]+/u, '');
  const name = siteName.trim();
  return name.length >= 3 && text.length <= name.length + MAX_SIGN_OFF_EXTRA && !/[.!?。！？]$/u.test(text) && text.toLowerCase().startsWith(name.toLowerCase());
}

/** Cuts trailers and cleans the end of `body`; fields found go into `lifted`; `siteName` is the site's own name, when known. */
export function cleanBodyTail(body: WorkBlock[], lifted: Lifted, siteName?: string): CleanTail {
  let work = body;
  let trailerRemoved = false;
  // Trailer headings (为你推荐, Related articles) cut the rest; furniture lines go anywhere.
  const bodyWeight = work.reduce((sum, item) => sum + item.block.weight, 0);
  let seenWeight = 0;
  const kept: WorkBlock[] = [];
  for (let position = 0; position < work.length; position += 1) {
    const item = work[position]!;
    // Early in the story, a heading over a box of links (`Read More` over a teaser): the heading
    // goes, the text after it stays.
    if (item.block.kind === 'heading' && seenWeight < bodyWeight * TRAILER_HEADING_MIN_POSITION && isLinkBoxHeading(item.text)) {
      trailerRemoved = true;
      continue;
    }
    if (item.block.kind !== 'image' && isTrailerHeading(item.text) && seenWeight >= bodyWeight * TRAILER_HEADING_MIN_POSITION) {
      trailerRemoved = true;
      // Near the end it opens the tail: cut, unless it heads a box set into the text. Earlier it
      // is a widget inside the story ("Most read in …"): skip its teasers and carry on at the
      // next paragraph of prose.
      if (seenWeight >= bodyWeight * TRAILER_TAIL_POSITION && !headsInsetBox(work, position) && !(isLinkBoxHeading(item.text) && storyResumes(work, position))) break;
      let next = position + 1;
      while (next < work.length && !isStoryParagraph(work[next]!)) next += 1;
      position = next - 1;
      continue;
    }
    // An end mark on a line of its own (`- END -`) past the middle closes the story: what follows
    // (a company's box, a post's recommendations) is the account's.
    // (The credit lines after it, `撰稿：王磊 | 摄影：陈一鸣`, still credit the story.)
    if (item.block.kind !== 'image' && seenWeight >= bodyWeight * CLOSING_LABEL_MIN_POSITION && DASHED_END_MARK.test(item.text.trim())) {
      for (const next of work.slice(position + 1, position + 1 + CREDITS_AFTER_END)) {
        if (next.block.kind !== 'image' && next.text.length <= MAX_CREDIT_AFTER_END) liftLine(next.text, undefined, lifted);
      }
      if (work.slice(position + 1).some((next) => next.block.kind !== 'image')) trailerRemoved = true;
      break;
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
  let pendingClock: { hour: number; minute: number } | undefined;
  while (work.length > 0) {
    const last = work[work.length - 1]!;
    // An image or a heading closing the body introduces nothing that follows.
    if (last.block.kind === 'image' || last.block.kind === 'heading') {
      work.pop();
      continue;
    }
    if (endsWithSignature(work)) break;
    // A press release's time on a line of its own under its day (`2018年5月22日（星期二）` /
    // `香港時間17時20分`): the time completes the day read next.
    const clock = ZONED_CLOCK_LINE.exec(last.text.trim());
    if (clock) {
      pendingClock = { hour: Number(clock[1]), minute: Number(clock[2]) };
      work.pop();
      continue;
    }
    // A reprint note (`＊本文經授權轉載自上下游News&Market`, `本文属于原创文章，如若转载，请注明来源：…`)
    // names where a reprinted story came from, never a source in its labels.
    const reprint = REPRINTED_FROM.exec(last.text.trim());
    if (reprint || ORIGINAL_WORK_NOTE.test(last.text.trim())) {
      lifted.source ??= reprint?.[1] ?? reprint?.[2] ?? reprint?.[3];
      trailerRemoved = true;
      work.pop();
      continue;
    }
    const label = liftLine(last.text, undefined, lifted);
    if (label?.pure) {
      const day = pendingClock ? readLabelLine(last.text)?.hits.date : undefined;
      if (day && lifted.date && lifted.date.hour === undefined && day.hour === undefined && sameDay(day, lifted.date)) lifted.date = { ...lifted.date, ...pendingClock, second: 0 };
      pendingClock = undefined;
      work.pop();
      continue;
    }
    pendingClock = undefined;
    // A wire story's agency alone on its last line (`EFE`) names where the story came from.
    // (Between slashes too, as Danish papers sign off Ritzau's copy: `/ritzau/`.)
    // (After a dash too: `– Bernama`.)
    const agencyLine = last.text.trim().replace(/^\/\s*(.+?)\s*\/$/u, '$1').replace(/^[-–—]\s*/u, '');
    if (isNewsAgency(agencyLine)) {
      lifted.source ??= agencyLine;
      work.pop();
      continue;
    }
    // A correspondent's sign-off (`Yves Le Bihan (correspondant Ouest-France)`), and a Chinese
    // column's signature with the writer's role (`唐晓舟（教育学者）`), name the writer.
    const signOff = CORRESPONDENT_SIGN_OFF.exec(last.text.trim()) ?? COLUMN_SIGNATURE.exec(last.text.trim());
    if (signOff) {
      pushUnique(lifted.closingNames, [signOff[1]!]);
      trailerRemoved = true;
      work.pop();
      continue;
    }
    if (trailerKind(last.text, true) || isTrailerHeading(last.text) || (siteName && isSiteSignOff(last.text.trim(), siteName))) {
      // A public-radio network's syndication line (`Copyright 2021 Aspen Public Radio. To see more,
      // visit …`) names the station the story came from.
      lifted.source ??= SYNDICATION_COPYRIGHT.exec(last.text.trim())?.[1]?.trim();
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
    // A conversion (`($1 = 9.1910 Norwegian crowns)`) closing a wire story is its copy, not a note.
    if (note !== undefined && !/[，,。；;=]/.test(note)) {
      const credits = readBracketedCredits((standalone ?? closing)![0].trim());
      if (credits) {
        liftCredits(credits, lifted);
      } else if (isNewsAgency(note) || (standalone && hasHan(note) && isOutletName(note)) || isOutletName(note.replace(OUTLET_REPORTED, ''))) {
        // A wire service's sign-off (`（马新社）`, `(AFP)`), a paper's own closing its story on a line
        // of its own (`（香港經濟日報）`) or with a word of reporting (`（星島日報報道）`), names where
        // the story came from.
        lifted.source ??= note.replace(OUTLET_REPORTED, '');
      } else if (HAN_NAMES.test(note)) {
        const names = note.split(/[\s、]+/u);
        if (!names.some((name) => SECTION_ENDING.test(name) || END_MARKER.test(name))) pushUnique(lifted.closingNames, names);
      } else {
        // `（曹杨新村街道 沈佳怡）`: the office that sent the story in, then its writer.
        const sender = OFFICE_AND_WRITER.exec(note);
        if (sender && !SECTION_ENDING.test(sender[1]!)) pushUnique(lifted.closingNames, [sender[1]!]);
      }
      // Other notes (a department, a wire service, the original title, 完) leave the body too.
      if (standalone) work.pop();
      else last.text = last.text.slice(0, closing!.index).trimEnd();
      continue;
    }
    // The story's original title, an end marker, a closing ※ note of a Chinese page (the site's:
    // `※提醒您：投資有風險`; Japanese text uses the mark for its own notes), or a lone label whose
    // value sat on the following (already removed) line.
    const lastLine = last.text.trim();
    if (ORIGINAL_TITLE.test(last.text) || END_LINE.test(lastLine) || (NOTE_MARK.test(lastLine) && !JAPANESE_KANA.test(last.text)) || /^[\p{L}\s]{1,8}[:：]$/u.test(lastLine)) {
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
    liftCredits(credits, lifted);
    if (item === textual[textual.length - 1] || item === textual[textual.length - 2]) item.text = credits.textWithoutTrailingCredit;
  }
  work = work.filter((item) => item.block.kind === 'image' || item.text.trim().length > 0);
  return { work, trailerRemoved };
}
