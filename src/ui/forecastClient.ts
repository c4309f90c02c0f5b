/**
 * The forecast client's interface and the real worker: the game's client is the pool of workers in
 * forecastPool.ts. Each `request` supersedes the previous one, whose promise resolves to null.
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


/** The real module worker (Vite bundles it from this URL). */
export function startForecastWorker(): WorkerLike {
  return new Worker(new URL('./forecast.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}
