/**
 * A month's orders of one agent do not contradict each other: a state that accepts another's peace
 * treaty does not attack it in the same month (decide.ts leaves force against it out of the pool).
 * Baku had accepted Yerevan's peace treaty and taken Syunik by force in one turn.
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import { playGame } from '../../src/runtime/headless.js';

const forceAgainst = (o: Order): unknown =>
  o.type === 'military.offensive' || o.type === 'military.strike' ? o.params.target : o.type === 'corridor.zangezur' && o.params.step === 'seize' ? 'ARM' : null;

describe('coherent orders', () => {
  it('no agent accepts a peace treaty and uses force against the same state in the same month (60 games)', () => {
    let peaceAccepts = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const game = playGame({ scenario: 'autumn-2023', seed, plain: true, keepStarts: false });
      for (const entry of game.log) {
        const byActor = new Map<string, Order[]>();
        for (const o of entry.orders) byActor.set(o.actor, [...(byActor.get(o.actor) ?? []), o]);
        for (const orders of byActor.values()) {
          const peace = orders.filter((o) => o.params.answer === 'accept' && o.params.kind === 'peace').map((o) => o.params.target);
          peaceAccepts += peace.length;
          for (const o of orders) expect(peace.includes(forceAgainst(o) as never), `${entry.turn} ${o.actor} ${o.type}`).toBe(false);
        }
      }
      game.session.dispose();
    }
    // The games do accept peace treaties (the check is not empty).
    expect(peaceAccepts).toBeGreaterThan(10);
  });
});
