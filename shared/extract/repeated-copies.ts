/**
 * Pages that print their story twice (a desktop and a mobile layout, a print copy, a tab panel
 * that repeats the text) give the same run of paragraphs twice. The later copy goes; single
 * repeated lines (table cells, refrains, a "Read more" button) stay, since a story may repeat
 * them on purpose.
 */
import type { WorkBlock } from './body-lines';

/** Paragraphs shorter than this (characters) never count as evidence of a copy. */
const MIN_COPY_PARAGRAPH = 60;
/** A copy is a run of at least this many long paragraphs that all came before, in order. */
const MIN_COPY_RUN = 3;

/** `work` without later copies of a run of paragraphs already seen. Never empty if `work` is not. */
export function dropRepeatedCopies(work: readonly WorkBlock[]): WorkBlock[] {
  const firstSeen = new Map<string, number>();
  const repeatOf: Array<number | undefined> = [];
  work.forEach((item, position) => {
    const key = item.text.trim();
    if (item.block.kind === 'image' || key.length < MIN_COPY_PARAGRAPH) return;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) firstSeen.set(key, position);
    else repeatOf[position] = earlier;
  });
  const drop = new Set<number>();
  // Walk runs of repeats: long paragraphs that repeat earlier ones in increasing order; short
  // lines and images between them do not break a run.
  let run: number[] = [];
  let lastEarlier = -1;
  const close = (): void => {
    if (run.filter((position) => repeatOf[position] !== undefined).length >= MIN_COPY_RUN) for (const position of run) drop.add(position);
    run = [];
    lastEarlier = -1;
  };
  work.forEach((item, position) => {
    const earlier = repeatOf[position];
    const long = item.block.kind !== 'image' && item.text.trim().length >= MIN_COPY_PARAGRAPH;
    if (earlier !== undefined && earlier > lastEarlier) {
      run.push(position);
      lastEarlier = earlier;
    } else if (long) {
      close();
    } else if (run.length > 0) {
      run.push(position);
    }
  });
  close();
  return drop.size === 0 ? [...work] : work.filter((_, position) => !drop.has(position));
}
