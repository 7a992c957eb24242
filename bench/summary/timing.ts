/**
 * CPU time per call, in milliseconds: all tasks first run a few rounds uncounted (so that the JIT
 * has compiled the code, as it has in a Worker that has served a few requests), then each task
 * runs RUNS times, each run timed on its own (user + system CPU, `process.cpuUsage`, microsecond
 * resolution); a task's time is the median of its runs, so that a garbage collection or a JIT
 * thread landing in one run does not count as the task's cost. Median and p99 are over tasks.
 */
export interface CpuFigures {
  median: number;
  p99: number;
}

const RUNS = 5;
const WARMUP_ROUNDS = 3;

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1);
  return sorted[Math.max(0, i)]!;
}

/** Median and p99 CPU milliseconds of one call of each task. */
export function measureCpu(tasks: Array<() => unknown>): CpuFigures {
  for (let round = 0; round < WARMUP_ROUNDS; round++) for (const task of tasks) task();
  const perTask = tasks.map((task) => {
    const runs: number[] = [];
    for (let r = 0; r < RUNS; r++) {
      const start = process.cpuUsage();
      task();
      const used = process.cpuUsage(start);
      runs.push((used.user + used.system) / 1000);
    }
    return percentile(runs.sort((a, b) => a - b), 0.5);
  });
  perTask.sort((a, b) => a - b);
  return { median: percentile(perTask, 0.5), p99: percentile(perTask, 0.99) };
}
