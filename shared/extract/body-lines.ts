/**
 * Lines of the body while it is cleaned, and what kind of line each is: prose, Chinese text, a
 * paragraph of the story proper, a note in brackets, the story's original title.
 */
import { countHan } from '../text/cjk';
import { withTraditional } from '../text/han-pairs';
import type { Block } from './blocks';
import type { BracketedCredits } from './labels';
import { pushUnique, type Lifted } from './lifted-fields';

/** Sentence-ending and clause punctuation; kickers carry none. */
export const PROSE_PUNCTUATION = /[。！？，；,;!?]|\.\s|\.$/u;

/** The end of a sentence: a full stop, question or exclamation mark, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?。！？]["”’)]?$/u;

/** `原标题：…`, `本文原标题：《…》`, `（原题为《…》）`: the title the story had elsewhere. */
/** `※…`: a reader's note (how to use the page's dictionary, a correction notice, `※提醒您：投資有風險`), not the story. */
export const NOTE_MARK = /^※/u;

export const ORIGINAL_TITLE = /^[（(]?(?:本文)?原(?:文)?(?:标题|標題|题|題)(?:为|為|是)?[:：《]/u;

/** A note alone in brackets on its own line: a credit, the original title, an end marker. */
export const STANDALONE_NOTE = /^[（(【]([^（）()【】]{1,60})[）)】]$/u;

/** Chinese personal names without a label, two to four Han characters each, spaced apart (`胡平`, `赵延东、风笑天`, `常书香 马丹阳`). */
export const HAN_NAMES = /^\p{sc=Han}{2,4}(?:[\s、]+\p{sc=Han}{2,4}){0,4}$/u;

/**
 * Endings of section, column, outlet and office names (要闻, 本报评论员, 新华社, 教育厅): a token of a
 * line of names, or a bracketed name closing the story (`（新华社）`), that ends so is no person.
 */
export const SECTION_ENDING = new RegExp(`(?:${withTraditional('新闻|要闻|动态|资讯|快讯|专题|频道|评论|评论员|时评|观察|视点|聚焦|关注|论坛|专栏|社|报|网|台|中心|部|局|委|办|厅|院|会|集团|公司')})$`, 'u');

/** Weight of a paragraph that resumes the story after an inline widget. */
const STORY_PARAGRAPH_WEIGHT = 80;

/** Blocks being cleaned: text may change (pinyin, credits) while the source block stays. */
export interface WorkBlock {
  block: Block;
  text: string;
}

/** Whether at least half of the text's visible characters are Han. */
export function isChineseText(text: string): boolean {
  const han = countHan(text);
  return han > 0 && han >= text.replace(/\s/g, '').length * 0.5;
}

/** A line with sentence or clause punctuation and more than a few words. */
export function isProse(text: string): boolean {
  return PROSE_PUNCTUATION.test(text) && text.length >= 15;
}

/** A paragraph of the story proper: long prose with few links (teasers are short or linked). */
export function isStoryParagraph(item: WorkBlock): boolean {
  const { block } = item;
  return block.kind === 'text' && block.weight >= STORY_PARAGRAPH_WEIGHT && block.linkWeight < block.weight * 0.2 && isProse(item.text);
}

/** Records the names of a bracketed credit found in a body line (`（记者 王成果）`) in `lifted`. */
export function liftCredits(credits: BracketedCredits, lifted: Lifted): void {
  pushUnique(lifted.authors, credits.authors);
  pushUnique(lifted.editors, credits.editors);
  lifted.source ??= credits.source;
}
