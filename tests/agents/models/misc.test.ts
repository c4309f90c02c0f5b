import { describe, expect, it } from 'vitest';
import { armsDrive, richardsonStep, stablePair } from '../../../src/agents/models/armsRace.js';
import { backDownCost } from '../../../src/agents/models/audienceCost.js';
import { challengeUtility, weightedMedian, type Stakeholder } from '../../../src/agents/models/expectedUtility.js';
import { riskAversion, topReasons, utility } from '../../../src/agents/models/utility.js';
import { chooseIndex, softmax } from '../../../src/agents/models/choice.js';
import { createRng } from '../../../src/sim/rng.js';

describe('Richardson', () => {
  it('steps M + k·Σθ·M_j − α·M + g', () => {
    expect(richardsonStep(100, [{ theta: 0.5, stock: 200 }], { reaction: 0.1, fatigue: 0.05, grievance: 2 })).toBeCloseTo(100 + 10 - 5 + 2);
    expect(stablePair({ reaction: 0.1, fatigue: 0.2, grievance: 0 }, { reaction: 0.1, fatigue: 0.2, grievance: 0 })).toBe(true);
    expect(stablePair({ reaction: 0.3, fatigue: 0.1, grievance: 0 }, { reaction: 0.3, fatigue: 0.1, grievance: 0 })).toBe(false);
    expect(armsDrive(100, 105, 1, 0.1)).toBeCloseTo(0.5);
    expect(armsDrive(100, 105, 0.05, 0.1)).toBe(0); // cannot pay
  });
});

describe('audience costs', () => {
  it('backing down after a loud, recent threat costs more', () => {
    const threats = [{ target: 'ARM', topic: 'corridor', loudness: 1, turn: 5 }];
    const now = backDownCost(threats, 'ARM', 'corridor', 5, 100);
    const later = backDownCost(threats, 'ARM', 'corridor', 10, 100);
    expect(now.stability).toBeCloseTo(8);
    expect(now.credibility).toBeCloseTo(10);
    expect(later.credibility).toBeLessThan(now.credibility);
    expect(backDownCost(threats, 'IRN', 'corridor', 5, 100).credibility).toBe(0);
  });
});

describe('Bueno de Mesquita', () => {
  const P = (actor: string, position: number, salience: number, capability: number): Stakeholder =>
    ({ actor: actor as Stakeholder['actor'], position, salience, capability });
  it('forecasts the capability×salience weighted median', () => {
    // weights 0.9, 1, 0.8 at 95, 5, 10: half of 2.7 is reached at position 10
    expect(weightedMedian([P('AZE', 95, 0.9, 1), P('ARM', 5, 1, 1), P('IRN', 10, 0.8, 1)])).toBe(10);
    expect(weightedMedian([P('AZE', 95, 0.9, 10), P('ARM', 5, 1, 1), P('IRN', 10, 0.8, 1)])).toBe(95);
  });
  it('a strong challenger backed by others expects to gain', () => {
    const ps = [P('AZE', 95, 0.9, 5), P('TUR', 85, 0.6, 5), P('ARM', 5, 1, 1)];
    expect(challengeUtility(ps[0], ps[2], ps)).toBeGreaterThan(0);
    expect(challengeUtility(ps[2], ps[0], ps)).toBeLessThan(challengeUtility(ps[0], ps[2], ps));
  });
});

describe('utility and choice', () => {
  it('sums weighted goals minus cost minus ρ·P(escalation) and names the top terms', () => {
    const b = utility(
      [{ key: 'a', text: 'A', weight: 2, delta: 1 }, { key: 'b', text: 'B', weight: 1, delta: 0.1 }],
      { value: 0.3, text: 'cost' }, { probability: 0.1, rho: riskAversion(0.5), text: 'esc' },
    );
    expect(b.total).toBeCloseTo(2 + 0.1 - 0.3 - 0.4);
    const r = topReasons(b);
    expect(r[0]).toEqual({ text: 'A', weight: 2 });
    expect(r.map((x) => x.text)).toEqual(['A', 'esc', 'cost']);
  });
  it('softmax sharpens as temperature falls and sampling is seeded', () => {
    expect(softmax([1, 0], 0)).toEqual([1, 0]);
    const warm = softmax([1, 0], 1);
    expect(warm[0]).toBeCloseTo(Math.E / (Math.E + 1));
    const a = chooseIndex([1, 1, 1], 1, createRng(7));
    const b = chooseIndex([1, 1, 1], 1, createRng(7));
    expect(a).toBe(b);
  });
});
