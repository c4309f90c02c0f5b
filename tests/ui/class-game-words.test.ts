/**
 * Words from the QA play-through of a class game (Baku and Yerevan in hot seat, Tehran handed to a team):
 * the Ledger gives an offer's terms, the hand-over brief gives a due date once, the route shows for every
 * state whose objectives turn on it, a Why? card's posture reads as the agent's overall stance, Israel is
 * not "Israel (Israel)", and a team reads its own refused orders of the last month in its news.
 */
import { describe, expect, it } from 'vitest';
import { commitmentText, ledgerOfferText, stateAndSeat } from '../../src/ui/text/describe.js';
import { ROUTE_STATES, routeMatters } from '../../src/ui/panels/route.js';
import { mainRivalOf, postureText, refusedLines } from '../../src/ui/panels/news.js';
import type { Rejection } from '../../src/sim/state/types.js';
import { setupGame } from '../helpers/setupGame.js';

describe('the Ledger\'s offers', () => {
  it('gives the terms of an offer, and its reason in words', () => {
    expect(ledgerOfferText({ from: 'ARM', to: 'AZE', kind: 'corridorDeal', status: 'pending', params: { target: 'AZE', kind: 'corridorDeal', mode: 'transit', terms: { sovereignty: 61.2 } } }))
      .toBe('Yerevan → Baku: a corridor deal (transit under Armenian control, 61 on the 0-100 sovereignty scale), pending');
    expect(ledgerOfferText({ from: 'ISR', to: 'AZE', kind: 'armsOffer', status: 'refused', reason: 'AZE cannot pay', params: { item: 'drones', priceBn: 0.25 } }))
      .toBe('Israel → Baku: arms (drones for $0.25bn), refused (Baku cannot pay)');
    expect(ledgerOfferText({ from: 'AZE', to: 'ARM', kind: 'peace', status: 'accepted', reason: 'accepted', params: {} })).toBe('Baku → Yerevan: a peace treaty, accepted');
  });
});

describe('an open commitment in the hand-over brief', () => {
  it('gives its due turn once', () => {
    expect(commitmentText({ text: 'Israel is to deliver drones to Azerbaijan by Feb 2024 (turn 5).', dueTurn: 5 }))
      .toBe('Israel is to deliver drones to Azerbaijan by Feb 2024 (turn 5).');
    expect(commitmentText({ text: 'Baku pledges transit through Nakhchivan.', dueTurn: 7 })).toBe('Baku pledges transit through Nakhchivan. (due turn 7)');
    expect(commitmentText({ text: 'Deliveries by turn 15.', dueTurn: 5 })).toBe('Deliveries by turn 15. (due turn 5)');
    expect(commitmentText({ text: 'A pledge.', dueTurn: null })).toBe('A pledge.');
  });
});

describe('the route to Nakhchivan', () => {
  it('shows for Baku, Yerevan, Tehran and Ankara, whose objectives turn on it', () => {
    expect([...ROUTE_STATES].sort()).toEqual(['ARM', 'AZE', 'IRN', 'TUR']);
    expect(routeMatters('IRN')).toBe(true);
    expect(routeMatters('TUR')).toBe(true);
    expect(routeMatters('ISR')).toBe(false);
    expect(routeMatters(null)).toBe(false);
  });
});

describe('names of states', () => {
  it('names Israel once, the others with their seat', () => {
    expect(stateAndSeat('ISR')).toBe('Israel');
    expect(stateAndSeat('IRN')).toBe('Iran (Tehran)');
  });
});

describe('a Why? card\'s posture', () => {
  it('is the agent\'s overall stance, towards its main rival when the move\'s reasons name it', () => {
    const talks = { posture: 'hostile', reasons: [{ text: 'Serves Azerbaijani oil (about 40% of its crude)', weight: 1 }] };
    expect(postureText(talks)).toBe('Its overall stance this month: hostile');
    const line = { posture: 'hostile', reasons: [{ text: 'Israel sees Tehran as its main threat (power, proximity, strike capability, recent acts)', weight: 1 }] };
    expect(mainRivalOf(line)).toBe('IRN');
    expect(postureText(line)).toBe('Its overall stance this month: hostile (towards its main rival, Tehran)');
    expect(mainRivalOf({ reasons: [{ text: 'Eases the threat Baku feels from Yerevan, its main threat', weight: 1 }] })).toBe('ARM');
    expect(postureText({ posture: 'atWar' })).toBe('Its overall stance this month: at war');
    expect(postureText({})).toBeNull();
    expect(postureText(line)).not.toMatch(/^Posture/);
  });
});

describe('a team\'s refused orders in its news', () => {
  const state = setupGame({ seats: { AZE: 'human', ARM: 'human', IRN: 'human' } });
  const drill: Rejection = { order: { actor: 'IRN', type: 'military.drill', params: { target: 'AZE', with: 'RUS' } }, reason: 'RUS will not drill against AZE: relation 34.09 (needs < 30)' };
  const other: Rejection = { order: { actor: 'AZE', type: 'rhetoric.set', params: { line: 'neutral' } }, reason: "AZE's line is already neutral" };

  it('names the order and the reason in words, only to the team whose screen it is', () => {
    const lines = refusedLines(state, [drill, other], 'IRN');
    expect(lines).toEqual(['Hold military drills: → Baku · with Moscow — refused: Moscow will not drill against Baku: relation 34.1 (needs < 30)']);
    expect(refusedLines(state, [drill, other], 'AZE')).toHaveLength(1);
    expect(refusedLines(state, [drill, other], 'AZE')[0]).toMatch(/^Set the official line: neutral line — refused: Baku's line is already neutral$/);
    expect(refusedLines(state, [drill], 'ARM')).toEqual([]);
    for (const l of lines) expect(l).not.toMatch(/\b(AZE|ARM|IRN|TUR|ISR|RUS)\b/);
  });

  it('still words a bare reason (already the viewer\'s)', () => {
    expect(refusedLines(state, ['RUS will not drill against AZE: relation 34.09 (needs < 30)'], 'IRN'))
      .toEqual(['Moscow will not drill against Baku: relation 34.1 (needs < 30)']);
  });
});
