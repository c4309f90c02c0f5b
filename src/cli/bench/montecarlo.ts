/** A Monte Carlo batch on 1 worker thread vs 2, and the speed-up. */
import { runBatchParallel } from '../pool.js';
import type { BenchModule } from './types.js';

export const monteCarloBench: BenchModule = {
  id: 'montecarlo',
  title: 'Monte Carlo batch, worker threads',
  async run(ctx) {
    const games = ctx.quick ? 40 : 1000;
    const one: number[] = [];
    const two: number[] = [];
    const speedup: number[] = [];
    for (let r = 0; r < ctx.reps; r++) {
      const time = async (workers: number) => {
        const t0 = performance.now();
        await runBatchParallel({ scenario: ctx.scenario, seed: ctx.seed, runs: games, plain: true }, { workers: workers === 1 ? 1 : workers });
        return (performance.now() - t0) / 1000;
      };
      const a = await time(1);
      const b = await time(2);
      one.push(a);
      two.push(b);
      speedup.push(a / b);
      ctx.log(`montecarlo rep ${r + 1}: 1 worker ${a.toFixed(1)} s, 2 workers ${b.toFixed(1)} s`);
    }
    return [
      { name: `${games} games, 1 thread`, unit: 's', samples: one, note: 'plain agents' },
      { name: `${games} games, 2 worker threads`, unit: 's', samples: two },
      { name: 'speed-up, 2 workers vs 1', unit: 'x', samples: speedup },
    ];
  },
};
