/**
 * The end screen's marks and the top bar's arms tooltip, in node (no DOM needed for these words):
 * "you" for the one team of a one-team game, "team" for every team of a class game (it had said "you"
 * for whichever team played last); arms due named by supplier and month, not "IND, turn 4".
 */
import { describe, expect, it } from 'vitest';
import { produce } from 'immer';
import { seatMarks } from '../../src/ui/panels/end.js';
import { armsDueWords } from '../../src/ui/panels/topbar.js';
import { setupGame } from '../helpers/setupGame.js';

describe('end-screen marks', () => {
  it('marks one team "you" and several teams each "team"', () => {
    expect(seatMarks(setupGame({ seats: { AZE: 'human' } }), 'AZE')).toEqual({ AZE: 'you' });
    const two = setupGame({ seats: { AZE: 'human', ARM: 'human' } });
    expect(seatMarks(two, 'ARM')).toEqual({ AZE: 'team', ARM: 'team' });
    // A state handed to a team mid-game is a team too.
    const three = produce(two, (s) => { s.actors.IRN.controller = 'human'; });
    expect(seatMarks(three, 'ARM')).toEqual({ AZE: 'team', ARM: 'team', IRN: 'team' });
  });
});

describe('arms due', () => {
  it('names the item, the supplier and the month of arrival', () => {
    const s = setupGame({ seats: { ARM: 'human' } });
    expect(armsDueWords(s, { item: 'artillery', supplier: 'IND', arrivalTurn: 4 })).toBe(`artillery from India, due ${'Jan 2024'}`);
    expect(armsDueWords(s, { item: 'radar', supplier: 'FRA', arrivalTurn: 2, blocked: true })).toBe('radars from France, due Nov 2023 (blocked in transit)');
  });
});
