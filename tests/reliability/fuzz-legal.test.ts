/**
 * Property: whole games of random legal orders (plus random facilitator injects) keep every state
 * invariant, never mutate the state they start from, grow the history by one row a turn, and replay
 * to the same state hash from the same seed and orders.
 *
 * FUZZ_GAMES sets the number of games (default 40, ~10-25 s depending on load); FUZZ_SEED replays a failure.
 */
import fc from 'fast-check';
import { fuzzSeed } from '../setup/fastcheck.js';
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import type { GameState } from '../../src/sim/state/types.js';
import { createGame, resolveTurn, stateHash, type FacilitatorInput } from '../../src/sim/engine.js';
import { getScenarioFile } from '../../src/sim/scenario/registry.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { violations } from './invariants.js';
import { Picker, randomFacilitator, randomLegalOrders } from './play.js';

const GAMES = Number(process.env.FUZZ_GAMES ?? 40);
const SEED = fuzzSeed();

/** Tallies across the run, printed at the end for docs/reliability.md. */
const tally = { games: 0, turns: 0, orders: 0, injects: 0, lateRefusals: 0 };

interface Turn { orders: Order[]; facilitator: FacilitatorInput }

/** Plays one turn and checks everything a turn must keep; returns the new state. */
function step(prev: GameState, orders: Order[], facilitator: FacilitatorInput): GameState {
  const before = stateHash(prev);
  const historyBefore = prev.history.length;
  const r = resolveTurn(prev, orders, facilitator);
  expect(stateHash(prev), 'resolveTurn mutated its input state').toBe(before);
  expect(violations(r.state)).toEqual([]);
  expect(r.state.history.length).toBe(historyBefore + 1);
  expect(r.state.turn).toBe(r.state.ending ? prev.turn : prev.turn + 1);
  expect(r.state.eventSeq).toBeGreaterThanOrEqual(prev.eventSeq);
  // Legal orders may only be refused when an earlier order this turn made them moot.
  for (const rej of r.rejected) expect(rej.reason).toMatch(/^no longer possible: ./);
  tally.turns++;
  tally.orders += orders.length;
  tally.lateRefusals += r.rejected.length;
  tally.injects += facilitator.injects?.length ?? 0;
  return r.state;
}

/** Replays recorded turns from a fresh game and returns the final hash. */
function replay(scenario: string, seed: number, turns: Turn[]): string {
  let s = createGame(getScenarioFile(scenario), seed, {});
  for (const t of turns) s = resolveTurn(s, t.orders, t.facilitator).state;
  return stateHash(s);
}

const gameArb = fc.record({
  scenario: fc.constantFrom('autumn-2023', 'spring-2024'),
  seed: fc.integer({ min: 0, max: 0xffffffff }),
  picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 1, maxLength: 400 }),
});

describe('random legal play (fast-check)', () => {
  it(`keeps every invariant and replays exactly over ${GAMES} full games`, { timeout: 60_000 + GAMES * 2_000 }, () => {
    const start = { ...tally };
    fc.assert(
      fc.property(gameArb, ({ scenario, seed, picks }) => {
        const pick = new Picker(picks);
        let s = createGame(getScenarioFile(scenario), seed, {});
        expect(violations(s)).toEqual([]);
        const turns: Turn[] = [];
        while (!s.ending) {
          const t = { orders: randomLegalOrders(s, pick), facilitator: randomFacilitator(pick) };
          turns.push(t);
          s = step(s, t.orders, t.facilitator);
          expect(turns.length).toBeLessThanOrEqual(s.scenario.turns);
        }
        expect(replay(scenario, seed, turns)).toBe(stateHash(s));
        tally.games++;
      }),
      { numRuns: GAMES, seed: SEED, endOnFailure: true },
    );
    console.info(`[fuzz-legal] games=${tally.games - start.games} turns=${tally.turns - start.turns} orders=${tally.orders - start.orders} injects=${tally.injects - start.injects} lateRefusals=${tally.lateRefusals - start.lateRefusals}`);
  });

  it('keeps every invariant when the plain agents play some seats and random orders the rest', { timeout: 60_000 + GAMES * 2_000 }, () => {
    const runs = Math.max(4, Math.round(GAMES / 6));
    fc.assert(
      fc.property(gameArb, fc.subarray([...ACTOR_IDS], { minLength: 1 }), ({ scenario, seed, picks }, agentSeats) => {
        const pick = new Picker(picks);
        const director = createPlainDirector({ difficulty: 'standard', seed });
        let s = createGame(getScenarioFile(scenario), seed, {});
        while (!s.ending) {
          const random = randomLegalOrders(s, pick).filter((o) => !agentSeats.includes(o.actor));
          const decided = director.decide(s, random, agentSeats);
          expect(decided.failures).toEqual([]);
          const r = resolveTurn(s, [...random, ...decided.orders]);
          expect(violations(r.state)).toEqual([]);
          director.observe(r.state, r.events);
          s = r.state;
          tally.turns++;
          tally.orders += random.length + decided.orders.length;
        }
        tally.games++;
      }),
      { numRuns: runs, seed: SEED, endOnFailure: true },
    );
  });
});
