import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import { order, orderEv, play } from './play.js';
import { ACTION_SPECS } from '../../../src/sim/actions/index.js';
import { counterRounds } from '../../../src/sim/state/selectors.js';

describe('diplomacy.proposeTreaty', () => {
  it('an accepted peace treaty with a corridor deal sets the treaty flags and the corridor', () => {
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    const t1 = play(s, order('ARM', 'diplomacy.proposeTreaty', { kind: 'peace', target: 'AZE', mode: 'transit' }));
    expect(t1.rejected).toEqual([]);
    expect(t1.state.proposals).toHaveLength(1);
    expect(t1.state.proposals[0]).toMatchObject({ from: 'ARM', to: 'AZE', kind: 'peace', status: 'pending' });
    // An answer in the same turn as the proposal is not possible: it is answered next turn.
    const t2 = play(t1.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ARM', kind: 'peace' }));
    expect(t2.rejected).toEqual([]);
    const tr = t2.state.pairs['ARM-AZE'].treaties;
    expect(tr.peace).toBe(true);
    expect(tr.corridorDeal).toBe(true);
    expect(t2.state.global.zangezur).toMatchObject({ status: 'agreed', mode: 'transit' });
    expect(t2.state.proposals[0].status).toBe('accepted');
    // Answers cost no action points.
    expect(t2.state.actors.AZE.actionPoints).toBeGreaterThanOrEqual(t1.state.actors.AZE.actionPoints);
  });

  it('a corridor deal proposed by Baku and accepted by Yerevan sets the flag', () => {
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    const t1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM', mode: 'extraterritorial' }));
    const t2 = play(t1.state, order('ARM', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'AZE', kind: 'corridorDeal' }));
    expect(t2.state.pairs['ARM-AZE'].treaties.corridorDeal).toBe(true);
    expect(t2.state.global.zangezur.mode).toBe('extraterritorial');
    // Tehran strongly opposes an extraterritorial agreement.
    expect(t2.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN' && e.claim === '§Iran-Armenia')).toBe(true);
    expect(t2.state.pairs['AZE-IRN'].relation).toBeLessThan(t1.state.pairs['AZE-IRN'].relation);
  });

  it('a counter-proposal creates a new pending proposal from the answerer; refusals record the reason', () => {
    const s = setupGame({ seats: { ARM: 'human', TUR: 'human' } });
    const t1 = play(s, order('TUR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }));
    const t2 = play(t1.state, order('ARM', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'TUR', kind: 'normalisation', terms: { border: 'open' } }));
    expect(t2.state.proposals.map((p) => [p.from, p.status])).toEqual([['TUR', 'countered'], ['ARM', 'pending']]);
    const t3 = play(t2.state, order('TUR', 'diplomacy.proposeTreaty', { answer: 'refuse', target: 'ARM', kind: 'normalisation', reason: 'not before a peace deal' }));
    expect(t3.state.proposals[1]).toMatchObject({ status: 'refused', reason: 'not before a peace deal' });
  });

  it('an arms-supply agreement: proposed, countered in place of a pact, accepted; refused where neither may arm the other', () => {
    const s = setupGame({ seats: { AZE: 'human', RUS: 'human', ARM: 'human' }, mutate: (g) => { g.pairs['AZE-RUS'].relation = 40; } });
    // Baku asks Moscow for a pact; Moscow answers: arms, not an alliance.
    const t1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'RUS', explicitness: 'vague' }));
    const t2 = play(t1.state, order('RUS', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'AZE', kind: 'defencePact', terms: { instead: 'armsSupply' } }));
    expect(t2.rejected).toEqual([]);
    expect(orderEv(t2, 'diplomacy.proposeTreaty').text).toBe('Moscow answers Baku\'s offer of a defence pact with a counter-proposal: an arms-supply agreement instead.');
    expect(t2.state.proposals.map((p) => [p.from, p.kind, p.status])).toEqual([['AZE', 'defencePact', 'countered'], ['RUS', 'armsSupply', 'pending']]);
    const t3 = play(t2.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'RUS', kind: 'armsSupply' }));
    expect(t3.state.pairs['AZE-RUS'].treaties.armsSupply).toBe(true);
    expect(t3.state.pairs['AZE-RUS'].treaties.defencePact).toBe('none');
    expect(t3.state.pairs['AZE-RUS'].relation).toBeGreaterThan(t2.state.pairs['AZE-RUS'].relation);
    // Once in force, it cannot be proposed again; where neither side may arm the other, not at all.
    expect(play(t3.state, order('RUS', 'diplomacy.proposeTreaty', { kind: 'armsSupply', target: 'AZE' })).rejected[0].reason).toBe('RUS and AZE already have an arms-supply agreement');
    expect(play(s, order('ARM', 'diplomacy.proposeTreaty', { kind: 'armsSupply', target: 'ISR' })).rejected[0].reason).toBe('neither Yerevan nor Israel may arm the other');
    // A counter of another kind must be a treaty kind other than the one proposed, and possible.
    const bad = (terms: Record<string, unknown>) => play(t1.state, order('RUS', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'AZE', kind: 'defencePact', terms })).rejected[0]?.reason;
    expect(bad({ instead: 'alliance' })).toBe('params.terms.instead: expected another treaty kind (peace, normalisation, corridorDeal, armsSupply); got "alliance"');
    expect(bad({ instead: 'peace' })).toMatch(/are not at war/);
    expect(bad({ instead: 'armsSupply' })).toBeUndefined();
  });

  it('a counter-proposal\'s terms are what is signed: a vaguer pledge, transit instead of an extraterritorial corridor', () => {
    // An explicit pact countered with a vague one is a vague pact once accepted (it had stayed explicit).
    const s = setupGame({ seats: { AZE: 'human', TUR: 'human', ARM: 'human' }, mutate: (g) => { g.pairs['AZE-TUR'].treaties.defencePact = 'none'; } });
    const t1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'TUR', explicitness: 'explicit' }));
    const t2 = play(t1.state, order('TUR', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'AZE', kind: 'defencePact', terms: { explicitness: 'vague' } }));
    expect(t2.state.proposals[1]).toMatchObject({ from: 'TUR', kind: 'defencePact', params: { explicitness: 'vague' } });
    expect(orderEv(t2, 'diplomacy.proposeTreaty').text).toBe('Ankara answers Baku\'s offer of a defence pact with a counter-proposal: a vague pledge.');
    const t3 = play(t2.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'TUR', kind: 'defencePact' }));
    expect(t3.state.pairs['AZE-TUR'].treaties.defencePact).toBe('vague');
    // Baku's extraterritorial corridor deal countered by Yerevan with transit: accepted, it is transit.
    const c1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM', mode: 'extraterritorial' }));
    const c2 = play(c1.state, order('ARM', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'AZE', kind: 'corridorDeal', terms: { mode: 'transit', recognition: true } }));
    // The news says what the counter offers (the monthly rounds of counters had all read alike).
    expect(orderEv(c2, 'diplomacy.proposeTreaty').text).toBe('Yerevan answers Baku\'s offer of a corridor deal with a counter-proposal: transit under Armenian control, with mutual recognition of borders.');
    const c3 = play(c2.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ARM', kind: 'corridorDeal' }));
    expect(c3.state.global.zangezur).toMatchObject({ status: 'agreed', mode: 'transit' });
    // Malformed counter terms are refused.
    expect(play(t1.state, order('TUR', 'diplomacy.proposeTreaty', { answer: 'counter', target: 'AZE', kind: 'defencePact', terms: { explicitness: 'total' } })).rejected[0].reason)
      .toBe('params.terms.explicitness: expected one of vague, explicit; got "total"');
  });

  it('corridor talks: rounds are counted and numbered, the halfway counter is offered, the agreed point is the one signed', () => {
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    const counter = (by: 'ARM' | 'AZE', sovereignty: number) => order(by, 'diplomacy.proposeTreaty', { answer: 'counter', target: by === 'ARM' ? 'AZE' : 'ARM', kind: 'corridorDeal', terms: { mode: 'transit', sovereignty, recognition: true } });
    const r1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM', mode: 'extraterritorial' }));
    const r2 = play(r1.state, counter('ARM', 10));
    expect(r2.rejected).toEqual([]);
    expect(orderEv(r2, 'diplomacy.proposeTreaty').text).toBe("Yerevan answers Baku's offer of a corridor deal with a counter-proposal: transit under Armenian control, with guarantees for Baku's traffic (10 on the 0-100 sovereignty scale), and mutual recognition of borders.");
    const r3 = play(r2.state, counter('AZE', 60));
    expect(orderEv(r3, 'diplomacy.proposeTreaty').text).toMatch(/^Baku answers Yerevan's offer of a corridor deal with a counter-proposal \(round 3 of talks\): transit/);
    const chain = r3.state.proposals;
    expect(chain.map((p) => counterRounds(r3.state, p))).toEqual([0, 1, 2]);
    // Yerevan's menu: accept, refuse, its own line (ordinary transit) and halfway between Baku's 60 and its own 10.
    const menu = ACTION_SPECS['diplomacy.proposeTreaty']!.enumerate(r3.state, 'ARM').filter((p) => p.answer && p.kind === 'corridorDeal');
    expect(menu.map((p) => [p.answer, (p.terms as { sovereignty?: number } | undefined)?.sovereignty])).toEqual([['accept', undefined], ['refuse', undefined], ['counter', undefined], ['counter', 35]]);
    // Baku's menu against Yerevan's 10 never moves past it: no 'transit' counter at 0 (Yerevan's own
    // position), and halfway between 10 and Baku's own extraterritorial opening (100) is 55, on Baku's side.
    const r2menu = ACTION_SPECS['diplomacy.proposeTreaty']!.enumerate(r2.state, 'AZE').filter((p) => p.answer === 'counter' && p.kind === 'corridorDeal');
    expect(r2menu.map((p) => (p.terms as { sovereignty?: number }).sovereignty)).toEqual([55]);
    // Accepted, the deal stands at the point signed, not at the end of its mode's scale.
    const r4 = play(r3.state, order('ARM', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'AZE', kind: 'corridorDeal' }));
    expect(r4.state.global.zangezur).toMatchObject({ status: 'agreed', mode: 'transit', sovereignty: 60 });
    expect(r4.state.commitments.at(-1)!.text).toBe("Yerevan guarantees transit under Armenian control to Nakhchivan, with guarantees for Baku's traffic (60 on the 0-100 sovereignty scale).");
    // Turned down instead, the news says the talks, not one offer, have ended.
    const r5 = play(r3.state, order('ARM', 'diplomacy.proposeTreaty', { answer: 'refuse', target: 'AZE', kind: 'corridorDeal' }));
    expect(orderEv(r5, 'diplomacy.proposeTreaty').text).toBe("Yerevan turns down Baku's offer of a corridor deal: talks end after 3 rounds of offers and counter-offers.");
    // A fresh offer after that starts a new count.
    const r6 = play(play(r5.state).state, order('AZE', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM', mode: 'transit' }));
    expect(counterRounds(r6.state, r6.state.proposals.at(-1)!)).toBe(0);
  });

  it('offers that cross (each side proposing the same treaty to the other) make one set of talks, not two', () => {
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    const t1 = play(s, order('AZE', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM', mode: 'extraterritorial' }), order('ARM', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'AZE', mode: 'transit' }));
    expect(t1.rejected).toEqual([]);
    expect(t1.state.proposals.map((p) => [p.from, p.status])).toEqual([['AZE', 'countered'], ['ARM', 'pending']]);
    expect(t1.events.filter((e) => e.type === 'diplomacy.proposeTreaty').map((e) => e.text)[1]).toBe("Yerevan proposes a corridor deal to Baku, with transit under Armenian control, crossing Baku's own offer: it stands as a counter-proposal.");
    expect(counterRounds(t1.state, t1.state.proposals[1])).toBe(1);
    // Baku has one offer to answer, and nothing of its own left pending to be answered.
    const t2 = play(t1.state, order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ARM', kind: 'corridorDeal' }));
    expect(t2.state.global.zangezur).toMatchObject({ status: 'agreed', mode: 'transit' });
  });

  it('a proposal to a human seat lapses after one turn without an answer', () => {
    const s = setupGame({ seats: { ARM: 'human' } });
    const t1 = play(s, order('TUR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }));
    const t2 = play(t1.state);
    expect(t2.state.proposals[0]).toMatchObject({ status: 'refused', reason: 'no answer' });
  });

  it('a proposal to an agent is settled by the fallback with its probability and factors', () => {
    const s = setupGame({ seed: 11, mutate: (g) => { g.pairs['ARM-TUR'].relation = 60; g.pairs['ARM-TUR'].trust = 80; } });
    const t1 = play(s, order('TUR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }));
    const t2 = play(t1.state);
    const ev = t2.events.find((e) => e.kind === 'reaction' && e.actor === 'ARM' && e.type === 'diplomacy.proposeTreaty')!;
    expect(ev.probability).toBeGreaterThan(0.5);
    expect(ev.factors!.some((f) => f.label.startsWith('relation ') && f.weight > 15)).toBe(true);
    expect(['accepted', 'refused']).toContain(t2.state.proposals[0].status);
    expect(t2.state.pairs['ARM-TUR'].treaties.normalisation).toBe(t2.state.proposals[0].status === 'accepted');
  });

  it('rejects bad kinds, missing proposals and pacts between rivals', () => {
    const s = setupGame();
    const r = play(s,
      order('ARM', 'diplomacy.proposeTreaty', { kind: 'alliance', target: 'AZE' }),
      order('AZE', 'diplomacy.proposeTreaty', { answer: 'accept', target: 'ARM', kind: 'peace' }),
      order('AZE', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'IRN' }),
      order('IRN', 'diplomacy.proposeTreaty', { kind: 'corridorDeal', target: 'ARM' }),
      order('TUR', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'AZE', explicitness: 'total' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'params.kind: expected one of peace, defencePact, normalisation, corridorDeal, armsSupply; got "alliance"',
      'no pending peace proposal from ARM to AZE to answer',
      'Tehran is not close enough for a defence pact: relation -40 (needs >= 30)',
      'a corridor deal is made between Armenia and Azerbaijan (params.target must be ARM or AZE)',
      'params.explicitness: expected one of vague, explicit; got "total"',
    ]);
    expect(orderEv(play(s, order('TUR', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'AZE', explicitness: 'explicit' })), 'diplomacy.proposeTreaty').text)
      .toBe('Ankara proposes a defence pact (explicit) to Baku.');
  });

  it('a corridor deal with mode null is refused as malformed, not taken as one without a mode (found by the fuzzer)', () => {
    const r = play(setupGame(), order('AZE', 'diplomacy.proposeTreaty', { target: 'ARM', kind: 'corridorDeal', mode: null as unknown as string }));
    expect(r.rejected[0].reason).toBe('params.mode: expected one of transit, extraterritorial; got null');
  });

  it('NATO rules out a defence pact between Ankara and Moscow or Tehran, however warm', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['RUS-TUR'].relation = 80; g.pairs['IRN-TUR'].relation = 80; } });
    const r = play(s,
      order('TUR', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'RUS' }),
      order('IRN', 'diplomacy.proposeTreaty', { kind: 'defencePact', target: 'TUR', explicitness: 'explicit' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'Ankara is in NATO: a defence pact with Moscow is ruled out',
      'Ankara is in NATO: a defence pact with Tehran is ruled out',
    ]);
  });

  it('offers normalisation only to pairs without diplomatic relations, not to states with embassies', () => {
    // Moscow and Tehran are partners; Moscow and Yerevan are estranged but have embassies: both mend
    // ties by talks. Ankara and Yerevan have none: normalisation is theirs to sign.
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-RUS'].relation = -40; } });
    const r = play(s,
      order('RUS', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'IRN' }),
      order('RUS', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }),
      order('TUR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'RUS and IRN already have diplomatic relations (embassies): normalisation establishes them; talks mend them',
      'RUS and ARM already have diplomatic relations (embassies): normalisation establishes them; talks mend them',
    ]);
  });

  it('a peace treaty ends an armed conflict: Baku and Yerevan, or a pair at war or in armed clashes', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-RUS'].relation = -40; g.pairs['AZE-IRN'].rung = 6; g.pairs['ARM-AZE'].relation = 10; g.pairs['ARM-AZE'].rung = 0; } });
    const r = play(s,
      order('RUS', 'diplomacy.proposeTreaty', { kind: 'peace', target: 'ARM' }),
      order('AZE', 'diplomacy.proposeTreaty', { kind: 'peace', target: 'IRN' }),
      order('ARM', 'diplomacy.proposeTreaty', { kind: 'peace', target: 'AZE' }));
    expect(r.rejected.map((x) => x.reason)).toEqual([
      'RUS and ARM are not at war (rung 1, needs 6 or more): a peace treaty ends an armed conflict; normalisation or talks mend other ties',
    ]);
    const menu = (actor: 'RUS' | 'ARM') => [...ACTION_SPECS['diplomacy.proposeTreaty'].enumerate(s, actor)].filter((p) => p.kind === 'peace').map((p) => p.target);
    expect(menu('RUS')).toEqual([]);
    expect(menu('ARM')).toEqual(['AZE']);
  });

  it('Tehran and Israel hold no direct talks and sign no treaties; a mediator may still bring them together', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['IRN-ISR'].rung = 7; g.pairs['IRN-ISR'].atWar = true; g.pairs['IRN-RUS'].relation = 60; g.pairs['ISR-RUS'].relation = 40; } });
    const r = play(s,
      order('IRN', 'diplomacy.summit', { target: 'ISR' }),
      order('ISR', 'diplomacy.proposeTreaty', { kind: 'peace', target: 'IRN' }),
      order('ISR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'IRN' }),
      order('RUS', 'diplomacy.mediate', { target: 'IRN', between: 'ISR' }));
    const text = 'Tehran does not recognise Israel: the two hold no direct talks and sign no treaties (contacts go through a mediator)';
    expect(r.rejected.map((x) => x.reason)).toEqual([text, text, text]);
    expect([...ACTION_SPECS['diplomacy.summit'].enumerate(s, 'IRN')].map((p) => p.target)).not.toContain('ISR');
    expect([...ACTION_SPECS['diplomacy.proposeTreaty'].enumerate(s, 'ISR')].map((p) => p.target)).not.toContain('IRN');
    // Nor do they trade, so neither can halt trade with the other ("Israel halts trade with Tehran").
    const trade = play(s, order('ISR', 'economy.sanction', { target: 'IRN' }), order('IRN', 'economy.sanction', { target: 'ISR' }));
    expect(trade.rejected.map((x) => x.reason)).toEqual(Array(2).fill("Israel and Iran have no trade between them to halt (Tehran's calls to boycott Israel are a denunciation)"));
    expect([...ACTION_SPECS['economy.sanction'].enumerate(s, 'ISR')].map((p) => p.target)).not.toContain('IRN');
  });
});
