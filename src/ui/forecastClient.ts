/**
 * A small promise-based client of the forecast worker. Each `request` supersedes the previous one:
 * the worker drops the older run at its next chunk and the older promise resolves to null.
 */
import type { GameState } from '../sim/state/types.js';
import type { Forecast, ForecastOptions } from '../runtime/forecast.js';
import type { ForecastReply, ForecastRequest } from './forecastRunner.js';

/** The part of the Worker interface the client uses (tests pass an in-process fake). */
export interface WorkerLike {
  postMessage(msg: ForecastRequest): void;
  onmessage: ((e: { data: ForecastReply }) => void) | null;
  terminate(): void;
}

export interface ForecastRun {
  forecast: Forecast;
  /** Time the worker took, in milliseconds. */
  ms: number;
}

export interface RequestOptions {
  /** Called with the partial forecast after each chunk. */
  onProgress?: (done: number, total: number, partial: Forecast) => void;
  /** Rollouts per chunk (default in the runner). */
  chunk?: number;
}

export interface ForecastClient {
  /** Starts a forecast; resolves to null if a newer request or `cancel` superseded it. */
  request(state: GameState, options: ForecastOptions, extra?: RequestOptions): Promise<ForecastRun | null>;
  cancel(): void;
  /**
   * Stops a running request at once: the worker is terminated (a cancel only takes effect between
   * chunks) and a fresh one starts with the next request. Used when the page needs the CPU now (a turn
   * is resolving). With a worker given as an object rather than a factory, this is `cancel`.
   */
  interrupt(): void;
  /** True while a request is running. */
  readonly busy: boolean;
  dispose(): void;
}

interface Pending {
  id: number;
  resolve: (r: ForecastRun | null) => void;
  reject: (e: Error) => void;
  onProgress?: RequestOptions['onProgress'];
}

/** The real module worker (Vite bundles it from this URL). */
export function startForecastWorker(): WorkerLike {
  return new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

/** Creates a client around a worker, or a factory of workers (the real one by default). */
export function createForecastClient(source: WorkerLike | (() => WorkerLike) = startForecastWorker): ForecastClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let latest = 0;
  const factory = typeof source === 'function' ? source : null;
  let current: WorkerLike | null = factory ? null : (source as WorkerLike);
  const worker = (): WorkerLike => {
    if (!current) {
      current = factory!();
      current.onmessage = onMessage;
    }
    return current;
  };

  const onMessage = (e: { data: ForecastReply }): void => {
    const reply = e.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      if (reply.id === latest) p.onProgress?.(reply.done, reply.total, reply.forecast);
      return;
    }
    // Pool replies (forecastPool.ts) never answer this client's requests.
    if (reply.type === 'results') return;
    pending.delete(reply.id);
    if (reply.type === 'done') p.resolve({ forecast: reply.forecast, ms: reply.ms });
    else if (reply.type === 'cancelled') p.resolve(null);
    else p.reject(new Error(`forecast failed: ${reply.message}`));
  };
  if (current) current.onmessage = onMessage;

  // A superseded request resolves at once; the worker notices at its next chunk.
  const supersede = () => {
    for (const p of pending.values()) {
      p.resolve(null);
      current?.postMessage({ type: 'cancel', id: p.id });
    }
    pending.clear();
  };

  return {
    request(state, options, extra = {}) {
      supersede();
      const id = nextId++;
      latest = id;
      return new Promise<ForecastRun | null>((resolve, reject) => {
        pending.set(id, { id, resolve, reject, onProgress: extra.onProgress });
        // The state is plain JSON: structured cloning copies it to the worker.
        worker().postMessage({ type: 'forecast', id, state, options, ...(extra.chunk ? { chunk: extra.chunk } : {}) });
      });
    },
    cancel: supersede,
    interrupt() {
      if (pending.size === 0) return;
      if (!factory) {
        supersede();
        return;
      }
      for (const p of pending.values()) p.resolve(null);
      pending.clear();
      current?.terminate();
      current = null;
    },
    get busy() { return pending.size > 0; },
    dispose() {
      supersede();
      current?.terminate();
      current = null;
    },
  };
}
