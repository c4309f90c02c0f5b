/**
 * Spreads a Monte Carlo batch over worker threads (Node only; the browser has its own Web Worker).
 * Seeds go out in small chunks on demand, so a worker that drew long games does not hold the rest up;
 * the summaries are aggregated in seed order, so the result is the same for any number of workers.
 */
import { Worker } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { aggregate, batchSeeds, runSeeds, type BatchOptions, type BatchResult, type GameSummary } from '../runtime/montecarlo.js';

export interface PoolOptions {
  /** Worker threads (default: the machine's cores, at most 4); 1 runs in this thread. */
  workers?: number;
  /** Seeds per message. */
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
}

function scenarioName(options: BatchOptions): string {
  return typeof options.scenario === 'string' ? options.scenario : String((options.scenario as { id?: unknown })?.id ?? 'custom');
}

/** Runs the batch on `workers` threads and aggregates it. */
export async function runBatchParallel(options: BatchOptions, pool: PoolOptions = {}): Promise<BatchResult> {
  const seeds = batchSeeds(options.seed, options.runs);
  const workers = Math.max(1, Math.min(pool.workers ?? Math.min(4, availableParallelism()), seeds.length));
  const meta = { scenario: scenarioName(options), seed: options.seed };
  if (workers === 1) {
    let done = 0;
    const summaries = runSeeds(options, seeds, () => pool.onProgress?.(++done, seeds.length));
    return aggregate(summaries, meta);
  }
  const chunk = pool.chunk ?? Math.max(1, Math.min(25, Math.ceil(seeds.length / (workers * 4))));
  const queue: number[][] = [];
  for (let i = 0; i < seeds.length; i += chunk) queue.push(seeds.slice(i, i + chunk));
  const summaries: GameSummary[] = [];
  await new Promise<void>((resolve, reject) => {
    let live = workers;
    let failed = false;
    const threads: Worker[] = [];
    const finish = (w: Worker) => {
      void w.terminate();
      if (--live === 0 && !failed) resolve();
    };
    for (let i = 0; i < workers; i++) {
      const w = new Worker(new URL('./worker-boot.mjs', import.meta.url), {
        workerData: { options, entry: new URL('./batch-worker.ts', import.meta.url).href },
      });
      threads.push(w);
      const next = () => {
        const seedsChunk = queue.shift();
        if (seedsChunk) w.postMessage({ seeds: seedsChunk });
        else finish(w);
      };
      w.on('message', (msg: { ready?: true; summaries?: GameSummary[]; error?: string }) => {
        if (msg.error !== undefined) {
          failed = true;
          threads.forEach((t) => void t.terminate());
          reject(new Error(`a Monte Carlo worker failed: ${msg.error}`));
          return;
        }
        if (msg.summaries) {
          summaries.push(...msg.summaries);
          pool.onProgress?.(summaries.length, seeds.length);
        }
        next();
      });
      w.on('error', (err) => {
        failed = true;
        threads.forEach((t) => void t.terminate());
        reject(err);
      });
    }
  });
  return aggregate(summaries, meta);
}
