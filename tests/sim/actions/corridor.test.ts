import { describe, expect, it } from 'vitest';
import { resolveTurn } from '../../../src/sim/engine.js';
import { setupGame } from '../../helpers/setupGame.js';
import { change, order, orderEv, play } from './play.js';

describe('corridor.zangezur', () => {
  it('an extraterritorial demand costs more with Tehran than a transit demand', () => {
    const s = setupGame({ seed: 3 });
    const ext = play(s, order('AZE', 'corridor.zangezur', { step: 'demand' }));
    const tra = play(s, order('AZE', 'corridor.zangezur', { step: 'demand', mode: 'transit' }));
    expect(ext.rejected).toEqual([]);
    expect(ext.state.global.zangezur).toMatchObject({ status: 'demanded', mode: 'extraterritorial', proposer: 'AZE' });
    expect(tra.state.global.zangezur.mode).toBe('transit');
    const start = s.pairs['AZE-IRN'];
    expect(ext.state.pairs['AZE-IRN'].relation).toBeLessThan(start.relation);
    expect(tra.state.pairs['AZE-IRN'].relation).toBeLessThan(start.relation);
    expect(ext.state.pairs['AZE-IRN'].relation).toBeLessThan(tra.state.pairs['AZE-IRN'].relation);
    expect(ext.state.pairs['AZE-IRN'].rung).toBeGreaterThan(tra.state.pairs['AZE-IRN'].rung);
    expect(tra.state.pairs['AZE-IRN'].rung).toBeGreaterThan(start.rung);
    expect(ext.state.global.zangezur.sovereignty).toBeGreaterThan(s.global.zangezur.sovereignty);
    expect(ext.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN' && e.target === 'AZE')).toBe(true);
    expect(orderEv(ext, 'corridor.zangezur').text).toContain('Syunik (Zangezur)');
  });

  it('rejects bad steps, wrong actors and out-of-turn acceptance with reasons', () => {
    const s = setupGame({ mutate: (g) => { g.global.zangezur = { status: 'closed', mode: null, sovereignty: 50, proposer: null }; } });
    const r = play(s,
      order('AZE', 'corridor.zangezur', { step: 'grab' }),
      order('ARM', 'corridor.zangezur', { step: 'demand' }),
      order('ARM', 'corridor.zangezur', { step: 'accept' }),
      order('IRN', 'corridor.zangezur', { step: 'demand' }),
      order('AZE', 'corridor.zangezur', { step: 'demand', mode: 'sideways' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'params.step: expected one of demand, negotiate, accept, reject, seize; got "grab"',
      'params.step: demand is open to AZE, TUR, not ARM',
      'nothing to accept: the corridor is closed',
      'corridor.zangezur is not open to IRN (only AZE, TUR, ARM)',
      'params.mode: expected one of transit, extraterritorial; got "sideways"',
    ]);
  });

  it('Armenia accepting transit sets the deal and pleases Tehran; rejecting sets rejected', () => {
    const s = setupGame({ seats: { ARM: 'human' } });
    const t1 = play(s, order('AZE', 'corridor.zangezur', { step: 'demand', mode: 'transit' }));
    const acc = play(t1.state, order('ARM', 'corridor.zangezur', { step: 'accept' }));
    expect(acc.state.global.zangezur).toMatchObject({ status: 'agreed', mode: 'transit' });
    expect(acc.state.pairs['ARM-AZE'].treaties.corridorDeal).toBe(true);
    const rej = play(t1.state, order('ARM', 'corridor.zangezur', { step: 'reject' }));
    expect(rej.state.global.zangezur.status).toBe('rejected');
  });

  it('an acceptance names the mode it accepts: terms tabled in the same month are not signed unseen', async () => {
    const { ACTION_SPECS } = await import('../../../src/sim/actions/index.js');
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    const t1 = play(s, order('AZE', 'corridor.zangezur', { step: 'negotiate', mode: 'transit' }));
    // The menu's acceptance carries the mode on the table.
    expect(ACTION_SPECS['corridor.zangezur']!.enumerate(t1.state, 'ARM').filter((p) => p.step === 'accept')).toEqual([{ step: 'accept', mode: 'transit' }]);
    // Baku tables an extraterritorial demand in the month Yerevan accepts the transit Baku had offered.
    const t2 = play(t1.state, order('AZE', 'corridor.zangezur', { step: 'demand', mode: 'extraterritorial' }), order('ARM', 'corridor.zangezur', { step: 'accept', mode: 'transit' }));
    expect(t2.state.global.zangezur.mode === 'extraterritorial' && t2.state.global.zangezur.status === 'agreed').toBe(false);
    // Baku's demand resolves first: Yerevan's acceptance of transit is refused, and says why.
    expect(t2.rejected.find((r) => r.order.actor === 'ARM')?.reason).toBe('no longer possible: params.mode: the proposal on the table is extraterritorial, not transit');
    expect(t2.state.global.zangezur).toMatchObject({ status: 'demanded', mode: 'extraterritorial' });
  });

  it('an offensive into Syunik is less likely to succeed with Iranian troops deployed there', () => {
    const base = setupGame({ seed: 5, mutate: (g) => { g.pairs['ARM-IRN'].relation = 55; g.pairs['ARM-IRN'].treaties.defencePact = 'vague'; } });
    // Tehran stations troops in Syunik at Yerevan's invitation (a defence pact; Tehran the stronger ally).
    const dep = play(base, order('IRN', 'military.deploy', { province: 'AM.SU' }));
    expect(dep.rejected).toEqual([]);
    expect(dep.state.provinces['AM.SU'].troops.IRN).toBeGreaterThan(0);
    // Baku reads it as a threat.
    expect(dep.state.pairs['AZE-IRN'].rung).toBeGreaterThanOrEqual(4);
    const withIran = play(dep.state, order('AZE', 'corridor.zangezur', { step: 'seize' }));
    const without = play({ ...dep.state, provinces: { ...dep.state.provinces, 'AM.SU': { ...dep.state.provinces['AM.SU'], troops: { RUS: 1 } } } },
      order('AZE', 'corridor.zangezur', { step: 'seize' }));
    const pWith = orderEv(withIran, 'corridor.zangezur').probability!;
    const pWithout = orderEv(without, 'corridor.zangezur').probability!;
    expect(pWith).toBeLessThan(pWithout);
    expect(orderEv(withIran, 'corridor.zangezur').factors!.some((f) => f.label === 'Iranian troops present')).toBe(true);
    // Fighting is never free: casualties and displaced are counted either way.
    for (const r of [withIran, without]) {
      const ev = orderEv(r, 'corridor.zangezur');
      expect(ev.casualties).toBeGreaterThan(0);
      expect(ev.displaced).toBeGreaterThan(0);
      expect(r.state.pairs['ARM-AZE'].atWar).toBe(true);
      expect(r.state.pairs['ARM-AZE'].rung).toBeGreaterThanOrEqual(8);
    }
    // Iranian troops under fire put Tehran and Baku at rung 8; Tehran is at war only if it answers.
    expect(withIran.state.pairs['AZE-IRN'].rung).toBeGreaterThanOrEqual(8);
    expect(withIran.state.pairs['AZE-IRN'].atWar).toBe(false);
  });

  it('a forced successful seizure occupies Syunik, sets the corridor seized and Tehran reacts hard', () => {
    const s = setupGame({ seed: 2 });
    const r = resolveTurn(s, [order('AZE', 'corridor.zangezur', { step: 'seize' })], { overrides: { 0: { outcome: 'success', note: 'test' } } });
    const ev = orderEv(r, 'corridor.zangezur');
    expect(ev.outcome).toBe('success');
    expect(ev.overridden).toEqual({ note: 'test' });
    expect(r.state.provinces['AM.SU'].occupier).toBe('AZE');
    expect(r.state.global.zangezur).toMatchObject({ status: 'seized', mode: 'extraterritorial' });
    expect(r.state.pairs['AZE-IRN'].rung).toBeGreaterThanOrEqual(7);
    expect(r.state.pairs['AZE-IRN'].relation).toBeLessThan(s.pairs['AZE-IRN'].relation - 20);
    expect(r.state.actors.ARM.displaced).toBeGreaterThan(s.actors.ARM.displaced);
    // Said once, and with the pact it calls on when Tehran has one with Yerevan.
    expect(r.events.filter((e) => e.text.startsWith('Tehran declares the seizure'))).toHaveLength(1);
    const pact = setupGame({ seed: 2, mutate: (g) => { g.pairs['ARM-IRN'].treaties.defencePact = 'vague'; } });
    const p = resolveTurn(pact, [order('AZE', 'corridor.zangezur', { step: 'seize' })], { overrides: { 0: { outcome: 'success', note: 'test' } } });
    expect(p.events.find((e) => e.text.startsWith('Tehran declares the seizure'))!.text).toContain('its defence pact with Yerevan is called on');
  });

  it('Yerevan rejects a demand for transit under its own control as dictated terms, not as a claim on its sovereignty', () => {
    const s = setupGame();
    const transit = play(s, order('TUR', 'corridor.zangezur', { step: 'demand', mode: 'transit' }));
    const t = transit.events.find((e) => e.kind === 'reaction' && e.actor === 'ARM')!;
    expect(t.text).toBe('Yerevan answers Ankara\'s demand: roads through Syunik will open under Armenian law and control, on terms agreed with Yerevan, not demanded of it.');
    const ext = play(s, order('AZE', 'corridor.zangezur', { step: 'demand', mode: 'extraterritorial' }));
    expect(ext.events.find((e) => e.kind === 'reaction' && e.actor === 'ARM')!.text).toBe('Yerevan rejects Baku\'s demand as a claim on Armenian sovereignty.');
  });
});

describe('the corridor follows Syunik', () => {
  it('taken by Baku\'s offensive, the corridor is seized (not still "negotiating"); retaken by Yerevan, it closes', () => {
    const s = setupGame({ seed: 2, mutate: (g) => { Object.assign(g.global.zangezur, { status: 'negotiating', mode: 'transit', sovereignty: 40 }); } });
    const take = resolveTurn(s, [order('AZE', 'military.offensive', { target: 'ARM', province: 'AM.SU' })], { overrides: { 0: { outcome: 'success', note: 'test' } } });
    expect(take.rejected).toEqual([]);
    expect(take.state.provinces['AM.SU'].occupier).toBe('AZE');
    expect(take.state.global.zangezur).toMatchObject({ status: 'seized', mode: 'extraterritorial', sovereignty: 100 });
    expect(orderEv(take, 'military.offensive').effects.map((e) => e.path)).toEqual(expect.arrayContaining(['zangezur.status', 'zangezur.mode', 'zangezur.sovereignty']));
    // No more talks on a route through a province Baku holds.
    expect(resolveTurn(take.state, [order('AZE', 'corridor.zangezur', { step: 'negotiate', mode: 'transit' })]).rejected[0]?.reason).toMatch(/settled/);
    // Tehran's red line is crossed whichever way Baku takes Syunik: the same declaration as a seizure.
    const declared = take.events.find((e) => e.kind === 'reaction' && e.actor === 'IRN' && e.text.startsWith('Tehran declares the seizure of Syunik'));
    expect(declared).toBeDefined();
    expect(take.state.pairs['AZE-IRN'].rung).toBeGreaterThanOrEqual(7);
    const back = resolveTurn(take.state, [order('ARM', 'military.offensive', { target: 'AZE', province: 'AM.SU' })], { overrides: { 0: { outcome: 'success', note: 'test' } } });
    expect(back.rejected).toEqual([]);
    expect(back.state.provinces['AM.SU'].occupier).toBeNull();
    expect(back.state.global.zangezur).toMatchObject({ status: 'closed', mode: null });
  });
});

describe('corridor.aras', () => {
  it('Tehran proposes, Baku accepts next turn: agreed, relation up and rung down (the thaw)', () => {
    // The scenario starts with the route already being built (Aghband bridge); start from scratch here.
    const s = setupGame({ seats: { AZE: 'human' }, mutate: (g) => { g.global.aras.status = 'none'; } });
    const early = play(setupGame(), order('IRN', 'corridor.aras', { step: 'propose' }));
    expect(early.rejected[0].reason).toBe('the Aras route cannot be proposed now (status building)');
    const t1 = play(s, order('IRN', 'corridor.aras', { step: 'propose' }));
    expect(t1.state.global.aras.status).toBe('proposed');
    const bad = play(t1.state, order('IRN', 'corridor.aras', { step: 'accept' }));
    expect(bad.rejected[0].reason).toBe('no Aras proposal from AZE is pending');
    const t2 = play(t1.state, order('AZE', 'corridor.aras', { step: 'accept' }));
    expect(t2.state.global.aras.status).toBe('agreed');
    // Read the effects off the order's own event: random world events may move the pair afterwards.
    const fx = orderEv(t2, 'corridor.aras').effects;
    const rel = fx.find((e) => e.path === 'AZE-IRN.relation')!;
    const rung = fx.find((e) => e.path === 'AZE-IRN.rung')!;
    expect(Number(rel.to)).toBeGreaterThan(Number(rel.from));
    expect(Number(rung.to)).toBe(Number(rung.from) - 1);
    expect(t2.state.pairs['AZE-IRN'].treaties.embassy).toBe(true);
    const t3 = play(t2.state, order('AZE', 'corridor.aras', { step: 'build' }));
    expect(t3.state.global.aras).toMatchObject({ status: 'building', progress: 1 });
    expect(change(t3, 'aras.progress')).toEqual({ from: 0, to: 1 });
  });
});
