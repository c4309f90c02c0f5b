import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';
import { labelOf } from '../../src/runtime/debrief/timeline.js';
import { ACTION_TYPES } from '../../src/shared/actions.js';
import { WORLD_EVENTS } from '../../src/sim/systems/catalogue.js';

// The news feed and the review name each event by labelOf: a student should never read an id there.
const looksLikeId = (s: string) => /^[a-z]+\.[a-zA-Z]+$/.test(s) || s.trim() === '';

describe('event labels in words', () => {
  it('every action, world event and system has a plain label', () => {
    for (const t of ACTION_TYPES) expect(looksLikeId(labelOf(t)), t).toBe(false);
    for (const w of WORLD_EVENTS) expect(looksLikeId(labelOf(`event.${w.id}`)), w.id).toBe(false);
  });

  it('no event type met in real games is shown as an id', () => {
    const types = new Set<string>();
    for (const seed of [1, 2, 3, 4]) {
      const r = playGame({ scenario: 'autumn-2023', seed, plain: true, keepStarts: false });
      for (const e of r.events) types.add(e.type);
      r.session.dispose();
    }
    expect(types.size).toBeGreaterThan(10);
    for (const t of types) expect(looksLikeId(labelOf(t)), t).toBe(false);
  });
});
