/**
 * A Why? card adds up: its listed weights, plus the "All factors together" note when smaller factors
 * change the sum, give the total the agent weighed, and an accepted offer's total is positive. A player
 * had added up +0.55, -0.31 and -0.25 on a card that said "Accepting serves its objectives".
 */
import { describe, expect, it } from 'vitest';
import { playGame } from '../../src/runtime/headless.js';

const TOTAL = /^All factors together: ([+-]?\d+\.\d\d) \(smaller ones not listed add ([+-]?\d+\.\d\d)\)$/;

describe('Why? cards add up', () => {
  it('the listed weights and the note give the total; accepted offers weigh positive (20 games)', () => {
    let notes = 0;
    let accepts = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const game = playGame({ scenario: 'autumn-2023', seed, plain: true, keepStarts: false });
      for (const entry of game.log) for (const o of entry.orders) {
        const reasons = o.reasons ?? [];
        const listed = reasons.filter((r) => r.weight !== 0).reduce((a, r) => a + r.weight, 0);
        const note = reasons.map((r) => TOTAL.exec(r.text)).find((m) => m);
        const total = note ? Number(note[1]) : listed;
        if (note) {
          notes++;
          // Each figure is rounded to two decimals: five roundings apart at most.
          expect(Math.abs(Number(note[1]) - Number(note[2]) - listed), `${o.actor} ${o.type}`).toBeLessThan(0.026);
        }
        if (o.type === 'diplomacy.proposeTreaty' && o.params.answer === 'accept') {
          accepts++;
          expect(total, `${o.actor} accepts ${String(o.params.target)}'s ${String(o.params.kind)}`).toBeGreaterThan(-0.005);
        }
      }
      game.session.dispose();
    }
    expect(notes).toBeGreaterThan(0);
    expect(accepts).toBeGreaterThan(50);
  });
});
