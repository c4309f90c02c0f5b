/**
 * The forecast (src/runtime/forecast.ts): rollouts of the plain-function agents over 6 turns from the
 * scenario's first turn, timed in Node. The target is 500 rollouts under 1 s; `--quick` runs
 * 50 and also prints the time scaled to 500, so the two workloads can be compared. The same forecast
 * is also timed on a pool of worker threads, one per core up to four (the page's pool keeps one core
 * for the page itself); the pooled result is checked to equal the single-thread one.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { createSession } from '../../runtime/session.js';
import { aggregateForecast, forecast, type Forecast, type ForecastOptions, type RolloutResult } from '../../runtime/forecast.js';
import type { GameState } from '../../sim/state/types.js';
import type { BenchModule } from './types.js';
import { timeMs } from './types.js';

export const forecastBench: BenchModule = {
  id: 'forecast',
  title: 'Forecast: Monte Carlo rollouts of the plain agents (Node)',
  async run(ctx) {
    const rollouts = ctx.quick ? 50 : 500;
    const horizon = 6;
    const state = createSession({ scenario: ctx.scenario, seed: ctx.seed, seats: {}, difficulty: 'standard', plain: true, keepStarts: false }).state;
    const total: number[] = [];
    const per500: number[] = [];
    const perTurn: number[] = [];
    const single: Forecast[] = [];
    for (let r = 0; r < ctx.reps; r++) {
      let turns = 0;
      const ms = timeMs(() => {
        const f = forecast(state, { rollouts, horizon, seed: ctx.seed + r });
        single.push(f);
        // Rollouts that end early play fewer turns; count what was played for the per-turn figure.
        turns = f.rollouts * horizon;
      });
      total.push(ms);
      per500.push((ms * 500) / rollouts);
      perTurn.push(ms / turns);
      ctx.log(`forecast rep ${r + 1}: ${rollouts} rollouts x ${horizon} turns in ${ms.toFixed(0)} ms`);
    }
    const threads = Math.max(1, Math.min(4, availableParallelism()));
    const pooled: number[] = [];
    const pool = await startPool(threads);
    for (let r = 0; r < ctx.reps; r++) {
      const options = { rollouts, horizon, seed: ctx.seed + r };
      const { forecast: f, ms } = await pool.run(state, options);
      // Every rollout depends only on its index: the pool must reproduce the single-thread forecast.
      if (JSON.stringify(f) !== JSON.stringify(single[r])) throw new Error('the pooled forecast differs from the single-thread one');
      pooled.push(ms);
      ctx.log(`forecast rep ${r + 1}: the same on ${threads} worker threads in ${ms.toFixed(0)} ms (wall)`);
    }
    await pool.close();
    return [
      { name: `${rollouts} rollouts x ${horizon} turns`, unit: 'ms', samples: total, note: 'target < 1000 ms for 500' },
      { name: `${rollouts} rollouts x ${horizon} turns, ${threads} threads`, unit: 'ms', samples: pooled, note: 'wall; one thread per core up to four, kept between repetitions as the page keeps its workers' },
      { name: 'scaled to 500 rollouts', unit: 'ms', samples: per500 },
      { name: 'per rollout turn (upper bound)', unit: 'ms', samples: perTurn, note: 'decide all six + resolve + observe' },
    ];
  },
};

/**
 * A pool of `threads` worker threads kept for all repetitions (as the page keeps its workers between
 * turns); each forecast hands out ranges of 4 rollouts to whichever thread is free.
 */
async function startPool(threads: number) {
  // The thread's module is TypeScript: a small bootstrap loads it through tsx's loader, as `npm run bench` runs.
  const entry = new URL('./forecastThread.ts', import.meta.url).href;
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => m.tsImport(${JSON.stringify(entry)}, ${JSON.stringify(import.meta.url)}))`;
  const workers = Array.from({ length: threads }, () => new Worker(boot, { eval: true }));
  await Promise.all(workers.map((w) => new Promise<void>((ok, fail) => { w.once('message', () => ok()); w.once('error', fail); })));
  return {
    async run(state: GameState, options: ForecastOptions & { rollouts: number }): Promise<{ forecast: Forecast; ms: number }> {
      const results: RolloutResult[] = [];
      let next = 0;
      const t0 = performance.now();
      await new Promise<void>((done, fail) => {
        const give = (w: Worker) => {
          if (next >= options.rollouts) return;
          const from = next;
          next = Math.min(options.rollouts, from + 4);
          w.postMessage({ type: 'range', from, to: next });
        };
        for (const w of workers) {
          w.removeAllListeners('message').removeAllListeners('error');
          w.on('error', fail);
          w.on('message', (m: { results: RolloutResult[] }) => {
            results.push(...m.results);
            if (results.length >= options.rollouts) done();
            else give(w);
          });
          w.postMessage({ type: 'prime', state, options });
          give(w);
        }
      });
      return { forecast: aggregateForecast(state, options, results), ms: performance.now() - t0 };
    },
    close: () => Promise.all(workers.map((w) => w.terminate())),
  };
}
