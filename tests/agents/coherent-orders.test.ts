/**
 * A month's orders of one agent do not contradict each other: a state that courts another (talks, a
 * mission, an offer, accepting its offer) does not break with it in the same month (expelling its
 * diplomats, a trade halt, force). Baku had accepted Yerevan's peace treaty and taken Syunik by force in
 * one turn; Moscow had held talks with Yerevan and expelled its diplomats. Criticism and covert work are
 * allowed alongside talks (decide.ts `contradicts`).
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import { playGame } from '../../src/runtime/headless.js';
import { AGAINST_ITS_WEIGHING } from '../../src/agents/mind/decide.js';

const courts = (o: Order): unknown =>
  ['diplomacy.summit', 'diplomacy.openMission', 'arms.sell'].includes(o.type) || (o.type === 'diplomacy.proposeTreaty' && (o.params.answer === undefined || o.params.answer === 'accept')) ? o.params.target : null;
const breaksWith = (o: Order): unknown =>
  ['diplomacy.expel', 'military.offensive', 'military.strike'].includes(o.type) || (o.type === 'economy.sanction' && !o.params.lift) ? o.params.target
    : o.type === 'corridor.zangezur' && o.params.step === 'seize' ? 'ARM' : null;

describe('coherent orders', () => {
  it('no agent courts a state and breaks with it in the same month, nor breaks with one by a noise draw (60 games)', () => {
    let peaceAccepts = 0;
    let noiseDraws = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const game = playGame({ scenario: 'autumn-2023', seed, plain: true, keepStarts: false });
      for (const entry of game.log) {
        const byActor = new Map<string, Order[]>();
        for (const o of entry.orders) byActor.set(o.actor, [...(byActor.get(o.actor) ?? []), o]);
        for (const orders of byActor.values()) {
          peaceAccepts += orders.filter((o) => o.params.answer === 'accept' && o.params.kind === 'peace').length;
          const courted: unknown[] = orders.map(courts).filter((t) => t !== null);
          for (const o of orders) expect(courted.includes(breaksWith(o)), `turn ${entry.turn}: ${o.actor} ${o.type} against ${String(breaksWith(o))}`).toBe(false);
          // A rupture is never a noise draw: Israel had expelled Moscow's diplomats 0.7 times a game
          // "although it weighs against its objectives".
          for (const o of orders) {
            if (breaksWith(o) !== null) expect(o.reasons?.some((r) => r.text === AGAINST_ITS_WEIGHING), `turn ${entry.turn}: ${o.actor} ${o.type} drawn against its weighing`).toBeFalsy();
            else if (o.reasons?.some((r) => r.text === AGAINST_ITS_WEIGHING)) noiseDraws++;
          }
        }
      }
      game.session.dispose();
    }
    // The games do accept peace treaties (the check is not empty).
    expect(peaceAccepts).toBeGreaterThan(5);
    // The agents still err on small things (a summit, a protest, a deployment).
    expect(noiseDraws).toBeGreaterThan(100);
  });
});

describe('red lines', () => {
  it('Yerevan never draws an extraterritorial corridor by noise: the acceptance and the offer leave its pool when they weigh against it', async () => {
    const { createGame } = await import('../../src/sim/engine.js');
    const { prepareDecision } = await import('../../src/agents/mind/decide.js');
    const { DIFFICULTY_SETTINGS } = await import('../../src/agents/difficulty.js');
    const { emptyMemory, observeTurn } = await import('../../src/agents/mind/memory.js');
    const settings = DIFFICULTY_SETTINGS.novice; // the noisiest level
    const state = createGame('autumn-2023', 1);
    Object.assign(state.global.zangezur, { status: 'demanded', mode: 'extraterritorial', proposer: 'AZE' });
    const memory = observeTurn(emptyMemory('ARM'), state, [], settings.unseenCovertWeight);
    const prep = prepareDecision({ state, publicOrders: [], memory, posture: 'guarded', alignment: 'hedging', settings })!;
    const redLine = (o: Order) => (o.type === 'corridor.zangezur' && o.params.step === 'accept') || (o.type === 'diplomacy.proposeTreaty' && o.params.mode === 'extraterritorial');
    expect(prep.pool.filter((c) => redLine(c.order))).toEqual([]);
    // Baku's pool, with the same kinds of order, keeps them: the rule is Yerevan's.
    const baku = prepareDecision({ state, publicOrders: [], memory: observeTurn(emptyMemory('AZE'), state, [], settings.unseenCovertWeight), posture: 'guarded', alignment: 'hedging', settings })!;
    expect(baku.pool.some((c) => c.order.type === 'diplomacy.proposeTreaty' && c.order.params.mode === 'extraterritorial')).toBe(true);
  });
});
