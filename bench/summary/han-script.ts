/**
 * Simplified or traditional Chinese? Counted on pairs of very common characters that differ
 * between the two scripts (这/這, 国/國 …): whichever side occurs more decides. For the bench's
 * "summary in the article's script" check only.
 */

/** Common simplified characters, each paired by position with its traditional form below. */
const SIMPLIFIED = '这国会为发时对们来后经过还现进与长开关问东车门见业实体点动电区书记员产议说网报闻们从样么让认种机应当间将义';
const TRADITIONAL = '這國會為發時對們來後經過還現進與長開關問東車門見業實體點動電區書記員產議說網報聞們從樣麼讓認種機應當間將義';

export type HanScript = 'Hans' | 'Hant' | 'neither';

const HANS = new Set<string>();
const HANT = new Set<string>();
for (let i = 0; i < SIMPLIFIED.length; i++) {
  if (SIMPLIFIED[i] !== TRADITIONAL[i]) {
    HANS.add(SIMPLIFIED[i]!);
    HANT.add(TRADITIONAL[i]!);
  }
}

/** Which Chinese script `text` is written in, or `neither` when it shows no telling character. */
export function hanScript(text: string): HanScript {
  let s = 0;
  let t = 0;
  for (const ch of text) {
    if (HANS.has(ch)) s++;
    else if (HANT.has(ch)) t++;
  }
  if (s === t) return 'neither';
  return s > t ? 'Hans' : 'Hant';
}
