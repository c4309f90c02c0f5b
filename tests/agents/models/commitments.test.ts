import { describe, expect, it } from 'vitest';
import { abandonment, allianceStage, entrapment, updateKappa } from '../../../src/agents/models/commitments.js';

describe('Snyder alliance security dilemma', () => {
  it('abandonment = dep·(1−κ)·alt', () => {
    expect(abandonment(0.8, 0.2, 0.5)).toBeCloseTo(0.8 * 0.8 * 0.5);
    expect(abandonment(0.8, 1, 1)).toBe(0); // a fully credible ally is not feared to leave
  });
  it('entrapment = κ_own·aggr·(1−overlap)', () => {
    expect(entrapment(1, 0.5, 0.2)).toBeCloseTo(0.4);
    expect(entrapment(0.5, 0.5, 0.2)).toBeCloseTo(0.2); // a vague pledge halves it (Shusha)
  });
  it('κ moves by η·(given − owed) and stays in 0..1', () => {
    expect(updateKappa(0.5, 0, 1)).toBeCloseTo(0.4);
    expect(updateKappa(0.5, 1, 1)).toBeCloseTo(0.5);
    expect(updateKappa(0.05, 0, 1)).toBe(0);
    // four crises without help take Russia from 0.5 to 0.1: Armenia distances, then defects
    let k = 0.5;
    for (let i = 0; i < 4; i++) k = updateKappa(k, 0, 1);
    expect(k).toBeCloseTo(0.1);
    expect(allianceStage(0.3, 0.1, k)).toBe('defected');
    expect(allianceStage(0.3, 0.1, 0.3)).toBe('distancing');
    expect(allianceStage(0.3, 0.1, 0.8)).toBe('committed');
  });
});
