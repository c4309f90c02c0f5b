import { describe, expect, it } from 'vitest';
import { acceptable, acceptableTo, dealRange, preventiveWindow, signalCost, updateResolve, winProbability } from '../../../src/agents/models/bargaining.js';

describe('Fearon bargaining', () => {
  it('p from the local balance', () => {
    expect(winProbability(3, 1)).toBeCloseTo(0.75);
    expect(winProbability(0, 0)).toBe(0.5);
  });
  it('deal range is [p − cA, p + cD] and indivisibility shrinks it', () => {
    const r = dealRange(0.6, 0.2, 0.1);
    expect(r.lo).toBeCloseTo(0.4);
    expect(r.hi).toBeCloseTo(0.7);
    expect(acceptable(0.5, r)).toBe(true);
    expect(acceptable(0.9, r)).toBe(false);
    // Each side alone: the attacker takes anything down to lo, the defender anything up to hi.
    expect(acceptableTo('attacker', 0.9, r)).toBe(true);
    expect(acceptableTo('defender', 0.9, r)).toBe(false);
    expect(acceptableTo('defender', 0, r)).toBe(true);
    expect(acceptableTo('attacker', 0, r)).toBe(false);
    const lumpy = dealRange(0.6, 0.2, 0.1, 0.8);
    expect(lumpy.hi - lumpy.lo).toBeCloseTo(0.3 * 0.2);
    expect(dealRange(0.6, 0.2, 0.1, 1).empty).toBe(true);
  });
  it('moves beliefs on costly signals only, never on words', () => {
    expect(signalCost({ type: 'diplomacy.denounce', params: {} })).toBe(0);
    expect(signalCost({ type: 'rhetoric.set', params: { line: 'revanchist' } })).toBe(0);
    expect(signalCost({ type: 'military.mobilise', params: {} })).toBeGreaterThan(0);
    expect(updateResolve(0.5, 0.5)).toBeCloseTo(0.625);
    expect(updateResolve(0.5, 0)).toBeLessThan(0.5);
  });
  it('opens a preventive window when p falls by more than cA + cD', () => {
    expect(preventiveWindow(0.7, 0.4, 0.1, 0.1)).toBe(true);
    expect(preventiveWindow(0.7, 0.6, 0.1, 0.1)).toBe(false);
  });
});
