import { describe, expect, it } from 'vitest';
import { aggregate, runBatch, runSeeds, wilson } from '../../src/runtime/montecarlo.js';
import { playGame } from '../../src/runtime/headless.js';
import { SeededTestDirector } from './helpers.js';

const opts = (seed: number, runs: number) => ({
  scenario: 'autumn-2023', seed, runs, turns: 2, makeDirector: () => new SeededTestDirector(seed),
});

describe('Monte Carlo', () => {
  it('Wilson intervals match the textbook values', () => {
    const half = wilson(5, 10);
    expect(half.rate).toBe(0.5);
    expect(half.low).toBeCloseTo(0.2366, 3);
    expect(half.high).toBeCloseTo(0.7634, 3);
    const none = wilson(0, 10);
    expect(none.low).toBe(0);
    expect(none.high).toBeCloseTo(0.2775, 3);
    expect(wilson(0, 0)).toEqual({ rate: 0, low: 0, high: 1 });
  });

  it('a batch gives endings with intervals, the regional-war rate and per-pair and per-actor means', () => {
    const b = runBatch(opts(20, 3));
    expect(b.runs).toBe(3);
    const total = Object.values(b.endings).reduce((a, e) => a + e.count, 0);
    expect(total).toBe(3);
    for (const e of Object.values(b.endings)) expect(e.low).toBeLessThanOrEqual(e.rate);
    expect(b.regionalWarRate.high).toBeGreaterThan(0);
    expect(typeof b.pairs['AZE-IRN'].meanRelation).toBe('number');
    expect(typeof b.pairs['AZE-IRN'].meanRung).toBe('number');
    expect(typeof b.actors.ARM.meanScore).toBe('number');
  });

  it('aggregating is independent of the order games finished in (as with worker threads)', () => {
    const summaries = runSeeds(opts(30, 3), [30, 31, 32]);
    const a = aggregate(summaries, { scenario: 'autumn-2023', seed: 30 });
    const b = aggregate([...summaries].reverse(), { scenario: 'autumn-2023', seed: 30 });
    expect(b).toEqual(a);
    // Each summary is the game's own result.
    const game = playGame({ scenario: 'autumn-2023', seed: 31, turns: 2, makeDirector: () => new SeededTestDirector(30) });
    expect(summaries[1].stateHash).toBe(game.stateHash);
  });
});
