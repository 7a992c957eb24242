/**
 * The nearest-rank `p`th percentile (0–100) of `values`; NaN when there are none.
 * Benchmarks report p50/p90/p99 with it so that their figures compare.
 */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
