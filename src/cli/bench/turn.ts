/**
 * One turn's costs, in CPU time over the turns of a real game: all agents' deliberation
 * (director.decide for every agent seat) and the sim's resolution through both engine paths on the
 * same states and orders: Immer's produce (the default) and the clone path (sim/clone.ts) that batches
 * use. The cost of Immer per turn is the difference between the two.
 */
import { ACTOR_IDS } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { resolveTurn } from '../../sim/engine.js';
import { createSession } from '../../runtime/session.js';
import type { BenchModule } from './types.js';
import { cpuMs, percentile } from './types.js';

/** Each resolution is repeated so the CPU clock's granularity does not dominate a sub-millisecond figure. */
const RESOLVE_REPEATS = 5;

export const turnBench: BenchModule = {
  id: 'turn',
  title: 'One turn: deliberation and resolution (CPU time)',
  async run(ctx) {
    const turns = ctx.quick ? 6 : 24;
    const figures = { decideMedian: [] as number[], decideP95: [] as number[], immer: [] as number[], clone: [] as number[], immerCost: [] as number[] };
    for (let r = 0; r < ctx.reps; r++) {
      const session = createSession({ scenario: ctx.scenario, seed: ctx.seed + r, seats: {}, difficulty: 'standard', keepStarts: false });
      const decideMs: number[] = [];
      const played: { state: GameState; orders: unknown[] }[] = [];
      for (let t = 0; t < turns && !session.state.ending; t++) {
        const state = session.state;
        let orders: unknown[] = [];
        decideMs.push(cpuMs(() => { orders = session.director.decide(state, [], [...ACTOR_IDS]).orders; }));
        played.push({ state, orders });
        session.endTurn();
      }
      session.dispose();
      // Both paths on the same states, interleaved turn by turn so machine load hits them alike.
      let immer = 0;
      let clone = 0;
      for (const { state, orders } of played) {
        immer += cpuMs(() => { for (let i = 0; i < RESOLVE_REPEATS; i++) resolveTurn(state, orders); });
        clone += cpuMs(() => { for (let i = 0; i < RESOLVE_REPEATS; i++) resolveTurn(state, orders, {}, { engine: 'clone' }); });
      }
      const n = Math.max(1, played.length * RESOLVE_REPEATS);
      figures.decideMedian.push(percentile(decideMs, 50));
      figures.decideP95.push(percentile(decideMs, 95));
      figures.immer.push(immer / n);
      figures.clone.push(clone / n);
      figures.immerCost.push((immer - clone) / n);
      ctx.log(`turn rep ${r + 1}: decide median ${percentile(decideMs, 50).toFixed(2)} ms, resolve ${(immer / n).toFixed(2)} ms (Immer) vs ${(clone / n).toFixed(2)} ms (clone)`);
    }
    return [
      { name: "all agents' deliberation, median", unit: 'ms', samples: figures.decideMedian, note: `CPU time over ${turns} turns, XState director` },
      { name: "all agents' deliberation, p95", unit: 'ms', samples: figures.decideP95 },
      { name: 'resolveTurn, Immer path (mean)', unit: 'ms', samples: figures.immer, note: 'the default engine (play, saves)' },
      { name: 'resolveTurn, clone path (mean)', unit: 'ms', samples: figures.clone, note: 'same states; batches and the forecast use it' },
      { name: 'cost of Immer per turn', unit: 'ms', samples: figures.immerCost, note: 'Immer path minus clone path' },
    ];
  },
};
