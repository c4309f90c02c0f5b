import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import { order, orderEv, play } from './play.js';
import { ACTION_SPECS } from '../../../src/sim/actions/index.js';

describe('arms.buy', () => {
  it('books a delivery with lag, route, cost and the supplier\'s commitment', () => {
    const s = setupGame();
    const r = play(s, order('ARM', 'arms.buy', { supplier: 'IND', item: 'artillery', lag: 3 }));
    expect(r.rejected).toEqual([]);
    const booked = r.state.actors.ARM.armsOnOrder.find((o) => o.orderedTurn === s.turn && o.supplier === 'IND')!;
    expect(booked).toMatchObject({ item: 'artillery', route: 'via IRN', arrivalTurn: s.turn + 3 });
    expect(orderEv(r, 'arms.buy').text).toBe('Yerevan orders artillery from India ($0.12bn, due in 3 months).');
  });

  it('an Armenian turn to France and India costs Russia\'s goodwill', () => {
    const s = setupGame({ seed: 4 });
    const r = play(s, order('ARM', 'arms.buy', { supplier: 'FRA', item: 'radar' }), order('ARM', 'arms.buy', { supplier: 'IND', item: 'artillery' }));
    expect(r.rejected).toEqual([]);
    const moscow = r.events.filter((e) => e.kind === 'reaction' && e.actor === 'RUS' && e.target === 'ARM');
    expect(moscow).toHaveLength(2);
    const path = moscow.flatMap((e) => e.effects).filter((e) => e.path === 'ARM-RUS.relation');
    expect(Number(path[path.length - 1].to)).toBeLessThan(Number(path[0].from));
    expect(r.state.pairs['ARM-RUS'].relation).toBeLessThan(s.pairs['ARM-RUS'].relation);
    expect(r.state.pairs['ARM-RUS'].trust).toBeLessThan(s.pairs['ARM-RUS'].trust);
  });

  it('Israeli drones for Baku draw a sharper reaction from Tehran than other Israeli arms', () => {
    const s = setupGame({ seed: 4 });
    const drones = play(s, order('AZE', 'arms.buy', { supplier: 'ISR', item: 'drones' }));
    const radar = play(s, order('AZE', 'arms.buy', { supplier: 'ISR', item: 'radar' }));
    const delta = (r: typeof drones) => {
      const e = r.events.find((x) => x.kind === 'reaction' && x.actor === 'IRN')!.effects.find((x) => x.path === 'AZE-IRN.relation')!;
      return Number(e.to) - Number(e.from);
    };
    expect(delta(drones)).toBeLessThan(delta(radar));
    expect(delta(radar)).toBeLessThan(0);
  });

  it('Tehran protests Israeli arms on an established supply line less than on a new one', () => {
    const reaction = (share: number) => {
      const s = setupGame({ seed: 4, mutate: (g) => { g.actors.AZE.armsShare = { ISR: share }; } });
      const r = play(s, order('AZE', 'arms.buy', { supplier: 'ISR', item: 'drones' }));
      const e = r.events.find((x) => x.kind === 'reaction' && x.actor === 'IRN')!.effects.find((x) => x.path === 'AZE-IRN.relation')!;
      return Number(e.to) - Number(e.from);
    };
    expect(reaction(0)).toBeCloseTo(-9, 5);
    expect(reaction(0.7)).toBeCloseTo(-9 * (0.4 + 0.6 * 0.3), 5);
    expect(reaction(1)).toBeCloseTo(-9 * 0.4, 5);
  });

  it('suppliers refuse by rule, and money and action points are enforced', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-RUS'].relation = -30; } });
    const r = play(s,
      order('IRN', 'arms.buy', { supplier: 'ISR', item: 'drones' }),
      order('ARM', 'arms.buy', { supplier: 'RUS', item: 'armour' }),
      order('AZE', 'arms.buy', { supplier: 'XYZ', item: 'drones' }),
      order('AZE', 'arms.buy', { supplier: 'TUR', item: 'lasers' }),
      order('ARM', 'arms.buy', { supplier: 'USA', item: 'missiles' }),
      order('IRN', 'arms.buy', { supplier: 'USA', item: 'radar' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'Israel does not sell arms to Iran',
      'Russia refuses to sell to Yerevan: relation -30 (needs >= -20)',
      'params.supplier: expected one of ISR, TUR, RUS, FRA, IND, USA, IRN; got "XYZ"',
      'params.item: expected one of drones, airDefence, artillery, armour, radar, missiles; got "lasers"',
      'ARM has $0.30bn left; arms.buy costs $0.41bn',
      'United States does not sell arms to Iran (Western sanctions)',
    ]);
    // Ankara (NATO) arms neither Moscow nor Tehran; Israel does not arm Moscow.
    const blocs = play(setupGame({ mutate: (g) => { g.pairs['RUS-TUR'].relation = 60; g.pairs['IRN-TUR'].relation = 60; g.pairs['ISR-RUS'].relation = 60; } }),
      order('RUS', 'arms.buy', { supplier: 'TUR', item: 'drones' }),
      order('IRN', 'arms.buy', { supplier: 'TUR', item: 'drones' }),
      order('RUS', 'arms.buy', { supplier: 'ISR', item: 'radar' }),
      order('TUR', 'arms.buy', { supplier: 'IRN', item: 'drones' }),
      order('ISR', 'arms.buy', { supplier: 'RUS', item: 'radar' }));
    expect(blocs.rejected.map((x) => x.reason)).toEqual([
      'Turkey, a NATO member, does not arm Russia', 'Turkey, a NATO member, does not arm Iran', 'Israel does not sell arms to Russia',
      'Turkey, a NATO member, does not buy Iranian arms', 'Israel does not buy arms from Russia',
    ]);
    // The two camps buy from different shops (§Postwar): France, India and Washington arm Yerevan, not
    // Baku; Israel and Ankara arm Baku, not Yerevan; India arms neither Moscow nor Tehran. However warm
    // the relation: the bars are policy, not mood.
    const camps = play(setupGame({ mutate: (g) => {
      g.pairs['ARM-ISR'].relation = 60; g.pairs['ARM-TUR'].relation = 60;
      for (const id of ['AZE', 'ARM', 'RUS', 'IRN'] as const) g.actors[id].treasuryBn = 20;
    } }),
      order('AZE', 'arms.buy', { supplier: 'FRA', item: 'artillery' }),
      order('AZE', 'arms.buy', { supplier: 'IND', item: 'artillery' }),
      order('AZE', 'arms.buy', { supplier: 'USA', item: 'radar' }),
      order('ARM', 'arms.buy', { supplier: 'ISR', item: 'drones' }),
      order('ARM', 'arms.buy', { supplier: 'TUR', item: 'drones' }),
      order('RUS', 'arms.buy', { supplier: 'IND', item: 'artillery' }),
      order('IRN', 'arms.buy', { supplier: 'IND', item: 'radar' }),
      order('ARM', 'arms.buy', { supplier: 'FRA', item: 'artillery' }));
    expect(camps.rejected.map((x) => x.reason)).toEqual([
      'France does not sell arms to Azerbaijan: it arms Armenia, and its relations with Baku have broken down',
      'India does not sell arms to Azerbaijan: it arms Armenia, and Baku sides with Pakistan',
      'United States sells no major arms to Azerbaijan (Section 907 of the Freedom Support Act restricts aid to Baku)',
      'Israel does not sell arms to Armenia: its arms partner in the region is Azerbaijan',
      'Turkey does not arm Armenia: it stands with Azerbaijan, and the two have no diplomatic relations',
      'India does not sell arms to Russia (it buys Russian arms itself, and Western sanctions)',
      'India does not sell arms to Iran (it buys Russian arms itself, and Western sanctions)',
    ]);
    // The menus never offer what the bars refuse (an agent would waste its turn on it).
    const menu = (actor: 'AZE' | 'ARM') => [...ACTION_SPECS['arms.buy'].enumerate(camps.state, actor)].map((p) => p.supplier);
    expect(menu('AZE')).not.toContain('FRA');
    expect(menu('AZE')).not.toContain('IND');
    expect(menu('ARM')).not.toContain('ISR');
    // Israel's own offer of arms to Yerevan is refused the same way.
    const offer = play(setupGame({ mutate: (g) => { g.pairs['ARM-ISR'].relation = 60; } }), order('ISR', 'arms.sell', { target: 'ARM', item: 'drones' }));
    expect(offer.rejected.map((x) => x.reason)).toEqual(['Israel does not sell arms to Armenia: its arms partner in the region is Azerbaijan']);
    // Ankara and Israel trade no arms while the Gaza war goes on; they may once it has calmed.
    const gaza = (g: number) => play(setupGame({ mutate: (x) => { x.global.gazaIntensity = g; x.pairs['ISR-TUR'].relation = 20; } }), order('ISR', 'arms.buy', { supplier: 'TUR', item: 'artillery' })).rejected;
    expect(gaza(8)[0].reason).toMatch(/No arms trade between Turkey and Israel while the Gaza war goes on/);
    expect(gaza(1)).toEqual([]);
    // Israel buys from the United States, not from France or India; India does not arm Ankara.
    const israel = play(setupGame({ mutate: (g) => { g.actors.ISR.treasuryBn = 20; g.actors.TUR.treasuryBn = 20; } }),
      order('ISR', 'arms.buy', { supplier: 'FRA', item: 'drones' }),
      order('ISR', 'arms.buy', { supplier: 'IND', item: 'drones' }),
      order('ISR', 'arms.buy', { supplier: 'USA', item: 'airDefence' }),
      order('TUR', 'arms.buy', { supplier: 'IND', item: 'artillery' }));
    expect(israel.rejected.map((x) => x.reason)).toEqual([
      'France is not one of Israel\'s arms suppliers (the United States is)',
      'India buys Israeli arms; it is not one of Israel\'s suppliers (the United States is)',
      'India does not arm Turkey, which sides with Pakistan',
    ]);
    // Each supplier sells what it makes, and no state imports what it makes itself, in the check, in the
    // menus and in offers: Moscow sells no drones, Ankara buys none, Tehran's drones and shells go to Moscow.
    const kit = play(setupGame({ mutate: (g) => { g.pairs['AZE-RUS'].relation = 60; g.pairs['RUS-TUR'].relation = 60; g.pairs['IRN-RUS'].relation = 60; for (const id of ['AZE', 'TUR', 'RUS'] as const) g.actors[id].treasuryBn = 20; } }),
      order('AZE', 'arms.buy', { supplier: 'RUS', item: 'drones' }),
      order('TUR', 'arms.buy', { supplier: 'USA', item: 'drones' }),
      order('RUS', 'arms.sell', { target: 'AZE', item: 'drones' }),
      order('RUS', 'arms.buy', { supplier: 'IRN', item: 'drones' }),
      order('TUR', 'arms.buy', { supplier: 'RUS', item: 'airDefence' }));
    expect(kit.rejected.map((x) => x.reason)).toEqual([
      'Russia does not export drones (it sells air-defence systems, artillery, armour, radars, missiles)',
      'Turkey makes its own drones and imports none',
      'Russia does not export drones (it sells air-defence systems, artillery, armour, radars, missiles)',
    ]);
    const items = (actor: 'TUR' | 'AZE', supplier: string) => [...ACTION_SPECS['arms.buy'].enumerate(kit.state, actor)].filter((p) => p.supplier === supplier).map((p) => p.item);
    expect(items('AZE', 'RUS')).toEqual(['airDefence', 'artillery']);
    expect(items('TUR', 'USA')).toEqual(['airDefence', 'artillery']);
    expect([...ACTION_SPECS['arms.sell'].enumerate(kit.state, 'RUS')].filter((p) => p.target === 'AZE').map((p) => p.item)).toEqual(['airDefence', 'artillery']);
    const ap = play(setupGame(), ...Array.from({ length: 4 }, () => order('TUR', 'arms.buy', { supplier: 'USA', item: 'radar' })));
    expect(ap.rejected.map((x) => x.reason)).toEqual(['TUR has 0 action points left; arms.buy needs 1']);
  });
});

describe('arms.sell', () => {
  it('an offer to a human buyer waits for an answer; accepting books the order and charges the buyer', () => {
    const s = setupGame({ seats: { AZE: 'human' } });
    const t1 = play(s, order('ISR', 'arms.sell', { target: 'AZE', item: 'drones' }));
    expect(t1.state.proposals[0]).toMatchObject({ from: 'ISR', to: 'AZE', kind: 'armsOffer', status: 'pending' });
    const t2 = play(t1.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ISR', kind: 'armsOffer' }));
    expect(t2.rejected).toEqual([]);
    expect(t2.state.actors.AZE.armsOnOrder.some((o) => o.supplier === 'ISR' && o.item === 'drones')).toBe(true);
    // The answer's cost is the package's price (no action points): "Treasury left" and the month's other
    // purchases count it, and the treasury falls by exactly that.
    const accept = order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ISR', kind: 'armsOffer' });
    const price = ACTION_SPECS['diplomacy.proposeTreaty'].cost(t1.state, accept);
    expect(price.ap).toBe(0);
    expect(price.moneyBn).toBe(t2.state.actors.AZE.armsOnOrder.filter((o) => o.supplier === 'ISR' && o.item === 'drones').at(-1)!.costBn);
    expect(price.moneyBn).toBeGreaterThan(0);
    expect(ACTION_SPECS['diplomacy.proposeTreaty'].cost(t1.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'refuse', target: 'ISR', kind: 'armsOffer' })).moneyBn).toBe(0);
    // Tehran protests Israeli drones for Baku once the deal is made, not when it is offered.
    expect(t1.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN')).toBe(false);
    expect(t2.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN')).toBe(true);
  });

  it('an agent buyer answers too, even under a supply agreement: the seller does not decide its purchases', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-ISR'].treaties.armsSupply = true; g.pairs['AZE-ISR'].relation = 90; g.actors.AZE.treasuryBn = 5; } });
    expect(s.actors.AZE.controller).toBe('agent');
    const r = play(s, order('ISR', 'arms.sell', { target: 'AZE', item: 'drones' }));
    expect(r.state.proposals.at(-1)).toMatchObject({ from: 'ISR', to: 'AZE', kind: 'armsOffer', status: 'pending' });
    expect(r.state.actors.AZE.armsOnOrder.length).toBe(s.actors.AZE.armsOnOrder.length);
    expect(r.state.actors.AZE.treasuryBn).toBe(play(s).state.actors.AZE.treasuryBn);
  });

  it('an arms-supply agreement takes 10% off each package between the two', () => {
    const without = setupGame({ mutate: (g) => { g.pairs['ARM-RUS'].treaties.armsSupply = false; g.pairs['ARM-RUS'].relation = 10; } });
    const withIt = setupGame({ mutate: (g) => { g.pairs['ARM-RUS'].treaties.armsSupply = true; g.pairs['ARM-RUS'].relation = 10; } });
    const buy = order('ARM', 'arms.buy', { supplier: 'RUS', item: 'artillery' });
    const cost = (g: ReturnType<typeof setupGame>) => ACTION_SPECS['arms.buy'].cost(g, buy).moneyBn;
    // Prices are rounded to $10m: Russian artillery $0.135bn -> 0.14, and 10% off -> 0.12.
    expect(cost(without)).toBe(Math.round(0.15 * 0.9 * 100) / 100);
    expect(cost(withIt)).toBe(Math.round(0.15 * 0.9 * 0.9 * 100) / 100);
  });

  it('a purchase on the buyer\'s main supply line builds less goodwill than one on a new line', () => {
    const s = setupGame({ mutate: (g) => { g.actors.AZE.treasuryBn = 5; g.actors.AZE.armsShare = { ISR: 0.7, TUR: 0.2, RUS: 0.1 }; g.pairs['AZE-IRN'].relation = 0; } });
    const gain = (supplier: string) => {
      const r = play(s, order('AZE', 'arms.buy', { supplier, item: 'artillery' }));
      const key = supplier === 'ISR' ? 'AZE-ISR' : 'AZE-TUR';
      return r.state.pairs[key].trust - s.pairs[key].trust;
    };
    // trust +2 scaled by 0.4 + 0.6 x (1 - share): 1.16 from Israel (70% of Baku's arms), 1.76 from Turkey.
    expect(gain('ISR')).toBeCloseTo(2 * (0.4 + 0.6 * 0.3), 1);
    expect(gain('TUR')).toBeCloseTo(2 * (0.4 + 0.6 * 0.8), 1);
  });

  it('only sellers may sell', () => {
    const r = play(setupGame(), order('ARM', 'arms.sell', { target: 'IRN', item: 'drones' }));
    expect(r.rejected[0].reason).toBe('arms.sell is not open to ARM (only ISR, TUR, RUS, IRN)');
  });
});
