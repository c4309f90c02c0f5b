/**
 * The agents' effect model (src/agents/mind/effects.ts) on small hand-checked cases: what an agent
 * expects one order to change, against what the sim does.
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import type { ActorId } from '../../src/shared/ids.js';
import type { GameEvent, GameState } from '../../src/sim/state/types.js';
import { createGame } from '../../src/sim/engine.js';
import { mediationOdds } from '../../src/sim/actions/missions.js';
import { hostility } from '../../src/agents/models/threat.js';
import { DIFFICULTY_SETTINGS } from '../../src/agents/difficulty.js';
import { emptyMemory, observeTurn, type AgentMemory } from '../../src/agents/mind/memory.js';
import { buildSituation } from '../../src/agents/mind/assess.js';
import { armsKeenness, at, expectedEffects } from '../../src/agents/mind/effects.js';
import { goalDelta } from '../../src/agents/mind/goals.js';

const settings = DIFFICULTY_SETTINGS.standard;
const start = (mutate?: (s: GameState) => void): GameState => {
  const s = createGame('autumn-2023', 1);
  mutate?.(s);
  return s;
};
const freshMemory = (me: ActorId, state: GameState): AgentMemory => observeTurn(emptyMemory(me), state, [], settings.unseenCovertWeight);
/** `me`'s expected effect of `order` in `state`, with the given memory (a fresh one by default). */
const expect1 = (me: ActorId, state: GameState, order: Order, memory = freshMemory(me, state)) =>
  expectedEffects(buildSituation(state, memory, 'guarded', 'hedging', settings), order);

describe('the expected effect of a mediation', () => {
  it('is weighed by the odds the sim rolls: standing 1 + 2p and relation 2p with each party', () => {
    const state = start();
    // Moscow between Baku and Tehran (low odds: rung 3, relation -40) and between Tehran and Ankara (better).
    for (const [t, b] of [['AZE', 'IRN'], ['IRN', 'TUR']] as const) {
      const p = mediationOdds(state, 'RUS', t, b).p;
      const d = expect1('RUS', state, { actor: 'RUS', type: 'diplomacy.mediate', params: { target: t, between: b } });
      expect(d.standing).toBeCloseTo(1 + 2 * p, 12);
      expect(at(d.rel, t)).toBeCloseTo(2 * p, 12);
      expect(at(d.rel, b)).toBeCloseTo(2 * p, 12);
    }
    expect(mediationOdds(state, 'RUS', 'AZE', 'IRN').p).toBeLessThan(mediationOdds(state, 'RUS', 'IRN', 'TUR').p);
  });
});

describe('lifting a halt of trade, repeating an expulsion, re-offering a refused treaty', () => {
  it('a lift is read as the halt undone (it was read as a new halt: Ankara lifted and re-imposed its Israel trade halt twice a game)', () => {
    const state = start();
    const halt = expect1('TUR', state, { actor: 'TUR', type: 'economy.sanction', params: { target: 'ISR' } });
    const [haltAgainst, haltRel, haltPressure] = [halt.againstIsrael, at(halt.rel, 'ISR'), at(halt.pressure, 'ISR')];
    const lift = expect1('TUR', state, { actor: 'TUR', type: 'economy.sanction', params: { target: 'ISR', lift: true } });
    expect(haltAgainst).toBeGreaterThan(0);
    expect(lift.againstIsrael).toBeLessThan(0);
    expect(haltRel).toBeLessThan(0);
    expect(at(lift.rel, 'ISR')).toBeGreaterThan(0);
    expect(haltPressure).toBeGreaterThan(0);
    expect(at(lift.pressure, 'ISR')).toBeLessThan(0);
    const ev = { actor: 'TUR', target: 'ISR', type: 'economy.sanction', params: { target: 'ISR', lift: true } } as unknown as GameEvent;
    expect(hostility(ev, 'ISR')).toBeLessThan(0);
  });

  it('an expulsion repeated soon after the last one is expected to gain little, at the same cost in relations', () => {
    const state = start();
    const order: Order = { actor: 'TUR', type: 'diplomacy.expel', params: { target: 'ISR' } };
    const first = expect1('TUR', state, order);
    const [firstGain, firstRel] = [first.againstIsrael, at(first.rel, 'ISR')];
    const expelled = { id: 't1-1', turn: state.turn, kind: 'order', actor: 'TUR', target: 'ISR', type: 'diplomacy.expel', params: { target: 'ISR' }, outcome: 'ok', text: 'Ankara expels Israel\'s diplomats.', visibility: 'public' } as unknown as GameEvent;
    const next = { ...state, turn: state.turn + 1 };
    const again = expect1('TUR', next, order, observeTurn(freshMemory('TUR', state), next, [expelled], settings.unseenCovertWeight));
    expect(firstGain).toBeGreaterThan(0);
    expect(again.againstIsrael).toBeLessThan(firstGain * 0.3);
    expect(at(again.rel, 'ISR')).toBe(firstRel);
  });

  it('a refused offer is worth a quarter as much to repeat within a year', () => {
    const order: Order = { actor: 'ISR', type: 'diplomacy.proposeTreaty', params: { target: 'AZE', kind: 'defencePact', explicitness: 'vague' } };
    const state = start();
    const before = expect1('ISR', state, order).treaty!.chance;
    const refused = start((s) => { s.proposals.push({ id: 'p1', from: 'ISR', to: 'AZE', kind: 'defencePact', params: {}, turn: s.turn, status: 'refused' }); });
    const after = expect1('ISR', refused, order, freshMemory('ISR', state)).treaty!.chance;
    expect(after).toBeCloseTo(Math.max(0.05, before * 0.25), 6);
  });
});

describe('the expected worth of an Aras build month', () => {
  it('is the route\'s worth shared over its build months (a longer build makes each month worth less)', () => {
    const worth = (steps: number): number =>
      expect1('IRN', start((s) => { s.global.aras.buildTurnsNeeded = steps; }), { actor: 'IRN', type: 'corridor.aras', params: { step: 'build' } }).aras;
    expect(worth(12)).toBeCloseTo(0.1, 12);
    expect(worth(8)).toBeCloseTo(0.15, 12);
    expect(start().global.aras.buildTurnsNeeded).toBe(12);
  });
});

describe('the expected worth of stationing troops abroad', () => {
  it('falls with the troops already there: the first deployment is the tripwire and the proof of commitment', () => {
    const worth = (already: number) => {
      const d = expect1('IRN', start((s) => { s.provinces['AM.SU'].troops = already ? { IRN: already } : {}; }), { actor: 'IRN', type: 'military.deploy', params: { province: 'AM.SU' } });
      return { shield: d.syunikShield, goodwill: at(d.rel, 'ARM') };
    };
    const step = Math.max(2, Math.round(start().actors.IRN.capability.ground / 10));
    expect(worth(0)).toEqual({ shield: 1, goodwill: 3 });
    const second = worth(step);
    expect(second.shield).toBeCloseTo(0.5, 12);
    expect(second.goodwill).toBeCloseTo(1.5, 12);
  });
});

describe('answers to offers on other terms', () => {
  it('a pact it would turn down is answered with arms instead, where an arms-supply agreement serves it', async () => {
    const { answerOffer } = await import('../../src/agents/mind/proposals.js');
    const answer = (me: ActorId, from: ActorId, mutate?: (s: GameState) => void) => {
      const state = start((s) => { s.pairs['AZE-RUS'].relation = 40; mutate?.(s); });
      return answerOffer(buildSituation(state, freshMemory(me, state), 'guarded', 'hedging', settings), { from, kind: 'defencePact', params: { explicitness: 'vague' } });
    };
    // Moscow, absorbed by Ukraine, will not bind itself to Baku, but it sells it arms.
    const moscow = answer('RUS', 'AZE');
    expect(moscow.breakdown.total).toBeLessThanOrEqual(0);
    expect(moscow.order.params).toMatchObject({ answer: 'counter', terms: { instead: 'armsSupply' } });
    expect(moscow.note).toMatch(/arms-supply agreement instead/);
    // With an agreement already in force there is nothing to offer instead: a plain refusal.
    expect(answer('RUS', 'AZE', (s) => { s.pairs['AZE-RUS'].treaties.armsSupply = true; }).order.params.answer).toBe('refuse');
  });

  it('the arms-supply agreement is worth arms to the buyer and sales to the seller', () => {
    const order: Order = { actor: 'AZE', type: 'diplomacy.proposeTreaty', params: { target: 'RUS', kind: 'armsSupply' } };
    const buyer = expect1('AZE', start(), order);
    expect(buyer.strength).toBeGreaterThan(0);
    expect(buyer.armsSold).toBe(0);
    const seller = expect1('RUS', start(), { actor: 'RUS', type: 'diplomacy.proposeTreaty', params: { target: 'AZE', kind: 'armsSupply' } });
    expect(seller.armsSold).toBeGreaterThan(0);
    expect(seller.strength).toBe(0);
  });
});

describe('the expected worth of arms', () => {
  const sitOf = (me: ActorId, state: GameState) => buildSituation(state, freshMemory(me, state), 'guarded', 'hedging', settings);

  it('a package adds strength by the Richardson drive: 0.3 of it with no gap to close, all of it at full drive', () => {
    const state = start();
    const sit = sitOf('AZE', state);
    expect(armsKeenness({ ...sit, armsDrive: 0 })).toBeCloseTo(0.3, 9);
    expect(armsKeenness({ ...sit, armsDrive: 1 })).toBeCloseTo(1, 9);
    const buy: Order = { actor: 'AZE', type: 'arms.buy', params: { supplier: 'TUR', item: 'artillery' } };
    const calm = expectedEffects({ ...sit, armsDrive: 0 }, buy).strength;
    const racing = expectedEffects({ ...sit, armsDrive: 1 }, buy).strength;
    expect(calm).toBeCloseTo(racing * 0.3, 9);
  });

  it('Yerevan, outgunned and rearming, is keener than Baku, which has nothing to catch up on', () => {
    const state = start();
    expect(sitOf('ARM', state).armsDrive).toBeGreaterThan(sitOf('AZE', state).armsDrive);
  });

  it('an offer of arms is worth to the seller what the buyer is likely to take, less after a refusal', () => {
    const sell: Order = { actor: 'ISR', type: 'arms.sell', params: { target: 'AZE', item: 'drones' } };
    const state = start();
    const before = expect1('ISR', state, sell).armsSold;
    const refused = start((s) => { s.proposals.push({ id: 'p1', from: 'ISR', to: 'AZE', kind: 'armsOffer', params: {}, turn: s.turn, status: 'refused' }); });
    const after = expect1('ISR', refused, sell, freshMemory('ISR', state)).armsSold;
    expect(before).toBeGreaterThan(0);
    expect(before).toBeLessThanOrEqual(0.9);
    expect(after).toBeCloseTo(Math.max(0.05, before * 0.25), 6);
  });
});

describe('what strength is worth for holding Karabakh', () => {
  it('shrinks with Baku\'s lead over Yerevan: more arms hold Karabakh only as far as Yerevan could contest it', () => {
    const order: Order = { actor: 'AZE', type: 'arms.buy', params: { supplier: 'TUR', item: 'artillery' } };
    const held = (state: GameState) => {
      const sit = buildSituation(state, freshMemory('AZE', state), 'guarded', 'hedging', settings);
      const d = expectedEffects({ ...sit, armsDrive: 1 }, order);
      return goalDelta('karabakhHeld', d, sit, order);
    };
    const ahead = held(start());
    const even = held(start((s) => { s.actors.ARM.capability = { ...s.actors.AZE.capability }; s.actors.ARM.readiness = s.actors.AZE.readiness; s.actors.ARM.distraction = s.actors.AZE.distraction; }));
    // At the start Yerevan has about two fifths of Baku's strength; evenly matched, a package counts in full.
    expect(even).toBeCloseTo(5 / 15, 6);
    expect(ahead).toBeGreaterThan(0.25 * even);
    expect(ahead).toBeLessThan(0.6 * even);
  });
});

describe('the expected effect of a corridor offer', () => {
  it('an offer that gives the other side all it asks is expected to be taken, whatever the relation', () => {
    const state = start((s) => { s.pairs['ARM-AZE'].relation = -80; });
    const yield_: Order = { actor: 'ARM', type: 'diplomacy.proposeTreaty', params: { target: 'AZE', kind: 'corridorDeal', mode: 'extraterritorial' } };
    const own: Order = { actor: 'ARM', type: 'diplomacy.proposeTreaty', params: { target: 'AZE', kind: 'corridorDeal', mode: 'transit' } };
    const y = expect1('ARM', state, yield_);
    const o = expect1('ARM', state, own);
    // Yerevan's extraterritorial offer: Baku's demand, so taken; its own transit offer: Baku's mood decides.
    expect(y.treaty!.chance).toBeGreaterThanOrEqual(0.9);
    expect(o.treaty!.chance).toBeLessThan(0.2);
    expect(y.corridor).toBeCloseTo(80 * y.treaty!.chance, 6);
    const sit = buildSituation(state, freshMemory('ARM', state), 'guarded', 'hedging', settings);
    expect(goalDelta('syunikKept', y, sit, yield_)).toBeLessThan(-5);
  });
});

describe('the expected gain of taking Syunik', () => {
  it('is the part of the route Baku does not already have: nothing once an extraterritorial corridor is agreed', () => {
    const attack: Order = { actor: 'AZE', type: 'military.offensive', params: { province: 'AM.SU', target: 'ARM' } };
    const withRoute = (status: 'negotiating' | 'agreed', sovereignty: number) => start((s) => {
      s.global.zangezur = { ...s.global.zangezur, status, sovereignty };
      s.pairs['ARM-AZE'].rung = 5;
    });
    expect(expect1('AZE', withRoute('negotiating', 100), attack).corridor).toBeCloseTo(30, 6);
    expect(expect1('AZE', withRoute('agreed', 20), attack).corridor).toBeCloseTo(24, 6);
    expect(expect1('AZE', withRoute('agreed', 100), attack).corridor).toBeCloseTo(0, 6);
  });
});

describe('Yerevan\'s counter to a corridor deal', () => {
  it('is transit under Armenian control whatever the balance of force: an extraterritorial route is its red line', async () => {
    const { answerOffer } = await import('../../src/agents/mind/proposals.js');
    // Baku far stronger, so the Fearon split lies high on the sovereignty scale.
    const state = start((s) => {
      s.actors.ARM.capability = { ground: 5, airDefence: 2, drones: 1, artillery: 3 };
      s.proposals.push({ id: 'p1', from: 'AZE', to: 'ARM', kind: 'corridorDeal', params: { mode: 'extraterritorial', sovereignty: 100 }, turn: s.turn, status: 'pending' });
    });
    const sit = buildSituation(state, freshMemory('ARM', state), 'guarded', 'hedging', settings);
    expect((sit.bargain.range.lo + sit.bargain.range.hi) / 2).toBeGreaterThan(0.7);
    const a = answerOffer(sit, { id: 'p1', from: 'AZE', kind: 'corridorDeal', params: { mode: 'extraterritorial', sovereignty: 100 } } as never);
    expect(a.order.params.answer).toBe('counter');
    expect(a.order.params.terms).toMatchObject({ mode: 'transit', recognition: true });
    expect((a.order.params.terms as { sovereignty: number }).sovereignty).toBeLessThanOrEqual(20);
  });
});

describe('the Zangezur talks', () => {
  it('each side concedes towards its limit round by round, signs an offer within it, and breaks off after six counters', async () => {
    const { answerOffer } = await import('../../src/agents/mind/proposals.js');
    const state = start();
    const offerAt = (from: 'ARM' | 'AZE', sovereignty: number, rounds: number) => ({ from, kind: 'corridorDeal', params: { mode: 'transit', terms: { mode: 'transit', sovereignty, recognition: true } }, rounds });
    const sov = (a: { order: Order }) => (a.order.params.terms as { sovereignty: number }).sovereignty;
    for (const me of ['AZE', 'ARM'] as const) {
      const other = me === 'AZE' ? 'ARM' : 'AZE';
      const sit = buildSituation(state, freshMemory(me, state), 'guarded', 'hedging', settings);
      // An offer at the other side's end of the scale: countered, each round no further from the other side.
      const far = me === 'AZE' ? 0 : 69;
      const counters = [0, 1, 2, 3, 4].map((k) => answerOffer(sit, offerAt(other, far, k)));
      for (const c of counters) expect(c.order.params).toMatchObject({ answer: 'counter', kind: 'corridorDeal', terms: { recognition: true } });
      const points = counters.map(sov);
      for (let k = 1; k < points.length; k++) expect(me === 'AZE' ? points[k] <= points[k - 1] : points[k] >= points[k - 1]).toBe(true);
      // Conceded fully by the fourth counter, to the limit it would sign: that point, offered, is accepted.
      expect(answerOffer(sit, offerAt(other, points[4], 1)).order.params.answer).toBe('accept');
      expect(answerOffer(sit, offerAt(other, points[4] + (me === 'AZE' ? -1 : 1), 1)).order.params.answer).toBe('counter');
      // It had opened further from the other side than its limit.
      expect(points[0]).not.toBe(points[4]);
      // Yerevan's counters stay transit under its own control, below the extraterritorial end.
      if (me === 'ARM') for (const c of counters) expect(c.order.params.terms).toMatchObject({ mode: 'transit' }), expect(sov(c)).toBeLessThan(70);
      // The sixth counter is not made: the talks stall, and the note says where each stands.
      const last = answerOffer(sit, offerAt(other, far, 5));
      expect(last.order.params.answer).toBe('refuse');
      expect(last.note).toMatch(/^Talks stall after 6 rounds: it prefers no deal to (less|more) than \d+ this month, and the offer \(\d+ on the 0-100 sovereignty scale\) is still outside that$/);
    }
  });
});
