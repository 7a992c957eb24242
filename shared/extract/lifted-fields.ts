/**
 * Fields lifted out of label lines (来源：, 责任编辑：, By …) and byline elements as the body is
 * cleaned: the lines leave the text, their values become the article's authors, editors,
 * source, dates and keywords.
 */
import { trailerKind } from '../clean/trailers';
import type { Block } from './blocks';
import { PROSE_PUNCTUATION } from './body-lines';
import type { DateValue } from './dates';
import { namesPictures, wholeWords } from './class-hints';
import { isPlausibleName, stripBylinePrefix } from './byline';
import { classAndId } from './dom';
import { readLabelLine, splitNames, type LabelField } from './labels';

/** What the label lines of a page said. */
export interface Lifted {
  authors: string[];
  /** Names printed without a label, in a closing bracket (`…。（张巨峰）`) or on a line under the headline: the writers when no label names one. */
  closingNames: string[];
  editors: string[];
  source?: string;
  date?: DateValue;
  modified?: DateValue;
  keywords: string[];
}

/** Appends the trimmed values that are not in `list` yet. */
export function pushUnique(list: string[], values: readonly string[]): void {
  for (const value of values) {
    const trimmed = value.trim();
    if (trimmed && !list.includes(trimmed)) list.push(trimmed);
  }
}

/** Lifts the fields of a label line into `lifted`; a pending label takes the next line's text. */
export function liftLine(text: string, next: string | undefined, lifted: Lifted): { pure: boolean; consumedNext: boolean } | null {
  const line = readLabelLine(text);
  if (!line) return null;
  let consumedNext = false;
  if (line.found) {
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

function namesOrWhole(value: string): string[] {
  const names = splitNames(value);
  return names.length > 0 ? names : [value];
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
    // `机械学院 刘畅` splits into names; a handle that splitNames rejects (`delta201`) stays whole.
    case 'author':
      pushUnique(lifted.authors, namesOrWhole(value));
      break;
    case 'editor':
      pushUnique(lifted.editors, namesOrWhole(value));
      break;
    case 'keywords':
      pushUnique(lifted.keywords, value.split(/[\s,，、]+/));
      break;
    default:
      return false;
  }
  return true;
}

/**
 * Class names of elements holding the byline or the originating outlet near the headline.
 * Compound names (`author-name`, `article-source`) match through the separators around the word.
 */
const AUTHOR_CLASS = new RegExp(wholeWords('author|authors|byline|writer|zuozhe|authorname|auth|reporter|pgc-name|user-name|account-name|media-name|wemedia-name'));
const SOURCE_CLASS = new RegExp(wholeWords('source|laiyuan'));

/** A picture's source element (`<p class="img-source">图片来源@视觉中国</p>`) credits the picture, not the story. */
const PICTURE_SOURCE = /(?:^|[\s_-])(?:img|image|pic|photo)[-_]?source\b/i;
const PICTURE_SOURCE_LABEL = /^(?:图片|圖片|题图|題圖|封面|配图|配圖)(?:来源|來源)/u;

/** A byline element's text longer than this is not a name. */
const MAX_BYLINE_LENGTH = 30;

/** A one-word label before a value in a source element, in any language (`Źródło: PAP`, `المصدر: …`). */
const WORD_LABEL = /^\p{L}{2,12}\s*[:：]\s*(?=\S)/u;

/**
 * A short unlabelled line in a byline or source element near the headline: its text is the field.
 * A line that ends in a colon is the label of the next element's value (`<dt>Źródło:</dt><dd>PAP</dd>`).
 */
export function liftBylineElement(block: Block, value: string, lifted: Lifted, sourceOnly = false, authorOnly = false): void {
  const text = value.trim();
  if (!text || text.length > MAX_BYLINE_LENGTH || PROSE_PUNCTUATION.test(text) || /\d{2}/.test(text) || /[:：]$/.test(text)) return;
  const names = block.path.slice(0, 3).map(classAndId).join(' ');
  // An author or source element in a slider or a gallery credits its pictures (`Снимка: Getty Images/Guliver`).
  if (namesPictures(names) || PICTURE_SOURCE.test(names) || PICTURE_SOURCE_LABEL.test(text)) return;
  if (!authorOnly && !lifted.source && SOURCE_CLASS.test(names)) {
    lifted.source = text.replace(WORD_LABEL, '');
  } else if (sourceOnly && !lifted.source) {
    // `2025年04月19日 21:52 <a class="article-a__source">新浪体育</a> 评论`: the line holds more
    // than the outlet, and the element named as the source is the outlet.
    const inline = sourceElementText(block.path[0]);
    if (inline && text.includes(inline)) lifted.source = inline;
  } else if (!sourceOnly && lifted.authors.length === 0 && AUTHOR_CLASS.test(names)) {
    // Buttons and badges in the element (关注 = follow, 原创 = original) are no names: a later element may hold the name.
    pushUnique(lifted.authors, splitNames(stripBylinePrefix(text)).filter(isPlausibleName));
  }
}

/** The text of an inline element named as the source (`source`, `laiyuan`) inside `line`, when short and free of digits. */
function sourceElementText(line: Element | undefined): string | undefined {
  if (!line) return undefined;
  for (const element of Array.from(line.querySelectorAll('[class], [id]'))) {
    if (!SOURCE_CLASS.test(classAndId(element))) continue;
    const value = (element.textContent ?? '').trim().replace(WORD_LABEL, '');
    if (value && value.length <= MAX_BYLINE_LENGTH && !/\d/.test(value) && !PROSE_PUNCTUATION.test(value)) return value;
  }
  return undefined;
}

/** Nothing lifted yet. */
export function emptyLifted(): Lifted {
  return { authors: [], closingNames: [], editors: [], keywords: [] };
}
