/**
 * The forecast worker's logic, apart from the worker global so Node tests can drive it: runs the
 * rollouts in chunks, posts a partial forecast after each chunk (the interval narrows as rollouts
 * come in), and yields to the event loop between chunks so a newer request or a cancel can arrive
 * and stop the older run. Only the newest request is ever worked on. A worker of a pool
 * (forecastPool.ts) instead receives the state once (`prime`) and then small ranges of rollouts to
 * play (`range`), answering each with its raw results.
 */
import type { GameState } from '../sim/state/types.js';
import { aggregateForecast, rolloutRange, type Forecast, type ForecastOptions, type RolloutResult } from '../runtime/forecast.js';

export type ForecastRequest =
  | { type: 'forecast'; id: number; state: GameState; options: ForecastOptions; chunk?: number }
  | { type: 'cancel'; id: number }
  /** A pool's worker (forecastPool.ts): keep this state for the `range` messages of request `id`. */
  | { type: 'prime'; id: number; state: GameState; options: ForecastOptions }
  /** A pool's worker: play rollouts [from, to) of the primed request `id` and send their results. */
  | { type: 'range'; id: number; from: number; to: number };

export type ForecastReply =
  | { type: 'progress'; id: number; done: number; total: number; forecast: Forecast }
  | { type: 'done'; id: number; forecast: Forecast; ms: number }
  | { type: 'cancelled'; id: number }
  | { type: 'error'; id: number; message: string }
  /** The rollouts of one `range`, unaggregated (the pool aggregates them in index order). */
  | { type: 'results'; id: number; from: number; to: number; results: RolloutResult[]; ms: number };

/** Rollouts per chunk by default: a few hundred milliseconds of work between chances to cancel. */
export const DEFAULT_CHUNK = 5;

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Creates the runner; `post` sends a reply to the page; `now` is a clock for the timing figure. */
export function createForecastRunner(post: (reply: ForecastReply) => void, now: () => number = () => performance.now()) {
  let current = -1;
  let cancelled = new Set<number>();
  let primed: Extract<ForecastRequest, { type: 'prime' }> | null = null;

  /** One range of a pooled request: no chunking here, the pool hands out small ranges. */
  function range(req: Extract<ForecastRequest, { type: 'range' }>): void {
    if (!primed || primed.id !== req.id) {
      post({ type: 'error', id: req.id, message: `range ${req.from}-${req.to} of request ${req.id} arrived before its state` });
      return;
    }
    const t0 = now();
    try {
      const results = rolloutRange(primed.state, primed.options, req.from, req.to);
      post({ type: 'results', id: req.id, from: req.from, to: req.to, results, ms: now() - t0 });
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    }
  }

  async function run(req: Extract<ForecastRequest, { type: 'forecast' }>): Promise<void> {
    const t0 = now();
    const total = Math.max(1, Math.floor(req.options.rollouts ?? 500));
    const chunk = Math.max(1, Math.floor(req.chunk ?? DEFAULT_CHUNK));
    const results: RolloutResult[] = [];
    try {
      for (let from = 0; from < total; from += chunk) {
        // Let queued messages in: a newer request supersedes this one.
        await tick();
        if (current !== req.id || cancelled.has(req.id)) {
          post({ type: 'cancelled', id: req.id });
          return;
        }
        results.push(...rolloutRange(req.state, req.options, from, Math.min(total, from + chunk)));
        if (results.length < total) {
          post({ type: 'progress', id: req.id, done: results.length, total, forecast: aggregateForecast(req.state, req.options, results) });
        }
      }
      post({ type: 'done', id: req.id, forecast: aggregateForecast(req.state, req.options, results), ms: now() - t0 });
    } catch (e) {
      post({ type: 'error', id: req.id, message: e instanceof Error ? e.message : String(e) });
    } finally {
      cancelled.delete(req.id);
    }
  }

  return {
    /** Handles one message from the page. Returns the run's promise (tests await it). */
    handle(msg: ForecastRequest): Promise<void> {
      if (msg.type === 'cancel') {
        cancelled.add(msg.id);
        return Promise.resolve();
      }
      if (msg.type === 'prime') {
        primed = msg;
        return Promise.resolve();
      }
      if (msg.type === 'range') {
        range(msg);
        return Promise.resolve();
      }
      current = msg.id;
      return run(msg);
    },
    reset(): void {
      current = -1;
      cancelled = new Set();
      primed = null;
    },
  };
}
