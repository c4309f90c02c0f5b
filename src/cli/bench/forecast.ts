/**
 * The forecast (src/runtime/forecast.ts): rollouts of the plain-function agents over 6 turns from the
 * scenario's first turn, timed in Node. The target is 500 rollouts under 1 s; `--quick` runs
 * 50 and also prints the time scaled to 500, so the two workloads can be compared.
 */
import { createSession } from '../../runtime/session.js';
import { forecast } from '../../runtime/forecast.js';
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
    for (let r = 0; r < ctx.reps; r++) {
      let turns = 0;
      const ms = timeMs(() => {
        const f = forecast(state, { rollouts, horizon, seed: ctx.seed + r });
        // Rollouts that end early play fewer turns; count what was played for the per-turn figure.
        turns = f.rollouts * horizon;
      });
      total.push(ms);
      per500.push((ms * 500) / rollouts);
      perTurn.push(ms / turns);
      ctx.log(`forecast rep ${r + 1}: ${rollouts} rollouts x ${horizon} turns in ${ms.toFixed(0)} ms`);
    }
    return [
      { name: `${rollouts} rollouts x ${horizon} turns`, unit: 'ms', samples: total, note: 'target < 1000 ms for 500' },
      { name: 'scaled to 500 rollouts', unit: 'ms', samples: per500 },
      { name: 'per rollout turn (upper bound)', unit: 'ms', samples: perTurn, note: 'decide all six + resolve + observe' },
    ];
  },
};
