/**
 * Lines of the body while it is cleaned, and what kind of line each is: prose, Chinese text, a
 * paragraph of the story proper, a note in brackets, the story's original title.
 */
import { countHan } from '../text/cjk';
import type { Block } from './blocks';
import type { BracketedCredits } from './labels';
import { pushUnique, type Lifted } from './lifted-fields';

/** Sentence-ending and clause punctuation; kickers carry none. */
export const PROSE_PUNCTUATION = /[。！？，；,;!?]|\.\s|\.$/u;

/** The end of a sentence: a full stop, question or exclamation mark, perhaps inside a closing quote or bracket. */
export const SENTENCE_END = /[.!?。！？]["”’)]?$/u;

/** `原标题：…`, `本文原标题：《…》`, `（原题为《…》）`: the title the story had elsewhere. */
export const ORIGINAL_TITLE = /^[（(]?(?:本文)?原(?:标题|標題|题|題)(?:为|為|是)?[:：《]/u;

/** A note alone in brackets on its own line: a credit, the original title, an end marker. */
export const STANDALONE_NOTE = /^[（(【]([^（）()【】]{1,60})[）)】]$/u;

/** Chinese personal names without a label, two to four Han characters each, spaced apart (`胡平`, `赵延东、风笑天`, `常书香 马丹阳`). */
export const HAN_NAMES = /^\p{sc=Han}{2,4}(?:[\s、]+\p{sc=Han}{2,4}){0,4}$/u;

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
}
