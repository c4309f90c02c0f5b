/**
 * The benchmark modules' interface. A module measures one thing over several repetitions and returns
 * figures; `bench.ts` prints them as a table (median and spread). Add a module by writing a file here
 * and listing it in `index.ts`.
 */

export interface BenchContext {
  /** Repetitions per figure. */
  reps: number;
  /** Smaller workloads (for a smoke run). */
  quick: boolean;
  scenario: string;
  seed: number;
  /** Progress notes to stderr. */
  log(message: string): void;
}

export interface BenchFigure {
  /** What was measured, e.g. 'games/s (plain agents)'. */
  name: string;
  unit: string;
  /** One value per repetition. */
  samples: number[];
  note?: string;
}

export interface BenchModule {
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<BenchFigure[]>;
}

/** Median, min and max of samples (the table's "spread" is min..max). */
export function stats(samples: readonly number[]): { median: number; min: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return { median: NaN, min: NaN, max: NaN };
  const mid = Math.floor(s.length / 2);
  const median = s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
  return { median, min: s[0], max: s[s.length - 1] };
}

/** The p-th percentile (0..100) of samples, nearest rank. */
export function percentile(samples: readonly number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** Milliseconds taken by `fn`. */
export function timeMs(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

/**
 * CPU milliseconds used by this process while `fn` runs (process.cpuUsage, user + system). Steadier
 * than wall time on a shared machine, but it counts V8's helper threads (GC, compiler) too.
 */
export function cpuMs(fn: () => void): number {
  const before = process.cpuUsage();
  fn();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}
