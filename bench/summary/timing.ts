/**
 * CPU time per call, in milliseconds: each task runs a few times (the first run warms the JIT up
 * and is not counted) and its CPU time (user + system, `process.cpuUsage`) is averaged over the
 * counted runs; the median and p99 are taken over tasks.
 */
export interface CpuFigures {
  median: number;
  p99: number;
}

const RUNS = 5;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Median and p99 CPU milliseconds of one call of each task. */
export function measureCpu(tasks: Array<() => unknown>): CpuFigures {
  for (const task of tasks) task();
  const perTask = tasks.map((task) => {
    const start = process.cpuUsage();
    for (let r = 0; r < RUNS; r++) task();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / RUNS;
  });
  perTask.sort((a, b) => a - b);
  return { median: percentile(perTask, 0.5), p99: percentile(perTask, 0.99) };
}
