import { describe, expect, it } from 'vitest';
import { objectiveWords } from '../../src/ui/panels/end.js';

describe('scorecard words', () => {
  it('says whether an objective is met and how much of its credit it earns, without contradiction', () => {
    expect(objectiveWords(true, 100)).toBe('met');
    expect(objectiveWords(true, 29)).toBe('met, 29% of its credit');
    expect(objectiveWords(false, 40)).toBe('not met, 40% of its credit for progress');
    expect(objectiveWords(false, 0)).toBe('not met');
  });
});
