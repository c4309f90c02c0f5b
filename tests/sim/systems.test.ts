import { describe, expect, it } from 'vitest';
import { setupGame } from '../helpers/setupGame.js';
import { runSystem } from '../helpers/runSystem.js';
import { runDeliveries } from '../../src/sim/systems/deliveries.js';
import { monthlyLedger, runEconomy } from '../../src/sim/systems/economy.js';
import { driftFloor, runDrift } from '../../src/sim/systems/drift.js';
import { computeTension, runTension } from '../../src/sim/systems/tension.js';
import { runCommitments } from '../../src/sim/systems/commitments.js';
import { runHistory } from '../../src/sim/systems/history.js';
import { runCorridors } from '../../src/sim/systems/corridors.js';
import { runEndOfTurn, SYSTEMS } from '../../src/sim/systems/index.js';
import type { GameState } from '../../src/sim/state/types.js';

const order = (over: Partial<GameState['actors']['ARM']['armsOnOrder'][number]> = {}) => ({
  id: 'o1', supplier: 'IND' as const, item: 'artillery' as const, amount: 5, costBn: 0.2, orderedTurn: 1, arrivalTurn: 2, route: 'via IRN', ...over,
});

describe('deliveries', () => {
  it('adds capability on the arrival turn and shifts arms shares toward the supplier', () => {
    const s = setupGame({ mutate: (g) => { g.turn = 2; g.actors.ARM.armsOnOrder = [order()]; } });
    const { state, events } = runSystem(s, runDeliveries);
    expect(state.actors.ARM.capability.artillery).toBe(s.actors.ARM.capability.artillery + 5);
    expect(state.actors.ARM.armsOnOrder).toHaveLength(0);
    expect(state.actors.ARM.armsShare.IND).toBeGreaterThan(s.actors.ARM.armsShare.IND ?? 0);
    expect(state.actors.ARM.armsShare.RUS).toBeLessThan(s.actors.ARM.armsShare.RUS ?? 0);
    expect(events.map((e) => [e.kind, e.outcome])).toEqual([['delivery', 'ok']]);
  });

  it('waits before the arrival turn', () => {
    const s = setupGame({ mutate: (g) => { g.turn = 1; g.actors.ARM.armsOnOrder = [order({ arrivalTurn: 3 })]; } });
    const { state, events } = runSystem(s, runDeliveries);
    expect(state.actors.ARM.armsOnOrder).toHaveLength(1);
    expect(events).toHaveLength(0);
  });

  it('is held up while the transit state is hostile at rung >= 5, then arrives', () => {
    const s = setupGame({ mutate: (g) => { g.turn = 2; g.actors.ARM.armsOnOrder = [order()]; g.pairs['ARM-IRN'].rung = 5; } });
    const r1 = runSystem(s, runDeliveries);
    expect(r1.state.actors.ARM.armsOnOrder[0].blocked).toBe(true);
    expect(r1.state.actors.ARM.capability.artillery).toBe(s.actors.ARM.capability.artillery);
    expect(r1.events[0]).toMatchObject({ kind: 'delivery', outcome: 'failure', target: 'IRN' });
    // Still blocked next turn: no second news item.
    const r2 = runSystem({ ...r1.state, turn: 3 }, runDeliveries);
    expect(r2.events.filter((e) => e.actor === 'ARM')).toHaveLength(0);
    const calm = { ...r2.state, turn: 4, pairs: { ...r2.state.pairs, 'ARM-IRN': { ...r2.state.pairs['ARM-IRN'], rung: 2 } } };
    const r3 = runSystem(calm, runDeliveries);
    expect(r3.state.actors.ARM.armsOnOrder).toHaveLength(0);
    expect(r3.events.find((e) => e.actor === 'ARM')?.text).toMatch(/after a transit hold-up/);
  });

  it('marks the open arms promise made with the order as kept', () => {
    const s = setupGame({ mutate: (g) => {
      g.turn = 2;
      g.actors.AZE.armsOnOrder = [order({ supplier: 'ISR', item: 'drones', route: 'direct' })];
      g.commitments = [{ id: 'c1', from: 'ISR', to: 'AZE', kind: 'armsDelivery', text: 'drones', madeTurn: 1, dueTurn: 2, status: 'open', credibility: 70 }];
    } });
    expect(runSystem(s, runDeliveries).state.commitments[0].status).toBe('kept');
  });
});

describe('economy', () => {
  it('adds a month of budget: the procurement share of milex/12 plus a GDP share, itemised', () => {
    const s = setupGame({ mutate: (g) => { g.actors.TUR.readiness = 'peace'; } });
    const lines = monthlyLedger(s, 'TUR');
    // budgetMilexShare 0.35: the share of the defence budget the game's actions can spend.
    expect(lines.find((l) => l.label === 'military budget')?.bn).toBeCloseTo((15.8 / 12) * 0.35, 2);
    expect(lines.find((l) => l.label === 'state budget')?.bn).toBeCloseTo(1100 * 0.01 / 12, 2);
    const { state } = runSystem(s, runEconomy);
    const net = lines.reduce((a, l) => a + l.bn, 0);
    expect(state.actors.TUR.treasuryBn).toBeCloseTo(s.actors.TUR.treasuryBn + net, 1);
  });

  it('pays Baku for oil, less when oil to Israel is cut or BTC flow falls', () => {
    const full = setupGame();
    const cut = setupGame({ mutate: (g) => { g.actors.AZE.oilToIsrael = 0; } });
    const low = setupGame({ mutate: (g) => { g.global.btcFlow = 0.5; } });
    const net = (g: GameState) => monthlyLedger(g, 'AZE').reduce((a, l) => a + l.bn, 0);
    expect(net(cut)).toBeLessThan(net(full));
    expect(net(low)).toBeLessThan(net(full));
  });

  it('gives Iran Aras transit revenue only when the route is open', () => {
    const open = setupGame({ mutate: (g) => { g.global.aras.status = 'open'; } });
    expect(monthlyLedger(setupGame(), 'IRN').some((l) => l.label === 'Aras transit')).toBe(false);
    expect(monthlyLedger(open, 'IRN').find((l) => l.label === 'Aras transit')?.bn).toBeGreaterThan(0);
  });

  it('charges sanctions, mobilisation and war', () => {
    const s = setupGame({ mutate: (g) => {
      g.pairs['ARM-AZE'].treaties.sanctions = true;
      g.actors.ARM.readiness = 'mobilised';
      g.pairs['ARM-AZE'].atWar = true;
      g.pairs['ARM-AZE'].rung = 7;
    } });
    const labels = monthlyLedger(s, 'ARM').filter((l) => l.bn < 0).map((l) => l.label);
    expect(labels).toEqual(['sanctions with AZE', 'readiness (mobilised)', 'war costs']);
    const { state, events } = runSystem(s, runEconomy);
    expect(state.actors.ARM.gdpBn).toBeLessThan(s.actors.ARM.gdpBn);
    expect(state.actors.ARM.stability).toBeLessThan(s.actors.ARM.stability);
    expect(events.some((e) => e.actor === 'ARM' && e.type === 'system.economy')).toBe(true);
  });
});

describe('drift', () => {
  it('lowers a rung one step after quiet turns, not before, and never below the floor', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-TUR'] = { ...g.pairs['ARM-TUR'], rung: 4, relation: 0, lastIncidentTurn: 1 }; g.turn = 3; } });
    expect(runSystem(s, runDrift).state.pairs['ARM-TUR'].rung).toBe(4);
    const later = runSystem({ ...s, turn: 4 }, runDrift);
    expect(later.state.pairs['ARM-TUR'].rung).toBe(3);
    expect(later.events[0].type).toBe('system.drift');
    expect(driftFloor(-90)).toBe(3);
    const hostile = setupGame({ mutate: (g) => { g.pairs['IRN-ISR'] = { ...g.pairs['IRN-ISR'], rung: 3, relation: -95, lastIncidentTurn: 0 }; g.turn = 3; } });
    expect(runSystem(hostile, runDrift).state.pairs['IRN-ISR'].rung).toBe(3);
  });

  it('ends a war once the rung falls below 7', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'] = { ...g.pairs['ARM-AZE'], rung: 7, atWar: true, lastIncidentTurn: 0 }; g.turn = 3; } });
    const { state, events } = runSystem(s, runDrift);
    expect(state.pairs['ARM-AZE'].rung).toBe(6);
    expect(state.pairs['ARM-AZE'].atWar).toBe(false);
    expect(events[0].text).toMatch(/fighting stops/);
  });

  it('pulls relations and stability slowly back to the scenario baseline', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].relation = 45; g.actors.ARM.stability = 20; } });
    const { state } = runSystem(s, runDrift);
    expect(state.pairs['AZE-TUR'].relation).toBeGreaterThan(45);
    expect(state.pairs['AZE-TUR'].relation).toBeLessThan(50);
    expect(state.actors.ARM.stability).toBeGreaterThan(20);
  });
});

describe('tension', () => {
  it('follows the formula and is weighted toward high rungs', () => {
    const s = setupGame();
    const t = computeTension(s);
    expect(t.value).toBe(s.global.tension);
    expect(t.value).toBeGreaterThan(30);
    const crisis = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].rung = 8; g.pairs['ARM-AZE'].atWar = true; } });
    const { state, events } = runSystem(crisis, runTension);
    expect(state.global.tension).toBeGreaterThan(t.value + 20);
    expect(events[0].factors?.length).toBe(5);
    const calm = setupGame({ mutate: (g) => { for (const p of Object.values(g.pairs)) p.rung = 0; g.global.gazaIntensity = 0; g.global.israelIranLevel = 0; } });
    expect(computeTension(calm).value).toBe(0);
  });
});

describe('commitments', () => {
  it('breaks an overdue open promise: credibility, trust and relation fall', () => {
    const s = setupGame({ mutate: (g) => {
      g.turn = 5;
      g.commitments = [
        { id: 'c1', from: 'RUS', to: 'ARM', kind: 'securityPledge', text: 'defend Syunik', madeTurn: 1, dueTurn: 5, status: 'open', credibility: 50 },
        { id: 'c2', from: 'TUR', to: 'AZE', kind: 'securityPledge', text: '', madeTurn: 1, dueTurn: 9, status: 'open', credibility: 50 },
        { id: 'c3', from: 'IRN', to: 'ARM', kind: 'transit', text: '', madeTurn: 1, dueTurn: null, status: 'open', credibility: 50 },
      ];
    } });
    const { state, events } = runSystem(s, runCommitments);
    expect(state.commitments.map((c) => c.status)).toEqual(['broken', 'open', 'open']);
    expect(state.actors.RUS.credibility).toBeLessThan(s.actors.RUS.credibility);
    expect(state.pairs['ARM-RUS'].trust).toBeLessThan(s.pairs['ARM-RUS'].trust);
    expect(events).toHaveLength(1);
    expect(events[0].outcome).toBe('failure');
  });
});

describe('corridors and history', () => {
  it('opens the Aras route when building is complete', () => {
    const s = setupGame({ mutate: (g) => { g.global.aras.progress = g.global.aras.buildTurnsNeeded; } });
    expect(runSystem(s, runCorridors).state.global.aras.status).toBe('open');
    expect(runSystem(setupGame(), runCorridors).state.global.aras.status).toBe('building');
  });

  it('appends one record per turn', () => {
    const { state } = runSystem(setupGame(), runHistory);
    expect(state.history.map((h) => h.turn)).toEqual([0, 1]);
    expect(state.history[1].displaced).toBeGreaterThanOrEqual(100_000);
    expect(runSystem(state, runHistory).state.history).toHaveLength(2);
  });
});

describe('runEndOfTurn', () => {
  it('runs the systems in the documented order and advances the turn', () => {
    expect(SYSTEMS.map(([n]) => n)).toEqual(['deliveries', 'economy', 'corridors', 'events', 'drift', 'commitments', 'widening', 'tension', 'endings', 'history']);
    const s = setupGame({ mutate: (g) => { g.actors.AZE.actionPoints = 0; } });
    const { state } = runSystem(s, runEndOfTurn);
    expect(state.turn).toBe(2);
    expect(state.actors.AZE.actionPoints).toBe(3);
    expect(state.actors.AZE.treasuryBn).toBeGreaterThan(s.actors.AZE.treasuryBn);
    expect(state.history.at(-1)?.turn).toBe(1);
  });

  it('is deterministic over a whole scenario with the same seed, and differs with another', () => {
    const play = (seed: number) => {
      let s = setupGame({ seed });
      const log: string[] = [];
      for (let i = 0; i < 24 && !s.ending; i++) {
        const r = runSystem(s, runEndOfTurn);
        s = r.state;
        log.push(...r.events.map((e) => `${e.id}:${e.type}`));
      }
      return { s, log };
    };
    const a = play(11);
    const b = play(11);
    expect(a.s).toEqual(b.s);
    expect(a.log).toEqual(b.log);
    expect(a.s.ending?.kind).toBeDefined();
    const c = play(12);
    expect(c.s.rng).not.toEqual(a.s.rng);
  });
});

describe('Baku\'s budget', () => {
  it('pays for rebuilding the retaken districts first, itemised in its ledger', () => {
    const s = setupGame();
    const line = monthlyLedger(s, 'AZE').find((l) => l.label === 'reconstruction of the Karabakh districts');
    expect(line?.bn).toBe(-0.15);
    const none = setupGame({ mutate: (g) => { g.params.reconstructionCostBn = 0; } });
    expect(monthlyLedger(none, 'AZE').some((l) => l.label.startsWith('reconstruction'))).toBe(false);
    expect(monthlyLedger(s, 'ARM').some((l) => l.label.startsWith('reconstruction'))).toBe(false);
  });
});
