/**
 * The ranking shortcut `scoreOrderTotal` must give exactly `scoreOrder(...).total` (same terms, same
 * summation order), or the agents' choices would drift: checked on every legal order of every agent
 * over the turns of two games, in two postures.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { ACTION_TYPES, type Order } from '../../src/shared/actions.js';
import { ACTION_SPECS } from '../../src/sim/actions/index.js';
import { createGame, resolveTurn } from '../../src/sim/engine.js';
import type { GameState } from '../../src/sim/state/types.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { DIFFICULTY_SETTINGS } from '../../src/agents/difficulty.js';
import { emptyMemory, observeTurn } from '../../src/agents/mind/memory.js';
import { buildSituation } from '../../src/agents/mind/assess.js';
import { scoreOrder, scoreOrderTotal } from '../../src/agents/mind/score.js';
import { scoredCandidates } from '../../src/agents/mind/decide.js';

describe('scoreOrderTotal', () => {
  it('equals scoreOrder(...).total bit for bit on every legal order', () => {
    const settings = DIFFICULTY_SETTINGS.standard;
    let compared = 0;
    for (const seed of [3, 11]) {
      let state: GameState = createGame('autumn-2023', seed);
      const director = createPlainDirector({ difficulty: 'standard', seed });
      for (let t = 0; t < 8 && !state.ending; t++) {
        for (const me of ACTOR_IDS) {
          const memory = observeTurn(emptyMemory(me), state, [], settings.unseenCovertWeight);
          for (const posture of ['guarded', 'mobilised'] as const) {
            const sit = { ...buildSituation(state, memory, posture, 'hedging', settings), explain: false };
            for (const type of ACTION_TYPES) {
              const spec = ACTION_SPECS[type];
              if (spec.who !== 'any' && !spec.who.includes(me)) continue;
              for (const params of spec.enumerate(state, me)) {
                const order: Order = { actor: me, type, params };
                if (spec.check(state, order)) continue;
                const cost = spec.cost(state, order);
                expect(scoreOrderTotal(sit, order, cost)).toBe(scoreOrder(sit, order, cost).total);
                compared++;
              }
            }
            // The ranked pool reuses the costless parts of candidates with the same expected effect
            // (decide.ts sameApartFromEffect): every total must still be the full score's.
            for (const c of scoredCandidates(sit, scoreOrder)) expect(c.total).toBe(scoreOrder(sit, c.order, c.cost).total);
          }
        }
        const { orders } = director.decide(state, [], [...ACTOR_IDS]);
        const res = resolveTurn(state, orders, {}, { engine: 'clone' });
        director.observe(res.state, res.events);
        state = res.state;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });
});
