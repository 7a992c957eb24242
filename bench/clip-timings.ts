/** What the in-Worker clip benchmark (worker/bench/clip-bench-worker.ts) reports per page, in ms per run. */
export interface ClipTimings {
  bytes: number;
  strippedBytes: number;
  decode: number;
  strip: number;
  extract: number;
  validate: number;
  /** decode + strip + extract + validate: the clip's own work. */
  total: number;
  /** The same extraction without the HTMLRewriter pre-strip. */
  extractUnstripped: number;
  /** Mozilla Readability on the unstripped page (linkedom DOM), for comparison. */
  readability: number;
  found: boolean;
}
