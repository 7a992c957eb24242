/**
 * Extractive summaries: a few whole sentences of the article, in its own language and script,
 * in article order. The pieces live in summarize/: sentence splitting (sentences.ts), which
 * sentences may be chosen (candidates.ts), how fit a sentence is apart from its content
 * (quality.ts), comparison terms (terms.ts), similarity (similarity.ts) and ranking (rank.ts).
 * Pure and dependency-free: it runs in workerd, in the browser and in Node alike.
 * Measured by `npm run bench:summary` (ROUGE against Lead-3 and TextRank, CPU time).
 */
import { classifySentences, type Candidate, type TextSize } from './summarize/candidates';
import { RANK_WEIGHTS, rankSentences, type RankInput } from './summarize/rank';
import { sentenceQuality } from './summarize/quality';
import { splitSentences } from './summarize/sentences';

export interface SummarizeOptions {
  /**
   * BCP 47 language of the text (`zh-Hans`, `en`, …). A hint only: the text's own script decides
   * how it is split and compared, so a mislabelled article still gets a summary in its language.
   */
  lang?: string;
  /** How many sentences to return (default 3; values below 1 count as 1). */
  sentences?: number;
  /**
   * The headline, if known: sentences that say what it says rank higher, and the headline itself
   * repeated in the body is left out.
   */
  title?: string;
}

/** How a summary was made. */
export type SummaryMethod =
  /** Nothing to summarise: empty text, or only labels, bylines and boilerplate. */
  | 'none'
  /** The text has no more candidate sentences than asked for: all of them, as they are. */
  | 'all-sentences'
  /** Ranked by position, directed centrality, likeness to the headline and MMR redundancy removal (summarize/rank.ts). */
  | 'position+centrality+mmr';

export interface Summary {
  /** Whole sentences of the text, unchanged, in article order. */
  sentences: string[];
  method: SummaryMethod;
}

/**
 * Version of the summaries' content: bumped whenever the same text would get different
 * sentences, so that caches of summaries (the Worker's, per article version) can be keyed on it.
 */
export const SUMMARIZER_VERSION = '1';

/** Default number of summary sentences. */
export const DEFAULT_SUMMARY_SENTENCES = 3;

/**
 * Only the first sentences of a text are classified and ranked: news puts its point first, the
 * ranker looks at no more than MAX_RANKED candidates anyway, and a pasted book or a page of
 * thousands of lines must still be summarised in a few milliseconds.
 */
const MAX_CONSIDERED_SENTENCES = 400;

/** Roles that can stand in a summary when the text has no ordinary body sentence at all. */
const FALLBACK_ROLES = new Set(['heading', 'fragment', 'foreign']);

/** Length in comparable units: two Chinese or Japanese characters carry about what one English word does. */
function comparableLength({ unspaced, words }: TextSize): number {
  return unspaced > 0 ? unspaced / 2 + Math.max(0, words - 1) : words;
}

function sentenceCount(requested: number | undefined): number {
  if (requested === undefined || !Number.isFinite(requested)) return DEFAULT_SUMMARY_SENTENCES;
  return Math.max(1, Math.floor(requested));
}

/**
 * Summarises `text` in `sentences` whole sentences of its own (default 3), in article order,
 * leaving out datelines, bylines, label lines, captions and boilerplate. A text with no more
 * sentences than asked comes back whole (method `all-sentences`); an empty text, or one made
 * only of labels and boilerplate, gives `{ sentences: [], method: 'none' }`. Never throws.
 */
export function summarize(text: string, options: SummarizeOptions = {}): Summary {
  const k = sentenceCount(options.sentences);
  const sentences = splitSentences(typeof text === 'string' ? text : '', MAX_CONSIDERED_SENTENCES);
  const title = typeof options.title === 'string' ? options.title : '';
  const all = classifySentences(sentences, title);
  let candidates: Candidate[] = all.filter((c) => c.role === 'body');
  if (candidates.length === 0) candidates = all.filter((c) => FALLBACK_ROLES.has(c.role));
  if (candidates.length === 0) return { sentences: [], method: 'none' };
  if (candidates.length <= k) return { sentences: candidates.map((c) => c.text), method: 'all-sentences' };
  const inputs: RankInput[] = candidates.map((c) => ({
    text: c.text,
    length: comparableLength(c.size),
    quality: sentenceQuality(c.text),
  }));
  const chosen = rankSentences(inputs, k, RANK_WEIGHTS, title);
  return { sentences: chosen.map((i) => candidates[i]!.text), method: 'position+centrality+mmr' };
}
