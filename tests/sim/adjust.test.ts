import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../src/sim/engine.js';
import { adjustRefusal, adjustableValue } from '../../src/sim/adjust.js';
import { setupGame } from '../helpers/setupGame.js';

const quiet = () => setupGame({ seed: 7, mutate: (g) => { g.params.randomEvents = 0; } });

describe('facilitator adjustments', () => {
  it('sets a whitelisted value before the orders and records a facilitator event with the note', () => {
    const s = quiet();
    const r = resolveTurn(s, [], { adjust: [{ path: 'ARM.stability', value: 12, note: 'protests in Yerevan' }] });
    const ev = r.events.find((e) => e.type === 'facilitator.adjust');
    expect(ev?.kind).toBe('facilitator');
    expect(ev?.text).toContain('protests in Yerevan');
    expect(ev?.effects).toEqual([{ path: 'ARM.stability', from: s.actors.ARM.stability, to: 12 }]);
    // End-of-turn drift may move it a little, but it starts the month from the set value.
    expect(Math.abs(r.state.actors.ARM.stability - 12)).toBeLessThan(6);
    expect(stateHash(r.state)).not.toBe(stateHash(resolveTurn(s, []).state));
  });

  it('normalises pair paths, clamps to range and handles world values', () => {
    const s = quiet();
    const r = resolveTurn(s, [], {
      adjust: [
        { path: 'IRN-AZE.relation', value: -500, note: '' },
        { path: 'global.gazaIntensity', value: 3.333, note: 'ceasefire holds' },
      ],
    });
    const evs = r.events.filter((e) => e.type === 'facilitator.adjust');
    expect(evs.map((e) => e.effects[0].path)).toEqual(['AZE-IRN.relation', 'global.gazaIntensity']);
    expect(evs[0].effects[0].to).toBe(-100);
    expect(evs[1].effects[0].to).toBe(3.33);
  });

  it('refuses paths outside the whitelist and non-finite values without changing the state', () => {
    const s = quiet();
    for (const path of ['ARM.controller', 'global.tension', 'rng.s', 'AZE-AZE.relation', '__proto__.x', 'ARM']) {
      expect(adjustRefusal(s, path), path).not.toBeNull();
    }
    expect(adjustRefusal(s, 'TUR-ISR.rung')).toBeNull();
    expect(adjustableValue(s, 'AZE.treasuryBn')).toBe(s.actors.AZE.treasuryBn);
    const bad = resolveTurn(s, [], { adjust: [{ path: 'rng.s', value: 1, note: 'x' }, { path: 'ARM.stability', value: Number.NaN, note: 'x' }] });
    const plain = resolveTurn(s, []);
    const refused = bad.events.filter((e) => e.type === 'facilitator.adjust');
    expect(refused.map((e) => e.outcome)).toEqual(['info', 'info']);
    expect(bad.state.rng).toEqual(plain.state.rng);
    expect(bad.state.actors.ARM.stability).toBe(plain.state.actors.ARM.stability);
  });

  it('is deterministic: the same adjustment gives the same hash', () => {
    const input = { adjust: [{ path: 'AZE.treasuryBn', value: 1, note: 'budget cut' }] };
    expect(stateHash(resolveTurn(quiet(), [], input).state)).toBe(stateHash(resolveTurn(quiet(), [], input).state));
  });
});
