// The benchmark harness: times a metric over many runs and reports median and p95 (never asserted in tests).
export interface TimingResult {
  median_ms: number;
  p95_ms: number;
  runs: number;
}
export type MetricResult = TimingResult | Record<string, number>;

export interface Metric {
  name: string;
  target: string;
  /** Produces the result; timing metrics use measure(). */
  run: () => Promise<MetricResult> | MetricResult;
}

/** The nearest-rank `p`th percentile of values sorted from low to high. */
export function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

const round = (n: number): number => Math.round(n * 1000) / 1000;

/** Runs `once` warmup times untimed, then `runs` times timed; `once` receives the run index. */
export async function measure(once: (i: number) => unknown, runs: number, warmup = Math.min(50, runs)): Promise<TimingResult> {
  for (let i = 0; i < warmup; i++) await once(i);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { median_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), runs };
}
