/**
 * The clone-based resolution path (`resolveTurn(..., { engine: 'clone' })`) must give exactly what the
 * Immer path gives: full games on several seeds are played with the plain agents, every turn resolved
 * both ways from the same (deep-frozen) input, and the states, events and refusals compared.
 */
import { describe, expect, it } from 'vitest';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { createGame, resolveTurn, stateHash, type FacilitatorInput } from '../../src/sim/engine.js';
import { cloneState } from '../../src/sim/clone.js';
import type { GameState } from '../../src/sim/state/types.js';
import { createPlainDirector } from '../../src/agents/plain.js';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** White Cell input on a few turns, so injects, adjustments and forced outcomes take both paths too. */
const FACILITATOR: Record<number, FacilitatorInput> = {
  2: { injects: [{ event: 'borderClash', note: 'test' }] },
  3: { adjust: [{ path: 'ARM.stability', value: 30, note: 'test' }], overrides: { 0: { outcome: 'success', note: 'test' }, 1: { outcome: 'failure', note: 'test' } } },
  5: { injects: [{ event: 'israelIranStrikes', note: 'test' }, { event: 'gazaEscalation', note: 'test' }] },
};

describe('resolveTurn: the clone path equals the Immer path', () => {
  // Seeds whose games run past the turn-5 injects (seed 42's game has ended on turn 3 since 2026-11-29).
  for (const seed of [1, 7, 43, 2024]) {
    it(`plays seed ${seed} to its end with equal states every turn`, () => {
      let state: GameState = createGame('autumn-2023', seed);
      const director = createPlainDirector({ difficulty: 'standard', seed });
      let turns = 0;
      while (!state.ending && turns < 30) {
        const { orders } = director.decide(state, [], [...ACTOR_IDS]);
        // An illegal order too: both paths must refuse it the same way.
        const all: unknown[] = [...orders, { actor: 'ARM', type: 'military.strike', params: { target: 'NOWHERE' } }];
        const facilitator = FACILITATOR[state.turn] ?? {};
        const before = stateHash(state);
        deepFreeze(state);
        const viaImmer = resolveTurn(state, all, facilitator);
        const viaClone = resolveTurn(state, all, facilitator, { engine: 'clone' });
        expect(stateHash(state)).toBe(before);
        expect(stateHash(viaClone.state)).toBe(stateHash(viaImmer.state));
        expect(viaClone.events).toEqual(viaImmer.events);
        expect(viaClone.rejected).toEqual(viaImmer.rejected);
        expect(viaClone.state.history.length).toBe(viaImmer.state.history.length);
        // Play on from the clone's state, so later turns start from states the clone path made.
        director.observe(viaClone.state, viaClone.events);
        state = viaClone.state;
        turns++;
      }
      expect(turns).toBeGreaterThan(3);
    });
  }

  it('copies everything but the history rows, which it shares', () => {
    const s = createGame('autumn-2023', 3);
    const c = cloneState(s);
    expect(stateHash(c)).toBe(stateHash(s));
    expect(c.actors).not.toBe(s.actors);
    expect(c.actors.ARM).not.toBe(s.actors.ARM);
    expect(c.history).not.toBe(s.history);
    expect(c.history[0]).toBe(s.history[0]);
  });
});
