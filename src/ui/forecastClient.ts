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

/** Creates a client around a worker (the real one by default). */
export function createForecastClient(worker: WorkerLike = startForecastWorker()): ForecastClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();
  let latest = 0;

  worker.onmessage = (e) => {
    const reply = e.data;
    const p = pending.get(reply.id);
    if (!p) return;
    if (reply.type === 'progress') {
      if (reply.id === latest) p.onProgress?.(reply.done, reply.total, reply.forecast);
      return;
    }
    pending.delete(reply.id);
    if (reply.type === 'done') p.resolve({ forecast: reply.forecast, ms: reply.ms });
    else if (reply.type === 'cancelled') p.resolve(null);
    else p.reject(new Error(`forecast failed: ${reply.message}`));
  };

  // A superseded request resolves at once; the worker notices at its next chunk.
  const supersede = () => {
    for (const p of pending.values()) {
      p.resolve(null);
      worker.postMessage({ type: 'cancel', id: p.id });
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
        worker.postMessage({ type: 'forecast', id, state, options, ...(extra.chunk ? { chunk: extra.chunk } : {}) });
      });
    },
    cancel: supersede,
    get busy() { return pending.size > 0; },
    dispose() {
      supersede();
      worker.terminate();
    },
  };
}
