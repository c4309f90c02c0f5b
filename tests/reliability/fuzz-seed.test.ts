import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_FUZZ_SEED, fuzzSeed } from '../setup/fastcheck.js';

describe('fuzz seed', () => {
  it('is fixed by default, random on request, or the number given', () => {
    expect(fuzzSeed(undefined)).toBe(DEFAULT_FUZZ_SEED);
    expect(fuzzSeed('')).toBe(DEFAULT_FUZZ_SEED);
    expect(fuzzSeed('random')).toBeUndefined();
    expect(fuzzSeed('-2111461965')).toBe(-2111461965);
    expect(() => fuzzSeed('abc')).toThrow(/FUZZ_SEED must be an integer/);
  });

  it('reaches every property test through fast-check\'s global settings', () => {
    if (process.env.FUZZ_SEED === 'random') return;
    expect(fc.readConfigureGlobal().seed).toBe(fuzzSeed());
  });
});
