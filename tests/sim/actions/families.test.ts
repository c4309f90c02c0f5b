import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import { order, orderEv, play } from './play.js';
import { deploy, drill, hostRefusesTroops } from '../../../src/sim/actions/military.js';
import { openMission } from '../../../src/sim/actions/missions.js';

describe('diplomacy', () => {
  it('realignment: Moscow\'s relation and trust fall, memberships change, only Armenia may', () => {
    const s = setupGame({ seed: 9 });
    const first = play(s, order('ARM', 'diplomacy.realign', { move: 'turnWest' }), order('ARM', 'diplomacy.realign', { move: 'leaveCSTO' }),
      order('AZE', 'diplomacy.realign', { move: 'joinICC' }), order('ARM', 'diplomacy.realign', { move: 'joinNATO' }), order('ARM', 'diplomacy.realign', { move: 'freezeCSTO' }));
    expect(first.rejected.map((x) => x.reason)).toEqual([
      'Armenia first freezes its CSTO participation (move freezeCSTO), then leaves',
      'diplomacy.realign is not open to AZE (only ARM)',
      'params.move: expected one of freezeCSTO, leaveCSTO, joinICC, turnWest; got "joinNATO"',
    ]);
    expect(first.state.actors.ARM.memberships).toContain('CSTO-frozen');
    // Frozen, Yerevan can then leave, which ends the Russian defence pact.
    const r = play(first.state, order('ARM', 'diplomacy.realign', { move: 'leaveCSTO' }));
    expect(r.rejected).toEqual([]);
    expect(r.state.actors.ARM.memberships).toContain('West');
    expect(r.state.actors.ARM.memberships.some((m) => m.startsWith('CSTO'))).toBe(false);
    expect(r.state.pairs['ARM-RUS'].treaties.defencePact).toBe('none');
    expect(r.state.pairs['ARM-RUS'].relation).toBeLessThan(s.pairs['ARM-RUS'].relation - 10);
    expect(r.state.pairs['ARM-RUS'].trust).toBeLessThan(s.pairs['ARM-RUS'].trust);
    expect(play(r.state, order('ARM', 'diplomacy.realign', { move: 'turnWest' })).rejected[0].reason).toBe('Armenia has already turned to the West');
  });

  it('expulsions raise the rung to 3; a summit after a denunciation costs credibility', () => {
    const s = setupGame();
    const ex = play(s, order('TUR', 'diplomacy.expel', { target: 'ISR' }));
    expect(orderEv(ex, 'diplomacy.expel').effects.find((e) => e.path === 'ISR-TUR.rung')?.to).toBe(3);
    expect(play(s, order('AZE', 'diplomacy.expel', { target: 'ARM' })).rejected[0].reason).toBe('no Yerevan diplomats to expel: Baku and Yerevan have no embassy or consulate');
    const t1 = play(s, order('TUR', 'diplomacy.denounce', { target: 'ISR' }));
    const t2 = play(t1.state, order('TUR', 'diplomacy.summit', { target: 'ISR' }));
    const fx = orderEv(t2, 'diplomacy.summit').effects.find((e) => e.path === 'TUR.credibility')!;
    expect(Number(fx.to)).toBeLessThan(Number(fx.from));
  });

  it('opening missions: Tehran\'s consulate in Syunik irritates Baku; Baku\'s embassy in Israel angers Tehran', () => {
    const s = setupGame({ mutate: (g) => { g.provinces['AM.SU'].consulates = []; g.pairs['AZE-ISR'].treaties.embassy = false; } });
    const r = play(s, order('IRN', 'diplomacy.openMission', { target: 'ARM', mission: 'consulate', province: 'AM.SU' }),
      order('AZE', 'diplomacy.openMission', { target: 'ISR', mission: 'embassy' }));
    expect(r.rejected).toEqual([]);
    expect(r.state.provinces['AM.SU'].consulates).toContain('IRN');
    expect(r.events.some((e) => e.kind === 'reaction' && e.actor === 'AZE' && e.target === 'IRN')).toBe(true);
    expect(r.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN' && e.target === 'AZE')).toBe(true);
    const bad = play(s, order('IRN', 'diplomacy.openMission', { target: 'ARM', mission: 'consulate', province: 'AZ.NX' }));
    expect(bad.rejected[0].reason).toBe('params.province: AZ.NX belongs to AZE, not to the host ARM');
  });

  it('Yerevan\'s embassies with Ankara and Baku come with normalisation, not by one side\'s decision; Baku may reopen in Tehran', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-TUR'].relation = 10; g.pairs['AZE-IRN'].relation = 0; g.pairs['AZE-IRN'].rung = 0; } });
    const r = play(s, order('TUR', 'diplomacy.openMission', { target: 'ARM', mission: 'embassy' }),
      order('AZE', 'diplomacy.openMission', { target: 'IRN', mission: 'embassy' }));
    expect(r.rejected.map((x) => x.reason)).toEqual(['Ankara and Yerevan have never had diplomatic relations: their embassies come with normalisation (propose a normalisation treaty)']);
    expect(r.state.pairs['AZE-IRN'].treaties.embassy).toBe(true);
    expect(openMission.enumerate(s, 'TUR').some((p) => p.target === 'ARM' && p.mission === 'embassy')).toBe(false);
    expect(openMission.enumerate(s, 'ARM').some((p) => p.target === 'AZE' && p.mission === 'embassy')).toBe(false);
    // Normalised, they have embassies (and consulates become possible).
    const normal = setupGame({ mutate: (g) => { g.pairs['ARM-TUR'].treaties.normalisation = true; g.pairs['ARM-TUR'].relation = 10; } });
    expect(play(normal, order('TUR', 'diplomacy.openMission', { target: 'ARM', mission: 'embassy' })).rejected).toEqual([]);
  });

  it('a state keeps at most two consulates in one host: a signal at a chosen place, not a network', () => {
    const s = setupGame({ mutate: (g) => {
      g.pairs['AZE-TUR'].treaties.embassy = true; g.pairs['AZE-TUR'].relation = 80; g.pairs['AZE-TUR'].rung = 0;
      for (const id of Object.keys(g.provinces)) g.provinces[id].consulates = g.provinces[id].consulates.filter((c) => c !== 'TUR');
      g.provinces['AZ.NX'].consulates.push('TUR'); g.provinces['AZ.SU'].consulates.push('TUR');
    } });
    const r = play(s, order('TUR', 'diplomacy.openMission', { target: 'AZE', mission: 'consulate', province: 'AZ.LA' }));
    expect(r.rejected[0].reason).toBe('Baku already hosts 2 consulates of Ankara (at most 2)');
    expect(openMission.enumerate(s, 'TUR').some((p) => p.target === 'AZE')).toBe(false);
  });

  it('consulates open in a province\'s city (Kapan, Tabriz), not in the war-ruined districts', () => {
    const s = setupGame({ mutate: (g) => {
      g.pairs['AZE-TUR'].treaties.embassy = true; g.pairs['AZE-TUR'].relation = 80; g.pairs['AZE-TUR'].rung = 0;
      for (const id of Object.keys(g.provinces)) g.provinces[id].consulates = g.provinces[id].consulates.filter((c) => c !== 'TUR');
    } });
    const ruined = play(s, order('TUR', 'diplomacy.openMission', { target: 'AZE', mission: 'consulate', province: 'AZ.ZG' }));
    expect(ruined.rejected[0].reason).toBe('params.province: Zangilan (Kovsakan) has no city that hosts foreign consulates (consulates open in Nakhchivan, Shusha, Lankaran)');
    const menu = openMission.enumerate(s, 'TUR').filter((p) => p.target === 'AZE').map((p) => p.province);
    expect(menu).toEqual(['AZ.NX', 'AZ.SU', 'AZ.LA']);
    const opened = play(s, order('TUR', 'diplomacy.openMission', { target: 'AZE', mission: 'consulate', province: 'AZ.LA' }));
    expect(opened.rejected).toEqual([]);
    expect(orderEv(opened, 'diplomacy.openMission').text).toBe('Ankara opens a consulate in Lankaran.');
    const kapan = play(setupGame({ mutate: (g) => { g.provinces['AM.SU'].consulates = []; } }), order('IRN', 'diplomacy.openMission', { target: 'ARM', mission: 'consulate', province: 'AM.SU' }));
    expect(orderEv(kapan, 'diplomacy.openMission').text).toBe('Tehran opens a consulate in Kapan, Syunik (Zangezur).');
  });

  it('only a neighbour opens consulates: Israel speaks through its embassies, Moscow only in Azerbaijan', () => {
    const s = setupGame({ mutate: (g) => {
      for (const k of ['AZE-ISR', 'ARM-ISR', 'AZE-RUS'] as const) { g.pairs[k].treaties.embassy = true; g.pairs[k].relation = 80; g.pairs[k].rung = 0; }
      for (const id of Object.keys(g.provinces)) g.provinces[id].consulates = [];
    } });
    const r = play(s, order('ISR', 'diplomacy.openMission', { target: 'ARM', mission: 'consulate', province: 'AM.SU' }));
    expect(r.rejected[0].reason).toBe('Israel has no border with Armenia: consulates serve a neighbour\'s people and trade across the border (its embassy speaks for it)');
    expect(openMission.enumerate(s, 'ISR').some((p) => p.mission === 'consulate')).toBe(false);
    // Moscow borders Baku (Dagestan), not Yerevan.
    const moscow = openMission.enumerate(s, 'RUS').filter((p) => p.mission === 'consulate');
    expect(moscow.length).toBeGreaterThan(0);
    expect(moscow.every((p) => p.target === 'AZE')).toBe(true);
    expect(openMission.enumerate(s, 'IRN').some((p) => p.mission === 'consulate' && p.target === 'ARM')).toBe(true);
  });

  it('mediation records its probability and factors (the Gaza war weighs on Ankara-Israel talks)', () => {
    const s = setupGame({ seed: 1, mutate: (g) => { g.pairs['ISR-TUR'].relation = -5; } });
    const r = play(s, order('AZE', 'diplomacy.mediate', { target: 'TUR', between: 'ISR' }));
    const ev = orderEv(r, 'diplomacy.mediate');
    expect(ev.probability).toBeGreaterThan(0);
    expect(ev.factors!.some((f) => f.label.includes('Gaza') && f.weight < 0)).toBe(true);
    expect(play(s, order('ARM', 'diplomacy.mediate', { target: 'TUR', between: 'ISR' })).rejected[0].reason).toMatch(/does not accept ARM as a broker/);
  });
});

describe('military', () => {
  it('a joint drill raises the rung with the target to 4 and the partners\' trust', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = 1; } });
    const r = play(s, order('AZE', 'military.drill', { target: 'IRN', with: 'TUR' }));
    const fx = orderEv(r, 'military.drill').effects;
    expect(fx.find((e) => e.path === 'AZE-IRN.rung')?.to).toBe(4);
    expect(Number(fx.find((e) => e.path === 'AZE-TUR.trust')?.to)).toBeGreaterThan(s.pairs['AZE-TUR'].trust);
    expect(play(s, order('AZE', 'military.drill', { target: 'IRN', with: 'ARM' })).rejected[0].reason).toMatch(/ARM will not drill with AZE/);
  });

  it('a partner will not join drills aimed at a state it is close to or allied with', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].relation = 80; g.pairs['AZE-ISR'].relation = 70; g.pairs['ISR-TUR'].relation = -40; } });
    expect(play(s, order('TUR', 'military.drill', { target: 'ISR', with: 'AZE' })).rejected[0].reason).toMatch(/AZE will not drill against ISR: relation 70/);
    const pact = setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].relation = 80; g.pairs['AZE-ISR'].relation = 0; g.pairs['AZE-ISR'].treaties.defencePact = 'vague'; g.pairs['ISR-TUR'].relation = -40; } });
    expect(play(pact, order('TUR', 'military.drill', { target: 'ISR', with: 'AZE' })).rejected[0].reason).toMatch(/defence pact/);
    // The menu offers Ankara no drill against Israel with Baku (nor alone: Turkey has no border with Israel).
    expect(drill.enumerate(s, 'TUR').filter((p) => p.target === 'ISR')).toEqual([]);
  });

  it('a drill is held near the target: the actor or its partner must border it', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-IRN'].relation = 60; g.pairs['ARM-ISR'].relation = -40; g.pairs['IRN-ISR'].relation = -90; g.pairs['AZE-ISR'].relation = 80; g.pairs['IRN-TUR'].relation = 0; } });
    expect(play(s, order('ARM', 'military.drill', { target: 'ISR', with: 'IRN' })).rejected[0].reason).toMatch(/ARM cannot drill near ISR: neither it nor its partner borders ISR/);
    expect(play(s, order('ISR', 'military.drill', { target: 'IRN' })).rejected[0].reason).toMatch(/does not border IRN/);
    expect(drill.enumerate(s, 'ARM').some((p) => p.target === 'ISR')).toBe(false);
    expect(drill.enumerate(s, 'ISR')).not.toContainEqual({ target: 'IRN' });
  });

  it('a host lets a partner drill on its soil against its neighbour only in a standoff of its own: armed clashes without a pact', () => {
    const at = (rung: number, pact = false) => setupGame({ mutate: (g) => {
      g.pairs['AZE-ISR'].relation = 80; g.pairs['IRN-ISR'].relation = -90; g.pairs['AZE-IRN'].rung = rung;
      if (pact) g.pairs['AZE-ISR'].treaties.defencePact = 'vague';
    } });
    // Baku at rung 4 with Tehran, no pact with Israel: it will not host Israel's drills aimed at Iran, nor are they offered.
    expect(play(at(4), order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' })).rejected[0].reason).toMatch(/AZE will not host ISR's drills against its neighbour IRN: its own dispute with IRN is at rung 4 \(needs 6 without a defence pact between them, armed clashes\)/);
    expect(drill.enumerate(at(4), 'ISR')).not.toContainEqual({ target: 'IRN', with: 'AZE' });
    // Clashing with Tehran (rung 6), it does.
    expect(play(at(6), order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' })).rejected).toEqual([]);
    expect(drill.enumerate(at(6), 'ISR')).toContainEqual({ target: 'IRN', with: 'AZE' });
    // Allies need only an open standoff (rung 4).
    expect(play(at(4, true), order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' })).rejected).toEqual([]);
    expect(play(at(3, true), order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' })).rejected[0].reason).toMatch(/needs 4, an open military standoff/);
    // A partner that borders the target itself drills on its own soil: no host is asked (Baku with Ankara).
    const tur = setupGame({ mutate: (g) => { g.pairs['AZE-TUR'].relation = 80; g.pairs['AZE-IRN'].rung = 0; g.pairs['IRN-TUR'].relation = 0; } });
    expect(play(tur, order('AZE', 'military.drill', { target: 'IRN', with: 'TUR' })).rejected).toEqual([]);
  });

  it('a guest exercises on a partner\'s soil only against its own adversary (Israel against Tehran, not Yerevan)', () => {
    const s = setupGame({ mutate: (g) => {
      g.pairs['AZE-ISR'].relation = 80; g.pairs['AZE-ISR'].treaties.defencePact = 'vague';
      g.pairs['ARM-AZE'].rung = 6; g.pairs['ARM-ISR'].relation = -40; g.pairs['ARM-ISR'].rung = 2;
      g.pairs['AZE-IRN'].rung = 6; g.pairs['IRN-ISR'].rung = 5;
    } });
    expect(play(s, order('ISR', 'military.drill', { target: 'ARM', with: 'AZE' })).rejected[0].reason)
      .toBe('ISR exercises on another state\'s soil only against its own adversary: its dispute with ARM is at rung 2 (needs 4, an open military standoff)');
    expect(drill.enumerate(s, 'ISR')).not.toContainEqual({ target: 'ARM', with: 'AZE' });
    expect(play(s, order('ISR', 'military.drill', { target: 'IRN', with: 'AZE' })).rejected).toEqual([]);
  });

  it('drills while the pair is already at rung 4 are routine: half the relation cost', () => {
    const relationLoss = (rung: number) => {
      const s = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = rung; } });
      const r = play(s, order('AZE', 'military.drill', { target: 'IRN', with: 'TUR' }));
      const d = (path: string) => r.events.flatMap((e) => e.effects).filter((e) => e.path === path).reduce((v, e) => v + Number(e.to) - Number(e.from), 0);
      return { target: d('AZE-IRN.relation'), partner: d('IRN-TUR.relation') };
    };
    expect(relationLoss(1)).toEqual({ target: -4, partner: -3 });
    expect(relationLoss(4)).toEqual({ target: -2, partner: -1.5 });
  });

  it('foreign troops need an invitation; mobilising and standing down move readiness', () => {
    const s = setupGame();
    expect(play(s, order('IRN', 'military.deploy', { province: 'AM.SU' })).rejected[0].reason)
      .toBe('ARM has not invited IRN\'s troops: it hosts foreign troops only with a defence pact (AM.SU)');
    // Friendship is not enough: Baku, close to Israel but without a pact, hosts no Israeli troops.
    const close = setupGame({ mutate: (g) => { g.pairs['AZE-ISR'].relation = 90; } });
    expect(play(close, order('ISR', 'military.deploy', { province: 'AZ.KA' })).rejected[0]?.reason ?? '').toMatch(/AZE has not invited ISR's troops: it hosts foreign troops only with a defence pact/);
    expect(deploy.enumerate(close, 'ISR')).toEqual([]);
    // With a pact, a stronger ally's troops are welcome (Tehran in Syunik); a weaker ally's are not (Yerevan in Iran).
    const pact = setupGame({ mutate: (g) => { g.pairs['ARM-IRN'].treaties.defencePact = 'vague'; } });
    expect(play(pact, order('IRN', 'military.deploy', { province: 'AM.SU' })).rejected).toEqual([]);
    expect(deploy.enumerate(pact, 'ARM').every((p) => pact.provinces[p.province as string].owner === 'ARM')).toBe(true);
    expect(hostRefusesTroops(pact, 'ARM', 'IRN')).toMatch(/stronger ally that protects it, not of a weaker one/);
    const m = play(s, order('ARM', 'military.mobilise'));
    expect(m.state.actors.ARM.readiness).toBe('mobilised');
    expect(play(m.state, order('ARM', 'military.mobilise')).rejected[0].reason).toBe('ARM is already mobilised');
    const d = play(m.state, order('ARM', 'military.standDown'));
    expect(d.state.actors.ARM.readiness).toBe('alert');
  });

  it('an offensive needs 2 action points and an adjacent province; a strike reaches rung 6 with casualties', () => {
    const s = setupGame({ seed: 8 });
    const far = play(s, order('AZE', 'military.offensive', { province: 'AM.ER' }));
    expect(far.rejected[0].reason).toBe('AM.ER does not border a province held by AZE');
    const ap = play(s, order('AZE', 'military.offensive', { province: 'AM.VD' }), order('AZE', 'military.offensive', { province: 'AM.GR' }));
    expect(ap.rejected[0].reason).toBe('AZE has 1 action points left; military.offensive needs 2');
    const st = play(s, order('AZE', 'military.strike', { target: 'ARM', province: 'AM.GR' }));
    const ev = orderEv(st, 'military.strike');
    expect(ev.casualties).toBeGreaterThan(0);
    expect(ev.probability).toBeGreaterThan(0);
    expect(st.state.pairs['ARM-AZE'].rung).toBeGreaterThanOrEqual(6);
  });

  it('an offensive breaks a peace treaty, so no settlement is declared as the attacker takes a province', () => {
    const s = setupGame({ seed: 8, mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; g.pairs['ARM-AZE'].treaties.corridorDeal = true; g.pairs['ARM-AZE'].rung = 4; } });
    const r = play(s, order('AZE', 'military.offensive', { province: 'AM.SU', target: 'ARM' }));
    expect(r.rejected).toEqual([]);
    const fx = orderEv(r, 'military.offensive').effects;
    expect(fx).toContainEqual({ path: 'ARM-AZE.treaties.peace', from: true, to: false });
    expect(r.state.pairs['ARM-AZE'].treaties.peace).toBe(false);
    expect(r.state.actors.AZE.credibility).toBeLessThan(s.actors.AZE.credibility);
    expect(r.state.ending?.kind).not.toBe('settlement');
  });
});

describe('economy, rhetoric, covert', () => {
  it('cutting oil to Israel hurts the Baku-Israel relation; sanctions set the flag', () => {
    const s = setupGame();
    const r = play(s, order('AZE', 'economy.oil', { level: 'cut' }), order('TUR', 'economy.sanction', { target: 'ISR' }));
    expect(r.state.actors.AZE.oilToIsrael).toBe(0);
    expect(orderEv(r, 'economy.oil').effects.find((e) => e.path === 'AZE-ISR.relation')!.to).toBeLessThan(s.pairs['AZE-ISR'].relation);
    expect(r.state.pairs['ISR-TUR'].treaties.sanctions).toBe(true);
    expect(play(s, order('ARM', 'economy.oil', { level: 'cut' })).rejected[0].reason).toBe('economy.oil is not open to ARM (only AZE)');
  });

  it('a revanchist line in Baku lowers Yerevan\'s and Tehran\'s relations', () => {
    const s = setupGame({ mutate: (g) => { g.actors.AZE.rhetoric = 'neutral'; } });
    const r = play(s, order('AZE', 'rhetoric.set', { line: 'revanchist' }));
    for (const x of ['ARM', 'IRN']) expect(r.events.some((e) => e.kind === 'reaction' && e.actor === x && e.type === 'rhetoric.set')).toBe(true);
    expect(r.state.actors.AZE.nationalism).toBeGreaterThan(s.actors.AZE.nationalism);
    expect(orderEv(r, 'rhetoric.set').text).toBe('Baku adopts a revanchist line.');
  });

  it('a state with no land to reclaim here takes a hard line, not a revanchist one', () => {
    const s = setupGame({ mutate: (g) => { g.actors.IRN.rhetoric = 'neutral'; } });
    const r = play(s, order('IRN', 'rhetoric.set', { line: 'revanchist' }));
    expect(orderEv(r, 'rhetoric.set').text).toBe('Tehran adopts a hard line.');
    expect(r.events.find((e) => e.kind === 'reaction' && e.actor === 'AZE')?.text).toBe("Baku condemns Tehran's hard-line rhetoric.");
    // The article calls Baku's rhetoric revanchist, and no one else's.
    const y = play(setupGame({ mutate: (g) => { g.actors.ARM.rhetoric = 'neutral'; } }), order('ARM', 'rhetoric.set', { line: 'revanchist' }));
    expect(orderEv(y, 'rhetoric.set').text).toBe('Yerevan adopts a hard line.');
  });

  it('covert influence: unexposed acts are visible only to the actor, exposed ones are public and raise the rung', () => {
    const seen = new Set<string>();
    for (let seed = 1; seed <= 12 && seen.size < 2; seed++) {
      const r = play(setupGame({ seed }), order('IRN', 'covert.influence', { target: 'AZE' }));
      const ev = orderEv(r, 'covert.influence');
      expect(ev.probability).toBeGreaterThan(0);
      if (ev.outcome === 'success') expect(ev.visibility).toEqual(['IRN']);
      else {
        expect(ev.visibility).toBe('public');
        expect(r.state.pairs['AZE-IRN'].rung).toBeGreaterThanOrEqual(5);
      }
      seen.add(ev.outcome);
    }
    expect([...seen].sort()).toEqual(['failure', 'success']);
  });
});
