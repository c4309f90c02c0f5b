/**
 * The forecast spread over several workers: one request's rollouts are handed out in small ranges to
 * whichever worker is free, and the results are aggregated in index order. A rollout depends only on
 * its index (forecast.ts), so the pooled forecast is exactly the one a single worker (or Node) gives,
 * only sooner on a machine with more than one core. Same interface as the single-worker client:
 * a newer request supersedes the older one, `interrupt` terminates the workers at once.
 */
import type { GameState } from '../sim/state/types.js';
import { aggregateForecast, type ForecastOptions, type RolloutResult } from '../runtime/forecast.js';
import { startForecastWorker, type ForecastClient, type ForecastRun, type RequestOptions, type WorkerLike } from './forecastClient.js';
import type { ForecastReply } from './forecastRunner.js';

/** Rollouts per range by default: small enough to balance the workers and refresh the estimate often. */
export const POOL_CHUNK = 4;

/**
 * Workers for this device: one per core but one, from one to four. The spare core keeps the page
 * responsive while rollouts run (on 2 cores, two workers left a turn no free core and, measured, forecast
 * no faster: both start cold and share the cores with the browser).
 */
export function poolSize(cores: number | undefined = globalThis.navigator?.hardwareConcurrency): number {
  return Math.max(1, Math.min(4, Math.floor(cores || 1) - 1));
}

interface Run {
  id: number;
  state: GameState;
  options: ForecastOptions;
  total: number;
  chunk: number;
  next: number;
  results: RolloutResult[];
  t0: number;
  resolve: (r: ForecastRun | null) => void;
  reject: (e: Error) => void;
  onProgress?: RequestOptions['onProgress'];
}

export function createForecastPool(
  size = poolSize(),
  factory: () => WorkerLike = startForecastWorker,
  now: () => number = () => performance.now(),
): ForecastClient {
  const workers: (WorkerLike | null)[] = Array.from({ length: Math.max(1, size) }, () => null);
  /** Which request each worker was last primed with. */
  const primedWith: number[] = workers.map(() => -1);
  const busy: boolean[] = workers.map(() => false);
  let nextId = 1;
  let run: Run | null = null;

  const dispatch = (w: number): void => {
    const r = run;
    if (!r || r.next >= r.total) return;
    const worker = workers[w] ?? start(w);
    if (primedWith[w] !== r.id) {
      // The state is plain JSON: structured cloning copies it to the worker once per request.
      worker.postMessage({ type: 'prime', id: r.id, state: r.state, options: r.options });
      primedWith[w] = r.id;
    }
    const from = r.next;
    r.next = Math.min(r.total, from + r.chunk);
    busy[w] = true;
    worker.postMessage({ type: 'range', id: r.id, from, to: r.next });
  };

  const finish = (outcome: ForecastRun | null, error?: Error): void => {
    const r = run;
    if (!r) return;
    run = null;
    if (error) r.reject(error);
    else r.resolve(outcome);
  };

  const onReply = (w: number, reply: ForecastReply): void => {
    busy[w] = false;
    const r = run;
    // Replies of a superseded request are dropped; the worker is free for the current one.
    if (!r || reply.id !== r.id) {
      dispatch(w);
      return;
    }
    if (reply.type === 'error') {
      finish(null, new Error(`forecast failed: ${reply.message}`));
      return;
    }
    if (reply.type !== 'results') return;
    r.results.push(...reply.results);
    const done = r.results.length;
    if (done >= r.total) {
      finish({ forecast: aggregateForecast(r.state, r.options, r.results), ms: now() - r.t0 });
      return;
    }
    r.onProgress?.(done, r.total, aggregateForecast(r.state, r.options, r.results));
    dispatch(w);
  };

  function start(w: number): WorkerLike {
    const worker = factory();
    worker.onmessage = (e) => onReply(w, e.data);
    workers[w] = worker;
    primedWith[w] = -1;
    busy[w] = false;
    return worker;
  }

  const terminateAll = (): void => {
    for (let i = 0; i < workers.length; i++) {
      workers[i]?.terminate();
      workers[i] = null;
      busy[i] = false;
      primedWith[i] = -1;
    }
  };

  return {
    request(state, options, extra = {}) {
      finish(null);
      const id = nextId++;
      const total = Math.max(1, Math.floor(options.rollouts ?? 500));
      const chunk = Math.max(1, Math.floor(extra.chunk ?? POOL_CHUNK));
      return new Promise<ForecastRun | null>((resolve, reject) => {
        run = { id, state, options, total, chunk, next: 0, results: [], t0: now(), resolve, reject, onProgress: extra.onProgress };
        // Idle workers start now; busy ones pick the new request up when their current range returns.
        for (let w = 0; w < workers.length; w++) if (!busy[w]) dispatch(w);
      });
    },
    cancel() {
      finish(null);
    },
    interrupt() {
      if (!run) return;
      finish(null);
      terminateAll();
    },
    get busy() { return run !== null; },
    dispose() {
      finish(null);
      terminateAll();
    },
  };
}
