import { describe, expect, it } from 'vitest';
import { triggerWords } from '../../src/ui/panels/news.js';

describe('Why? card words', () => {
  it('shows a trigger by its turn, not its event id', () => {
    expect(triggerWords('t1-17: Baku exposes a covert Tehran operation.')).toBe('on turn 1, Baku exposes a covert Tehran operation.');
    expect(triggerWords('t12-3: Israel and Baku hold talks.')).toBe('on turn 12, Israel and Baku hold talks.');
    // A trigger without an id is shown as it is.
    expect(triggerWords('Tehran moved troops.')).toBe('Tehran moved troops.');
  });
});
