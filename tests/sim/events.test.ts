import { describe, expect, it } from 'vitest';
import { setupGame } from '../helpers/setupGame.js';
import { runSystem } from '../helpers/runSystem.js';
import { applyWorldEvent, runRandomEvents, runScheduledEvents, runWorldEvents, WORLD_EVENTS, WORLD_EVENT_IDS } from '../../src/sim/systems/events.js';
import { hazard } from '../../src/sim/systems/hazards.js';
import type { GameState } from '../../src/sim/state/types.js';

const apply = (s: GameState, id: string, params: Record<string, unknown> = {}) =>
  runSystem(s, (ctx) => { applyWorldEvent(ctx, id, params, { kind: 'facilitator', note: 'test' }); });

describe('world events', () => {
  it('has a catalogue entry with title, summary and claim for every id', () => {
    expect(WORLD_EVENTS.map((e) => e.id)).toEqual([...WORLD_EVENT_IDS]);
    for (const e of WORLD_EVENTS) expect(e.title && e.summary && e.claim.startsWith('§')).toBeTruthy();
  });

  it('applies each event with its effects recorded on one event', () => {
    const s = setupGame();
    const checks: Record<string, (n: GameState) => void> = {
      israelIranStrikes: (n) => { expect(n.pairs['IRN-ISR'].rung).toBe(6); expect(n.global.israelIranLevel).toBeGreaterThan(s.global.israelIranLevel); expect(n.pairs['AZE-IRN'].relation).toBeLessThan(s.pairs['AZE-IRN'].relation); },
      gazaEscalation: (n) => { expect(n.global.gazaIntensity).toBeGreaterThan(s.global.gazaIntensity); expect(n.pairs['ISR-TUR'].relation).toBeLessThan(s.pairs['ISR-TUR'].relation); expect(n.global.btcFlow).toBeLessThan(1); },
      ukraineSurge: (n) => { expect(n.global.russiaUkraineLoad).toBeGreaterThan(s.global.russiaUkraineLoad); expect(n.pairs['ARM-RUS'].trust).toBeLessThan(s.pairs['ARM-RUS'].trust); },
      russianWithdrawal: (n) => { expect(n.global.peacekeepers).toBe(false); expect(n.provinces['AZ.XC.2'].troops.RUS).toBeUndefined(); expect(n.actors.RUS.credibility).toBeLessThan(s.actors.RUS.credibility); },
      borderClash: (n) => { expect(n.pairs['ARM-AZE'].rung).toBe(6); expect(n.actors.ARM.casualties).toBeGreaterThan(s.actors.ARM.casualties); expect(n.actors.ARM.stability).toBeLessThan(s.actors.ARM.stability); },
      embassyAttack: (n) => { expect(n.pairs['AZE-IRN'].relation).toBe(s.pairs['AZE-IRN'].relation - 20); expect(n.pairs['AZE-IRN'].rung).toBe(4); },
      tehranLeadershipShock: (n) => { expect(n.params.tehranShockUntil).toBe(s.turn + 3); expect(n.actors.IRN.stability).toBeLessThan(s.actors.IRN.stability); },
      iranAzeriUnrest: (n) => { expect(n.actors.IRN.stability).toBeLessThan(s.actors.IRN.stability); expect(n.pairs['AZE-IRN'].relation).toBeLessThan(s.pairs['AZE-IRN'].relation); },
      iranAzerbaijanThaw: (n) => { expect(n.pairs['AZE-IRN'].rung).toBe(2); expect(n.pairs['AZE-IRN'].relation).toBeGreaterThan(s.pairs['AZE-IRN'].relation); },
    };
    for (const id of WORLD_EVENT_IDS) {
      const { state, events } = apply(s, id);
      expect(events, id).toHaveLength(1);
      expect(events[0]).toMatchObject({ kind: 'facilitator', type: `event.${id}`, overridden: { note: 'test' } });
      expect(events[0].effects.length, id).toBeGreaterThan(0);
      checks[id](state);
    }
  });

  it('counts the human cost of a border clash on the event', () => {
    const { events } = apply(setupGame(), 'borderClash', { severity: 2, province: 'AM.SU' });
    expect(events[0].province).toBe('AM.SU');
    expect(events[0].casualties).toBe(120);
    expect(events[0].displaced).toBe(600);
  });

  it('never pushes a pair into war by itself', () => {
    let s = setupGame();
    for (let i = 0; i < 10; i++) s = apply(s, 'israelIranStrikes').state;
    for (let i = 0; i < 10; i++) s = apply(s, 'iranAzeriUnrest').state;
    expect(s.pairs['AZE-IRN'].rung).toBeLessThanOrEqual(4);
    expect(s.pairs['IRN-ISR'].rung).toBe(6);
  });

  it('ignores unknown ids without throwing or emitting', () => {
    const s = setupGame();
    const { state, events } = apply(s, 'alienInvasion');
    expect(events).toHaveLength(0);
    expect(state).toEqual(s);
  });

  it('runs scripted events on their turn only', () => {
    const at6 = runSystem(setupGame({ mutate: (g) => { g.turn = 6; } }), (ctx) => { runScheduledEvents(ctx); });
    expect(at6.events).toHaveLength(0);
    const at7 = runSystem(setupGame({ mutate: (g) => { g.turn = 7; } }), (ctx) => { runScheduledEvents(ctx); });
    expect(at7.events.map((e) => [e.kind, e.type])).toEqual([['scripted', 'event.israelIranStrikes'], ['scripted', 'event.russianWithdrawal']]);
    expect(at7.state.global.peacekeepers).toBe(false);
    const spring = runSystem(setupGame({ scenario: 'spring-2024' }), (ctx) => { runScheduledEvents(ctx); });
    expect(spring.state.global.peacekeepers).toBe(false);
  });

  it('draws random events with their probability and factors, reproducibly', () => {
    const s = setupGame({ seed: 5, mutate: (g) => { g.params.hazardCap = 1; g.params.hazardBorderClash = 1; g.pairs['ARM-AZE'].rung = 6; } });
    const a = runSystem(s, (ctx) => { runRandomEvents(ctx); });
    const clash = a.events.find((e) => e.type === 'event.borderClash');
    expect(clash?.kind).toBe('random');
    expect(clash?.probability).toBe(1);
    expect(clash?.factors?.[0]).toEqual({ label: 'base monthly hazard', weight: 100 });
    const b = runSystem(s, (ctx) => { runRandomEvents(ctx); });
    expect(b.events).toEqual(a.events);
    expect(b.state.rng).toEqual(a.state.rng);
  });

  it('draws nothing when random events are off, but still advances the generator the same way', () => {
    const on = setupGame({ seed: 2 });
    const off = setupGame({ seed: 2, mutate: (g) => { g.params.randomEvents = 0; } });
    const r = runSystem(off, (ctx) => { runWorldEvents(ctx); });
    expect(r.events).toHaveLength(0);
    expect(r.state.rng).toEqual(runSystem(on, (ctx) => { runRandomEvents(ctx); }).state.rng);
  });

  it('raises hazards with their context', () => {
    const calm = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].rung = 1; } });
    const tense = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].rung = 6; } });
    expect(hazard(tense, 'borderClash').p).toBeGreaterThan(hazard(calm, 'borderClash').p);
    const conciliatory = setupGame({ mutate: (g) => { g.actors.AZE.rhetoric = 'conciliatory'; } });
    expect(hazard(setupGame(), 'iranAzeriUnrest').p).toBeGreaterThan(hazard(conciliatory, 'iranAzeriUnrest').p);
    expect(hazard(setupGame(), 'russianWithdrawal').p).toBe(0);
    // No random change at the top in Tehran before the scenario's own (the May 2024 crash), nor while one
    // is under way; afterwards the hazard returns.
    const g = setupGame();
    expect(g.schedule.some((e) => e.event === 'tehranLeadershipShock' && e.turn > g.turn)).toBe(true);
    expect(hazard(g, 'tehranLeadershipShock').p).toBe(0);
    expect(hazard(g, 'tehranLeadershipShock').factors.map((f) => f.label)).toContain("the scenario's own shock still to come (x0)");
    const after = { ...g, turn: 20, params: { ...g.params, tehranShockUntil: 11 } };
    expect(hazard(after, 'tehranLeadershipShock').p).toBeGreaterThan(0);
    expect(hazard({ ...after, params: { ...after.params, tehranShockUntil: 21 } }, 'tehranLeadershipShock').p).toBe(0);
  });
});
