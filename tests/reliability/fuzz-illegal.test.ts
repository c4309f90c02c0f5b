/**
 * Property: malformed and illegal orders (wrong types, unknown actors and actions, bad or corrupted
 * parameters, huge and non-finite numbers, nested junk, prototype-pollution keys) are refused with a
 * reason and change nothing: the turn resolves exactly as if they had not been given.
 *
 * FUZZ_ORDERS sets the runs per property (default 300).
 */
import fc from 'fast-check';
import { fuzzSeed } from '../setup/fastcheck.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import type { GameState } from '../../src/sim/state/types.js';
import { createGame, resolveTurn, stateHash } from '../../src/sim/engine.js';
import { legalOrders, validateOrder } from '../../src/sim/orders.js';
import { getScenarioFile } from '../../src/sim/scenario/registry.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';
import { badActorArb, badScalarArb, badTypeArb, goodActorArb, goodTypeArb, junkArb } from './junk.js';
import { Picker, randomLegalOrders } from './play.js';
import { violations } from './invariants.js';

const RUNS = Number(process.env.FUZZ_ORDERS ?? 300);
const SEED = fuzzSeed();
const tally = { orders: 0 };

interface Base { state: GameState; emptyHash: string; legal: Order[] }
const bases: Base[] = [];

beforeAll(() => {
  const states: GameState[] = [createGame(getScenarioFile('autumn-2023'), 1, {}), createGame(getScenarioFile('spring-2024'), 7, {})];
  // A mid-game state: eight turns of random legal play from a fixed list of picks.
  let s = createGame(getScenarioFile('autumn-2023'), 99, {});
  const pick = new Picker([5, 17, 2, 40, 8, 11, 23, 3, 1, 9, 60, 12, 7]);
  for (let t = 0; t < 8 && !s.ending; t++) s = resolveTurn(s, randomLegalOrders(s, pick)).state;
  states.push(s);
  for (const state of states) {
    bases.push({ state, emptyHash: stateHash(resolveTurn(state, []).state), legal: ACTOR_IDS.flatMap((a) => legalOrders(state, a)) });
  }
});

/** Resolves the bad orders alone and checks each is refused with a reason and nothing changed. */
function refusedWithoutEffect(base: Base, bad: unknown[]): void {
  const before = stateHash(base.state);
  const r = resolveTurn(base.state, bad);
  expect(r.rejected.length).toBe(bad.length);
  for (const rej of r.rejected) {
    expect(typeof rej.reason).toBe('string');
    expect(rej.reason.trim().length).toBeGreaterThan(0);
    // validateOrder catches a check that throws; that safety net must never be what refused the order.
    expect(rej.reason).not.toMatch(/could not be checked/);
  }
  expect(stateHash(r.state)).toBe(base.emptyHash);
  expect(stateHash(base.state)).toBe(before);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  tally.orders += bad.length;
}

const baseArb = fc.nat({ max: 2 });
const opts = () => ({ numRuns: RUNS, seed: SEED, endOnFailure: true });

/** Malformed orders of every shape that does not depend on the state. */
const malformedArb: fc.Arbitrary<unknown> = fc.oneof(
  junkArb,
  fc.record({ actor: badActorArb, type: goodTypeArb, params: fc.constant({}) }),
  fc.record({ actor: goodActorArb, type: badTypeArb, params: fc.constant({}) }),
  fc.record({ actor: goodActorArb, type: goodTypeArb, params: fc.oneof(badScalarArb, fc.array(junkArb, { maxLength: 3 })) }),
  fc.record({ type: goodTypeArb, params: fc.constant({}) }),
  fc.record({ actor: goodActorArb, params: fc.constant({}) }),
);

/** Long runs (FUZZ_ORDERS in the thousands) need more than the default test timeout. */
const LONG = { timeout: 60_000 + RUNS * 100 };

describe('illegal orders (fast-check)', () => {
  it('validateOrder never throws on anything and always gives a reason', LONG, () => {
    fc.assert(
      fc.property(baseArb, fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true }), (b, raw) => {
        const res = validateOrder(bases[b].state, raw);
        if (!res.ok) expect(res.reason.length).toBeGreaterThan(0);
        if (!res.ok) expect(res.reason).not.toMatch(/could not be checked/);
        tally.orders++;
      }),
      opts(),
    );
  });

  it('refuses malformed orders with a reason and leaves the state as an empty turn would', LONG, () => {
    fc.assert(fc.property(baseArb, fc.array(malformedArb, { minLength: 1, maxLength: 5 }), (b, bad) => refusedWithoutEffect(bases[b], bad)), opts());
  });

  it('refuses a legal order with one parameter corrupted', LONG, () => {
    fc.assert(
      fc.property(baseArb, fc.nat(), fc.nat(), junkArb, (b, i, k, junk) => {
        const base = bases[b];
        const good = base.legal[i % base.legal.length];
        const keys = Object.keys(good.params);
        if (!keys.length) return; // mobilise and stand down take no parameters
        const key = keys[k % keys.length];
        const bad = { ...good, params: { ...good.params, [key]: junk } };
        refusedWithoutEffect(base, [bad]);
      }),
      opts(),
    );
  });

  it('refuses orders with junk reasons, triggers or postures', LONG, () => {
    const badExtra = fc.oneof(
      fc.record({ reasons: fc.oneof(badScalarArb, fc.array(fc.record({ text: fc.string(), weight: fc.constantFrom(NaN, Infinity, '1') }), { minLength: 1, maxLength: 3 })) }),
      fc.record({ reasons: fc.constant(Array.from({ length: 11 }, () => ({ text: 'x', weight: 0 }))) }),
      fc.record({ reasons: fc.constant([{ text: 'x'.repeat(501), weight: 0 }]) }),
      fc.record({ trigger: fc.oneof(fc.constant('y'.repeat(501)), fc.constantFrom(1, null, {}, [])) }),
      fc.record({ posture: fc.oneof(fc.constant('z'.repeat(51)), fc.constantFrom(NaN, true, {})) }),
    );
    fc.assert(
      fc.property(baseArb, fc.nat(), badExtra, (b, i, extra) => {
        const base = bases[b];
        refusedWithoutEffect(base, [{ ...base.legal[i % base.legal.length], ...extra }]);
      }),
      opts(),
    );
  });

  it('refused orders mixed among legal ones change nothing: the turn equals the legal orders alone', LONG, () => {
    fc.assert(
      fc.property(baseArb, fc.array(fc.nat(), { minLength: 1, maxLength: 30 }), fc.array(malformedArb, { minLength: 1, maxLength: 4 }), (b, picks, bad) => {
        const base = bases[b];
        const legal = randomLegalOrders(base.state, new Picker(picks));
        const mixed: unknown[] = [...legal];
        bad.forEach((o, j) => mixed.splice((picks[j % picks.length] ?? 0) % (mixed.length + 1), 0, o));
        const alone = resolveTurn(base.state, legal);
        const r = resolveTurn(base.state, mixed);
        expect(stateHash(r.state)).toBe(stateHash(alone.state));
        expect(r.rejected.length).toBe(alone.rejected.length + bad.length);
        expect(violations(r.state)).toEqual([]);
        tally.orders += mixed.length;
      }),
      { ...opts(), numRuns: Math.max(20, Math.round(RUNS / 5)) },
    );
  });

  it('a legal order with extra junk parameters is refused, or applied without the junk breaking the state', LONG, () => {
    fc.assert(
      fc.property(baseArb, fc.nat(), fc.dictionary(fc.constantFrom('terms', 'reason', 'answer', 'amount', 'junk', '__proto__', 'constructor'), junkArb, { minKeys: 1, maxKeys: 3 }), (b, i, extra) => {
        const base = bases[b];
        const good = base.legal[i % base.legal.length];
        const order = { ...good, params: { ...good.params, ...extra } };
        const r = resolveTurn(base.state, [order]);
        expect(violations(r.state)).toEqual([]);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        // Whatever was kept must survive a save: the state is the same after a JSON round trip.
        expect(stateHash(JSON.parse(JSON.stringify(r.state)))).toBe(stateHash(r.state));
        tally.orders++;
      }),
      opts(),
    );
  });

  it('refuses orders beyond an actor\'s action points, naming them', () => {
    const base = bases[0];
    const order = base.legal.find((o) => o.type === 'diplomacy.summit' && o.actor === 'AZE')!;
    const ap = base.state.actors.AZE.actionPoints;
    const r = resolveTurn(base.state, Array.from({ length: ap + 2 }, () => order));
    expect(r.rejected.length).toBeGreaterThanOrEqual(2);
    expect(r.rejected.at(-1)!.reason).toMatch(/action points/);
    expect(violations(r.state)).toEqual([]);
  });

  it('prints the number of orders tried', () => {
    console.info(`[fuzz-illegal] orders=${tally.orders}`);
    expect(tally.orders).toBeGreaterThan(RUNS);
  });
});
