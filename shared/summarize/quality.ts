/**
 * How fit a candidate sentence is to stand in a summary, apart from what it says: questions,
 * exclamatory hooks and lone quotations open stories well but summarise them badly, and captions
 * that lost their punctuation run into the sentence after them on many sites ("… (pictured) He
 * said …"). Each trait is a named entry with the factor it multiplies the score by.
 */

interface QualityRule {
  name: string;
  /** Whether the sentence shows the trait. */
  test: (text: string) => boolean;
  /** Factor applied to the sentence's score when it does (0–1). */
  factor: number;
}

const ENDS_WITH_QUESTION = /[？?][”’」』"')）]*$/u;
const ENDS_WITH_EXCLAMATION = /[！!][”’」』"')）]*$/u;
/** A sentence that is one quotation: “……。” / "…" — a speaker's words without the news around them. */
const WHOLE_QUOTATION = /^[“"「『‘'][^“"「『]*[”"」』’']$/u;
/** Caption markers followed by a capital: the caption ended there and the text ran on. */
const RUN_IN_CAPTION =
  /\((?:pictured|pictured [^)]{1,40}|stock (?:photo|image|picture)|file (?:photo|picture)|left|right|centre|center|above|below|top|bottom|inset|l|r)\)\s+[A-Z‘'“"]/u;
/** Words that mostly belong to photo captions in news copy. */
const CAPTION_WORDS = /\b(?:pictured|photographed|stock (?:photo|image)|file photo)\b/i; // ASCII: no `u` (faster)

export const QUALITY_RULES: readonly QualityRule[] = [
  { name: 'question', test: (t) => ENDS_WITH_QUESTION.test(t), factor: 0.6 },
  // Short exclamations are slogans and hooks (搭地铁去坐邮轮玩转东南亚！); long ones are news.
  { name: 'exclamatory-hook', test: (t) => ENDS_WITH_EXCLAMATION.test(t) && [...t].length < 40, factor: 0.6 },
  { name: 'whole-quotation', test: (t) => WHOLE_QUOTATION.test(t), factor: 0.7 },
  { name: 'run-in-caption', test: (t) => RUN_IN_CAPTION.test(t), factor: 0.5 },
  { name: 'caption-words', test: (t) => CAPTION_WORDS.test(t), factor: 0.85 },
];

/** Product of the factors of the traits `text` shows (1 for an ordinary sentence). */
export function sentenceQuality(text: string): number {
  let q = 1;
  for (const rule of QUALITY_RULES) if (rule.test(text)) q *= rule.factor;
  return q;
}
