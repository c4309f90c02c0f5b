/**
 * Rules that keep the agents close to the article (docs/rules.md): the war load on arms exports
 * (Russia absorbed by Ukraine sells less and delivers late or not at all, §Postwar, §Conclusion),
 * joint drills that wear off with routine (§Iran-Armenia, §Turkey), what a formal alliance with
 * Israel costs Baku (§Israel, §Conclusion), and relations that resist the extremes.
 */
import { describe, expect, it } from 'vitest';
import type { ArmsOrder, GameState } from '../../src/sim/state/types.js';
import { exportCapacity, exportLoad, openExports, supplierRefusal } from '../../src/sim/actions/armsCatalogue.js';
import { israelPactCost } from '../../src/sim/actions/treatyEffects.js';
import { routineNovelty, talksNovelty } from '../../src/sim/state/selectors.js';
import { addRelation, saturation } from '../../src/sim/effects.js';
import { runDeliveries } from '../../src/sim/systems/deliveries.js';
import { runCommitments } from '../../src/sim/systems/commitments.js';
import { runDrift } from '../../src/sim/systems/drift.js';
import { setupGame } from '../helpers/setupGame.js';
import { runSystem } from '../helpers/runSystem.js';
import { change, order, orderEv, play } from './actions/play.js';

const russianOrder = (id: string, arrivalTurn: number, extra: Partial<ArmsOrder> = {}): ArmsOrder => ({
  id, supplier: 'RUS', item: 'airDefence', amount: 4, costBn: 0.27, orderedTurn: arrivalTurn - 3, arrivalTurn, route: 'direct', ...extra,
});

describe('war load on arms exports', () => {
  it('comes from the scenario: Russia strained by Ukraine, Israel and the others not', () => {
    const s = setupGame();
    expect(s.params['exportStrain.RUS']).toBe(0.8);
    expect(exportLoad(s, 'RUS')).toBeCloseTo(0.8 * s.actors.RUS.distraction / 100, 9);
    expect(exportLoad(s, 'ISR')).toBe(0);
    expect(exportLoad(s, 'FRA')).toBe(0);
    expect(exportCapacity(s, 'RUS')).toBe(Math.floor(6 * (1 - exportLoad(s, 'RUS'))));
    expect(exportCapacity(s, 'ISR')).toBe(Infinity);
    // A surge in Ukraine (more distraction) leaves less to export.
    const surge = setupGame({ mutate: (g) => { g.actors.RUS.distraction = 100; } });
    expect(exportCapacity(surge, 'RUS')).toBeLessThan(exportCapacity(s, 'RUS'));
  });

  it('Russia refuses new sales once its undelivered exports fill its capacity', () => {
    const full = (g: GameState) => { g.actors.IRN.armsOnOrder.push(russianOrder('a', 5), russianOrder('b', 6)); };
    const s = setupGame({ mutate: full });
    expect(openExports(s, 'RUS')).toBe(2);
    expect(exportCapacity(s, 'RUS')).toBe(2);
    expect(supplierRefusal(s, 'AZE', 'RUS')).toMatch(/no arms to spare/);
    const r = play(s, order('RUS', 'arms.sell', { target: 'TUR', item: 'drones' }), order('AZE', 'arms.buy', { supplier: 'RUS', item: 'drones' }));
    expect(r.rejected.map((x) => x.order.type)).toEqual(['arms.sell', 'arms.buy']);
    // Israel has no such limit.
    expect(supplierRefusal(s, 'AZE', 'ISR')).toBeNull();
  });

  it('a Russian delivery slips with probability equal to the load, breaking the promise; the slip limit cancels it', () => {
    let slipped = 0;
    let cancelled = 0;
    const N = 400;
    for (let seed = 1; seed <= N; seed++) {
      const s = setupGame({ seed, mutate: (g) => {
        g.turn = 5;
        for (const a of Object.values(g.actors)) a.armsOnOrder = [];
        g.actors.IRN.armsOnOrder = [russianOrder('x', 5, seed % 2 ? {} : { slipped: 2, arrivalTurn: 5 })];
        g.commitments.push({ id: 'c1', from: 'RUS', to: 'IRN', kind: 'armsDelivery', text: 'Russia is to deliver air-defence systems to Iran by turn 5.', madeTurn: 2, dueTurn: seed % 2 ? 5 : 3, status: seed % 2 ? 'open' : 'broken', credibility: 35 });
      } });
      const d = runSystem(s, runDeliveries);
      const o = d.state.actors.IRN.armsOnOrder;
      if (seed % 2) {
        if (o.length) {
          slipped++;
          expect(o[0]).toMatchObject({ slipped: 1, arrivalTurn: 6 });
          expect(d.events[0]).toMatchObject({ outcome: 'failure', claim: '§Postwar' });
          expect(d.events[0].text).toMatch(/late/);
          // The ledger records the late delivery as a broken promise.
          const c = runSystem(d.state, runCommitments);
          expect(c.state.commitments[0].status).toBe('broken');
          expect(c.state.actors.RUS.credibility).toBeLessThan(s.actors.RUS.credibility);
        } else {
          const c = runSystem(d.state, runCommitments);
          expect(c.state.commitments[0].status).toBe('kept');
        }
      } else if (!o.length && d.events.some((e) => /cancels/.test(e.text))) {
        cancelled++;
        expect(d.state.actors.IRN.capability.airDefence).toBe(s.actors.IRN.capability.airDefence);
        expect(d.state.actors.IRN.treasuryBn).toBe(s.actors.IRN.treasuryBn);
      }
    }
    const load = exportLoad(setupGame(), 'RUS');
    expect(slipped / (N / 2)).toBeGreaterThan(load - 0.1);
    expect(slipped / (N / 2)).toBeLessThan(load + 0.1);
    expect(cancelled / (N / 2)).toBeGreaterThan(load - 0.1);
    expect(cancelled / (N / 2)).toBeLessThan(load + 0.1);
  });

  it('a delivery keeps only its own promise', () => {
    const s = setupGame({ mutate: (g) => {
      g.turn = 5;
      g.actors.AZE.armsOnOrder = [{ id: 'i', supplier: 'ISR', item: 'drones', amount: 4, costBn: 0.3, orderedTurn: 3, arrivalTurn: 5, route: 'direct' }];
      g.commitments.push(
        { id: 'c1', from: 'ISR', to: 'AZE', kind: 'armsDelivery', text: '', madeTurn: 3, dueTurn: 5, status: 'open', credibility: 60 },
        { id: 'c2', from: 'ISR', to: 'AZE', kind: 'armsDelivery', text: '', madeTurn: 4, dueTurn: 6, status: 'open', credibility: 60 },
      );
    } });
    const d = runSystem(s, runDeliveries);
    expect(d.state.commitments.map((c) => c.status)).toEqual(['kept', 'open']);
  });
});

describe('joint drills wear off with routine', () => {
  it('a repeated joint drill builds less trust between the partners; the routine fades month by month', () => {
    // Baku hosts Israel's drills only when clashing with Tehran (rung 6 without a pact: military.ts hostRefuses).
    const s = setupGame({ seed: 3, mutate: (g) => { g.pairs['AZE-IRN'].rung = 6; } });
    const drill = order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' });
    const first = play(s, drill);
    const gain = (r: typeof first, before: GameState) => r.state.pairs['AZE-ISR'].trust - before.pairs['AZE-ISR'].trust;
    expect(first.rejected).toEqual([]);
    expect(change(first, 'AZE-ISR.drills')).toEqual({ from: 0, to: 1 });
    const routine = setupGame({ seed: 3, mutate: (g) => { g.pairs['AZE-ISR'].drills = 2; g.pairs['AZE-IRN'].rung = 6; } });
    const again = play(routine, drill);
    expect(orderEv(again, 'military.drill').text).toMatch(/joint drills/);
    const t1 = change(first, 'AZE-ISR.trust')!;
    const t2 = change(again, 'AZE-ISR.trust')!;
    expect(Number(t2.to) - Number(t2.from)).toBeLessThan(Number(t1.to) - Number(t1.from));
    expect(routineNovelty(routine, 'ISR', 'AZE')).toBeCloseTo(1 / (1 + 2 * 2), 9);
    expect(gain(first, s)).toBeGreaterThan(0);
    // The drift system halves the routine (0.7 a month by default) and clears it when small.
    const faded = runSystem(routine, runDrift).state;
    expect(faded.pairs['AZE-ISR'].drills).toBeCloseTo(1.4, 9);
    const tiny = runSystem(setupGame({ mutate: (g) => { g.pairs['AZE-ISR'].drills = 0.06; } }), runDrift).state;
    expect(tiny.pairs['AZE-ISR'].drills).toBe(0);
  });
});

describe('summits wear off with routine', () => {
  it('talks held month after month build less; after a quiet spell a meeting is an occasion again', () => {
    const s = setupGame({ seed: 3, mutate: (g) => { g.pairs['AZE-TUR'].relation = 20; g.pairs['AZE-TUR'].rung = 0; } });
    const talks = order('AZE', 'diplomacy.summit', { target: 'TUR' });
    const first = play(s, talks);
    expect(change(first, 'AZE-TUR.talks')).toEqual({ from: 0, to: 1 });
    // The summit's own effect (the month's drift towards the baseline comes after it).
    const gain = (r: typeof first) => { const e = orderEv(r, 'diplomacy.summit').effects.find((x) => x.path === 'AZE-TUR.relation')!; return Number(e.to) - Number(e.from); };
    expect(gain(first)).toBe(6);
    expect(orderEv(first, 'diplomacy.summit').text).not.toMatch(/routine/);
    const routine = setupGame({ seed: 3, mutate: (g) => { g.pairs['AZE-TUR'].relation = 20; g.pairs['AZE-TUR'].rung = 0; g.pairs['AZE-TUR'].talks = 2; } });
    expect(talksNovelty(routine, 'AZE', 'TUR')).toBeCloseTo(1 / (1 + 1.5 * 2), 9);
    const again = play(routine, talks);
    // 6 x 0.25 rounds to 2 points; the news says why.
    expect(gain(again)).toBe(2);
    expect(orderEv(again, 'diplomacy.summit').text).toMatch(/Their meetings have become routine and build little/);
    // Both sides seeking talks in the same month hold one meeting: the second order adds nothing.
    const both = play(s, talks, order('TUR', 'diplomacy.summit', { target: 'AZE' }));
    const summits = both.events.filter((e) => e.type === 'diplomacy.summit');
    expect(summits.map((e) => e.text)).toEqual(['Baku and Ankara hold talks.', 'Ankara had also sought talks with Baku: the meeting this month is the one already held.']);
    expect(summits[1].effects).toEqual([]);
    expect(both.state.pairs['AZE-TUR'].talks).toBeCloseTo(0.6, 9);
    // The count eases by 0.6 a month (drift) and clears when small.
    expect(runSystem(routine, runDrift).state.pairs['AZE-TUR'].talks).toBeCloseTo(1.2, 9);
    expect(runSystem(setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].talks = 0.08; } }), runDrift).state.pairs['AZE-TUR'].talks).toBe(0);
  });
});

describe('a formal alliance with Israel costs Baku', () => {
  it('Tehran, Ankara and Baku’s standing react to a Baku-Israel pact, more during the Gaza war and for an explicit pact', () => {
    expect(israelPactCost(8, 1)).toEqual({ turkeyRelation: 5, standing: 5 });
    expect(israelPactCost(0, 1)).toEqual({ turkeyRelation: 2, standing: 3 });
    expect(israelPactCost(8, 1.5).standing).toBeGreaterThan(israelPactCost(8, 1).standing);
    const s = setupGame({ seats: { AZE: 'human' }, mutate: (g) => {
      g.proposals.push({ id: 'p0', from: 'ISR', to: 'AZE', kind: 'defencePact', params: { kind: 'defencePact', explicitness: 'vague' }, turn: 0, status: 'pending' });
    } });
    const r = play(s, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ISR', kind: 'defencePact' }));
    expect(r.rejected).toEqual([]);
    expect(r.state.pairs['AZE-ISR'].treaties.defencePact).toBe('vague');
    const rebuke = r.events.find((e) => e.kind === 'reaction' && e.actor === 'TUR' && e.target === 'AZE')!;
    expect(rebuke.text).toMatch(/formal alliance with Israel/);
    expect(rebuke.claim).toBe('§Israel');
    const c = israelPactCost(s.global.gazaIntensity, 1);
    expect(change(r, 'AZE.standing')).toEqual({ from: s.actors.AZE.standing, to: s.actors.AZE.standing - c.standing });
    expect(r.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN' && e.target === 'AZE')).toBe(true);
  });
});

describe('relations resist the extremes', () => {
  it('a change pushing a relation beyond ±50 further out is damped, to nothing at ±100; a change back is not', () => {
    const s = setupGame();
    expect(saturation(s, 40, 6)).toBe(1);
    expect(saturation(s, 75, 6)).toBeCloseTo(0.5, 9);
    expect(saturation(s, -90, -10)).toBeCloseTo(0.2, 9);
    expect(saturation(s, -90, 10)).toBe(1);
    expect(saturation(s, 100, 5)).toBe(0);
    const off = setupGame({ mutate: (g) => { g.params.relationSaturationFrom = 100; } });
    expect(saturation(off, 90, 5)).toBe(1);
    const r = runSystem(setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].relation = 90; g.pairs['AZE-IRN'].relation = -90; } }), (ctx) => {
      addRelation(ctx.state, null, 'AZE', 'TUR', 10);
      addRelation(ctx.state, null, 'AZE', 'IRN', 10);
      addRelation(ctx.state, null, 'AZE', 'ARM', 10, false);
    }).state;
    expect(r.pairs['AZE-TUR'].relation).toBe(92);
    expect(r.pairs['AZE-IRN'].relation).toBe(-80);
    // The drift back to the baseline is never damped (damped = false).
    expect(r.pairs['ARM-AZE'].relation).toBe(setupGame().pairs['ARM-AZE'].relation + 10);
  });
});
