export interface SummarizeOptions {
  /** BCP 47 language of the text (`zh-Hans`, `en`, …). */
  lang?: string;
  /** How many sentences to return (default 3). */
  sentences?: number;
}

export interface Summary {
  sentences: string[];
  method: string;
}

/**
 * Extractive summary: whole sentences of `text`, in article order.
 * (Skeleton placeholder: replaced by the real summariser.)
 */
export function summarize(text: string, { sentences = 3 }: SummarizeOptions = {}): Summary {
  const parts = text.split(/(?<=[。！？.!?])\s*/u).map((s) => s.trim()).filter(Boolean);
  return { sentences: parts.slice(0, sentences), method: 'lead' };
}
