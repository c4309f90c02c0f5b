import { describe, expect, it } from 'vitest';
import type { Order } from '../../../src/shared/actions.js';
import { armsDrive, richardsonStep, stablePair } from '../../../src/agents/models/armsRace.js';
import { backDownCost } from '../../../src/agents/models/audienceCost.js';
import { challengeUtility, weightedMedian, type Stakeholder } from '../../../src/agents/models/expectedUtility.js';
import { riskAversion, topReasons, utility } from '../../../src/agents/models/utility.js';
import { chooseIndex, softmax } from '../../../src/agents/models/choice.js';
import { createRng } from '../../../src/sim/rng.js';

describe('Richardson', () => {
  it('steps M + k·Σθ·M_j − α·M + g', () => {
    expect(richardsonStep(100, [{ theta: 0.5, stock: 200 }], { reaction: 0.1, fatigue: 0.05, grievance: 2 })).toBeCloseTo(100 + 10 - 5 + 2);
    expect(stablePair({ reaction: 0.1, fatigue: 0.2, grievance: 0 }, { reaction: 0.1, fatigue: 0.2, grievance: 0 })).toBe(true);
    expect(stablePair({ reaction: 0.3, fatigue: 0.1, grievance: 0 }, { reaction: 0.3, fatigue: 0.1, grievance: 0 })).toBe(false);
    expect(armsDrive(100, 105, 1, 0.1)).toBeCloseTo(0.5);
    expect(armsDrive(100, 105, 0.05, 0.1)).toBe(0); // cannot pay
  });
});

describe('audience costs', () => {
  it('backing down after a loud, recent threat costs more', () => {
    const threats = [{ target: 'ARM', topic: 'corridor', loudness: 1, turn: 5 }];
    const now = backDownCost(threats, 'ARM', 'corridor', 5, 100);
    const later = backDownCost(threats, 'ARM', 'corridor', 10, 100);
    expect(now.stability).toBeCloseTo(8);
    expect(now.credibility).toBeCloseTo(10);
    expect(later.credibility).toBeLessThan(now.credibility);
    expect(backDownCost(threats, 'IRN', 'corridor', 5, 100).credibility).toBe(0);
  });
});

describe('Bueno de Mesquita', () => {
  const P = (actor: string, position: number, salience: number, capability: number): Stakeholder =>
    ({ actor: actor as Stakeholder['actor'], position, salience, capability });
  it('forecasts the capability×salience weighted median', () => {
    // weights 0.9, 1, 0.8 at 95, 5, 10: half of 2.7 is reached at position 10
    expect(weightedMedian([P('AZE', 95, 0.9, 1), P('ARM', 5, 1, 1), P('IRN', 10, 0.8, 1)])).toBe(10);
    expect(weightedMedian([P('AZE', 95, 0.9, 10), P('ARM', 5, 1, 1), P('IRN', 10, 0.8, 1)])).toBe(95);
  });
  it('a strong challenger backed by others expects to gain', () => {
    const ps = [P('AZE', 95, 0.9, 5), P('TUR', 85, 0.6, 5), P('ARM', 5, 1, 1)];
    expect(challengeUtility(ps[0], ps[2], ps)).toBeGreaterThan(0);
    expect(challengeUtility(ps[2], ps[0], ps)).toBeLessThan(challengeUtility(ps[0], ps[2], ps));
  });
});

describe('utility and choice', () => {
  it('sums weighted goals minus cost minus ρ·P(escalation) and names the top terms', () => {
    const b = utility(
      [{ key: 'a', text: 'A', weight: 2, delta: 1 }, { key: 'b', text: 'B', weight: 1, delta: 0.1 }],
      { value: 0.3, text: 'cost' }, { probability: 0.1, rho: riskAversion(0.5), text: 'esc' },
    );
    expect(b.total).toBeCloseTo(2 + 0.1 - 0.3 - 0.4);
    const r = topReasons(b);
    expect(r[0]).toEqual({ text: 'A', weight: 2 });
    expect(r.map((x) => x.text)).toEqual(['A', 'esc', 'cost']);
  });
  it('softmax sharpens as temperature falls and sampling is seeded', () => {
    expect(softmax([1, 0], 0)).toEqual([1, 0]);
    const warm = softmax([1, 0], 1);
    expect(warm[0]).toBeCloseTo(Math.E / (Math.E + 1));
    const a = chooseIndex([1, 1, 1], 1, createRng(7));
    const b = chooseIndex([1, 1, 1], 1, createRng(7));
    expect(a).toBe(b);
  });
});

describe('the expected effect of a mediation', () => {
  it('is weighed by the odds the sim rolls: standing 1 + 2p and relation 2p with each party', async () => {
    const { createGame } = await import('../../../src/sim/engine.js');
    const { DIFFICULTY_SETTINGS } = await import('../../../src/agents/difficulty.js');
    const { emptyMemory, observeTurn } = await import('../../../src/agents/mind/memory.js');
    const { buildSituation } = await import('../../../src/agents/mind/assess.js');
    const { expectedEffects, at } = await import('../../../src/agents/mind/effects.js');
    const { mediationOdds } = await import('../../../src/sim/actions/missions.js');
    const settings = DIFFICULTY_SETTINGS.standard;
    const state = createGame('autumn-2023', 1);
    const sit = buildSituation(state, observeTurn(emptyMemory('RUS'), state, [], settings.unseenCovertWeight), 'guarded', 'hedging', settings);
    // Moscow between Baku and Tehran (low odds: rung 3, relation -40) and between Tehran and Ankara (better).
    for (const [t, b] of [['AZE', 'IRN'], ['IRN', 'TUR']] as const) {
      const p = mediationOdds(state, 'RUS', t, b).p;
      const d = expectedEffects(sit, { actor: 'RUS', type: 'diplomacy.mediate', params: { target: t, between: b } });
      expect(d.standing).toBeCloseTo(1 + 2 * p, 12);
      expect(at(d.rel, t)).toBeCloseTo(2 * p, 12);
      expect(at(d.rel, b)).toBeCloseTo(2 * p, 12);
    }
    expect(mediationOdds(state, 'RUS', 'AZE', 'IRN').p).toBeLessThan(mediationOdds(state, 'RUS', 'IRN', 'TUR').p);
  });
});

describe('lifting a halt of trade, repeating an expulsion, re-offering a refused treaty', () => {
  const setup = async (me: 'TUR' | 'ISR') => {
    const { createGame } = await import('../../../src/sim/engine.js');
    const { DIFFICULTY_SETTINGS } = await import('../../../src/agents/difficulty.js');
    const { emptyMemory, observeTurn } = await import('../../../src/agents/mind/memory.js');
    const { buildSituation } = await import('../../../src/agents/mind/assess.js');
    const effects = await import('../../../src/agents/mind/effects.js');
    const settings = DIFFICULTY_SETTINGS.standard;
    const state = createGame('autumn-2023', 1);
    const memory = observeTurn(emptyMemory(me), state, [], settings.unseenCovertWeight);
    return { state, memory, settings, buildSituation, observeTurn, ...effects };
  };

  it('a lift is read as the halt undone (it was read as a new halt: Ankara lifted and re-imposed its Israel trade halt twice a game)', async () => {
    const { state, memory, settings, buildSituation, expectedEffects, at } = await setup('TUR');
    const sit = buildSituation(state, memory, 'guarded', 'hedging', settings);
    const halt = expectedEffects(sit, { actor: 'TUR', type: 'economy.sanction', params: { target: 'ISR' } });
    const haltAgainst = halt.againstIsrael;
    const haltRel = at(halt.rel, 'ISR');
    const haltPressure = at(halt.pressure, 'ISR');
    const lift = expectedEffects(sit, { actor: 'TUR', type: 'economy.sanction', params: { target: 'ISR', lift: true } });
    expect(haltAgainst).toBeGreaterThan(0);
    expect(lift.againstIsrael).toBeLessThan(0);
    expect(haltRel).toBeLessThan(0);
    expect(at(lift.rel, 'ISR')).toBeGreaterThan(0);
    expect(haltPressure).toBeGreaterThan(0);
    expect(at(lift.pressure, 'ISR')).toBeLessThan(0);
    const { hostility } = await import('../../../src/agents/models/threat.js');
    const ev = { actor: 'TUR', target: 'ISR', type: 'economy.sanction', params: { target: 'ISR', lift: true } } as never;
    expect(hostility(ev, 'ISR')).toBeLessThan(0);
  });

  it('an expulsion repeated soon after the last one is expected to gain little, at the same cost in relations', async () => {
    const { state, memory, settings, buildSituation, observeTurn, expectedEffects, at } = await setup('TUR');
    const order: Order = { actor: 'TUR', type: 'diplomacy.expel', params: { target: 'ISR' } };
    const first = expectedEffects(buildSituation(state, memory, 'guarded', 'hedging', settings), order);
    const firstGain = first.againstIsrael;
    const firstRel = at(first.rel, 'ISR');
    const expelled = { id: 't1-1', turn: state.turn, kind: 'order', actor: 'TUR', target: 'ISR', type: 'diplomacy.expel', params: { target: 'ISR' }, outcome: 'ok', text: 'Ankara expels Israel\'s diplomats.', visibility: 'public' } as never;
    const next = { ...state, turn: state.turn + 1 };
    const after = observeTurn(memory, next, [expelled], settings.unseenCovertWeight);
    const again = expectedEffects(buildSituation(next, after, 'guarded', 'hedging', settings), order);
    expect(firstGain).toBeGreaterThan(0);
    expect(again.againstIsrael).toBeLessThan(firstGain * 0.3);
    expect(at(again.rel, 'ISR')).toBe(firstRel);
  });

  it('a refused offer is worth a quarter as much to repeat within a year', async () => {
    const { state, memory, settings, buildSituation, expectedEffects } = await setup('ISR');
    const order: Order = { actor: 'ISR', type: 'diplomacy.proposeTreaty', params: { target: 'AZE', kind: 'defencePact', explicitness: 'vague' } };
    const before = expectedEffects(buildSituation(state, memory, 'guarded', 'hedging', settings), order).treaty!.chance;
    const refused = { ...state, proposals: [...state.proposals, { id: 'p1', from: 'ISR', to: 'AZE', kind: 'defencePact', turn: state.turn, status: 'refused' }] } as never;
    const after = expectedEffects(buildSituation(refused, memory, 'guarded', 'hedging', settings), order).treaty!.chance;
    expect(after).toBeCloseTo(Math.max(0.05, before * 0.25), 6);
  });
});

describe('the expected worth of an Aras build month', () => {
  it('is the route\'s worth shared over its build months (a longer build makes each month worth less)', async () => {
    const { createGame } = await import('../../../src/sim/engine.js');
    const { DIFFICULTY_SETTINGS } = await import('../../../src/agents/difficulty.js');
    const { emptyMemory, observeTurn } = await import('../../../src/agents/mind/memory.js');
    const { buildSituation } = await import('../../../src/agents/mind/assess.js');
    const { expectedEffects } = await import('../../../src/agents/mind/effects.js');
    const settings = DIFFICULTY_SETTINGS.standard;
    const worth = (steps: number): number => {
      const state = createGame('autumn-2023', 1);
      state.global.aras.buildTurnsNeeded = steps;
      const sit = buildSituation(state, observeTurn(emptyMemory('IRN'), state, [], settings.unseenCovertWeight), 'guarded', 'hedging', settings);
      return expectedEffects(sit, { actor: 'IRN', type: 'corridor.aras', params: { step: 'build' } }).aras;
    };
    expect(worth(12)).toBeCloseTo(0.1, 12);
    expect(worth(8)).toBeCloseTo(0.15, 12);
    expect(createGame('autumn-2023', 1).global.aras.buildTurnsNeeded).toBe(12);
  });
});

describe('the expected worth of stationing troops abroad', () => {
  it('falls with the troops already there: the first deployment is the tripwire and the proof of commitment', async () => {
    const { createGame } = await import('../../../src/sim/engine.js');
    const { DIFFICULTY_SETTINGS } = await import('../../../src/agents/difficulty.js');
    const { emptyMemory, observeTurn } = await import('../../../src/agents/mind/memory.js');
    const { buildSituation } = await import('../../../src/agents/mind/assess.js');
    const { expectedEffects, at } = await import('../../../src/agents/mind/effects.js');
    const settings = DIFFICULTY_SETTINGS.standard;
    const worth = (already: number) => {
      const state = createGame('autumn-2023', 1);
      state.provinces['AM.SU'].troops = already ? { IRN: already } : {};
      const sit = buildSituation(state, observeTurn(emptyMemory('IRN'), state, [], settings.unseenCovertWeight), 'guarded', 'hedging', settings);
      const d = expectedEffects(sit, { actor: 'IRN', type: 'military.deploy', params: { province: 'AM.SU' } });
      return { shield: d.syunikShield, goodwill: at(d.rel, 'ARM') };
    };
    const first = worth(0);
    const step = Math.max(2, Math.round(createGame('autumn-2023', 1).actors.IRN.capability.ground / 10));
    const second = worth(step);
    expect(first).toEqual({ shield: 1, goodwill: 3 });
    expect(second.shield).toBeCloseTo(0.5, 12);
    expect(second.goodwill).toBeCloseTo(1.5, 12);
  });
});
