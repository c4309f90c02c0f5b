/**
 * A Monte Carlo worker thread: receives a batch's options, then seed chunks, and answers each chunk
 * with its games' summaries. Runs the same pure loop as a single-threaded batch.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runSeeds, type BatchOptions } from '../runtime/montecarlo.js';

export type WorkerRequest = { seeds: number[] } | { stop: true };

const options = (workerData as { options: BatchOptions }).options;

parentPort?.on('message', (msg: WorkerRequest) => {
  if ('stop' in msg) {
    parentPort?.close();
    return;
  }
  try {
    parentPort?.postMessage({ summaries: runSeeds(options, msg.seeds) });
  } catch (err) {
    parentPort?.postMessage({ error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort?.postMessage({ ready: true });
