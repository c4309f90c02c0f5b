import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import { order, orderEv, play } from './play.js';

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
      'params.kind: expected one of peace, defencePact, normalisation, corridorDeal; got "alliance"',
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

  it('offers normalisation only to estranged pairs, not to partners already on good terms', () => {
    const s = setupGame();
    const r = play(s,
      order('RUS', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'IRN' }),
      order('TUR', 'diplomacy.proposeTreaty', { kind: 'normalisation', target: 'ARM' }));
    expect(r.rejected.map((x) => x.order.actor)).toEqual(['RUS']);
    expect(r.rejected[0].reason).toMatch(/^RUS and IRN already have embassies and relation \d+/);
  });
});
