/**
 * One turn's costs: all agents' deliberation (director.decide for every agent seat) and the sim's
 * resolution (resolveTurn, where Immer's produce runs), measured over the turns of a real game.
 */
import { ACTOR_IDS } from '../../shared/ids.js';
import { resolveTurn } from '../../sim/engine.js';
import { createSession } from '../../runtime/session.js';
import type { BenchModule } from './types.js';
import { percentile, timeMs } from './types.js';

export const turnBench: BenchModule = {
  id: 'turn',
  title: 'One turn: deliberation and resolution',
  async run(ctx) {
    const turns = ctx.quick ? 6 : 24;
    const decideMedian: number[] = [];
    const decideP95: number[] = [];
    const resolveMedian: number[] = [];
    const resolveP95: number[] = [];
    for (let r = 0; r < ctx.reps; r++) {
      const session = createSession({ scenario: ctx.scenario, seed: ctx.seed + r, seats: {}, difficulty: 'standard', keepStarts: false });
      const decideMs: number[] = [];
      const resolveMs: number[] = [];
      for (let t = 0; t < turns && !session.state.ending; t++) {
        const state = session.state;
        let orders: unknown[] = [];
        decideMs.push(timeMs(() => { orders = session.director.decide(state, [], [...ACTOR_IDS]).orders; }));
        resolveMs.push(timeMs(() => { resolveTurn(state, orders); }));
        session.endTurn();
      }
      session.dispose();
      decideMedian.push(percentile(decideMs, 50));
      decideP95.push(percentile(decideMs, 95));
      resolveMedian.push(percentile(resolveMs, 50));
      resolveP95.push(percentile(resolveMs, 95));
      ctx.log(`turn rep ${r + 1}: decide median ${percentile(decideMs, 50).toFixed(2)} ms, resolve median ${percentile(resolveMs, 50).toFixed(2)} ms`);
    }
    return [
      { name: "all agents' deliberation, median", unit: 'ms', samples: decideMedian, note: `over ${turns} turns, XState director` },
      { name: "all agents' deliberation, p95", unit: 'ms', samples: decideP95 },
      { name: 'resolveTurn (Immer) median', unit: 'ms', samples: resolveMedian },
      { name: 'resolveTurn (Immer) p95', unit: 'ms', samples: resolveP95 },
    ];
  },
};
