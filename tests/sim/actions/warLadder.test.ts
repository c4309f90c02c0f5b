import { describe, expect, it } from 'vitest';
import { setupGame } from '../../helpers/setupGame.js';
import { change, order, orderEv, play } from './play.js';
import { makesPowerWar } from '../../../src/sim/actions/warLadder.js';

describe('the top of the ladder: rung 9, war between regional powers; rung 10, regional war', () => {
  it('force used again at rung 8 by a pair with an outside power climbs to 9 and ends the game', () => {
    // Baku and Tehran already at rung 8 (say, Baku's forces fired on Iranian units in Syunik): the next strike is a war between powers.
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = 8; g.pairs['AZE-IRN'].atWar = true; } });
    const r = play(s, order('IRN', 'military.strike', { target: 'AZE' }));
    expect(r.rejected).toEqual([]);
    expect(r.state.pairs['AZE-IRN'].rung).toBe(9);
    expect(change(r, 'AZE-IRN.rung')).toEqual({ from: 8, to: 9 });
    expect(r.state.ending?.kind).toBe('regionalPowerWar');
    expect(r.state.ending?.actors).toEqual(['AZE', 'IRN']);
  });

  it('below rung 8, or between Armenia and Azerbaijan alone, a strike stays a strike', () => {
    const clash = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = 6; } });
    const r = play(clash, order('IRN', 'military.strike', { target: 'AZE' }));
    expect(r.state.pairs['AZE-IRN'].rung).toBe(6);
    expect(r.state.ending).toBeNull();
    // A local war stays local however high it climbs, until a power joins.
    const local = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].rung = 8; g.pairs['ARM-AZE'].atWar = true; } });
    const l = play(local, order('AZE', 'military.strike', { target: 'ARM' }));
    expect(l.state.pairs['ARM-AZE'].rung).toBe(8);
    expect(l.state.ending?.kind ?? null).not.toBe('regionalPowerWar');
    expect(makesPowerWar('ARM', 'AZE', 8)).toBe(false);
    expect(makesPowerWar('TUR', 'AZE', 8)).toBe(true);
    expect(makesPowerWar('ISR', 'IRN', 7)).toBe(false);
  });

  it('a power is at war by its own decision: force used on it again at rung 8 does not make the war until it answers', () => {
    // Baku fires on Russian border guards in Syunik twice; Moscow, absorbed by Ukraine, does not answer.
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-RUS'].rung = 8; g.pairs['AZE-RUS'].atWar = true; } });
    const r = play(s, order('AZE', 'military.strike', { target: 'RUS' }));
    expect(r.rejected).toEqual([]);
    expect(r.state.pairs['AZE-RUS'].rung).toBe(8);
    expect(r.state.ending?.kind ?? null).not.toBe('regionalPowerWar');
    expect(makesPowerWar('AZE', 'RUS', 8)).toBe(false);
    // When Moscow strikes back, it is a war between powers.
    expect(play(r.state, order('RUS', 'military.strike', { target: 'AZE' })).state.ending?.kind).toBe('regionalPowerWar');
  });

  it('an offensive that hits Iranian troops puts Tehran and Baku at rung 8; the next use of force between them is a war', () => {
    const s = setupGame({ seed: 3, mutate: (g) => {
      g.pairs['ARM-IRN'].treaties.defencePact = 'vague';
      g.provinces['AM.SU'].troops = { IRN: 6 };
    } });
    const first = play(s, order('AZE', 'military.offensive', { province: 'AM.SU' }));
    expect(first.rejected).toEqual([]);
    expect(first.events.some((e) => e.kind === 'reaction' && e.actor === 'IRN' && /come under fire/.test(e.text))).toBe(true);
    expect(first.state.pairs['AZE-IRN'].rung).toBe(8);
    // Tehran is not at war by Baku's choice alone: fighting is its own decision.
    expect(first.state.pairs['AZE-IRN'].atWar).toBe(false);
    expect(first.state.ending?.kind ?? null).not.toBe('regionalPowerWar');
    const second = play(first.state, order('IRN', 'military.strike', { target: 'AZE' }));
    expect(second.state.pairs['AZE-IRN'].rung).toBe(9);
    expect(second.state.ending?.kind).toBe('regionalPowerWar');
  });

  it('a war between powers while four or more states fight becomes a regional war (rung 10)', () => {
    const s = setupGame({ mutate: (g) => {
      g.pairs['AZE-IRN'].rung = 8; g.pairs['AZE-IRN'].atWar = true;
      g.pairs['ARM-AZE'].rung = 8; g.pairs['ARM-AZE'].atWar = true;
      g.pairs['IRN-ISR'].rung = 8; g.pairs['IRN-ISR'].atWar = true;
    } });
    const r = play(s, order('IRN', 'military.strike', { target: 'AZE' }));
    expect(r.state.pairs['AZE-IRN'].rung).toBe(10);
    expect(r.events.find((e) => e.type === 'system.widening')?.text).toBe('The war between Azerbaijan and Iran widens: 4 states are fighting, a regional war.');
    expect(r.state.ending?.kind).toBe('regionalWar');
    expect(r.state.ending?.text).toBe('Regional war: Azerbaijan, Armenia, Iran and Israel are fighting. Everyone loses.');
    // Three fighting is a war between powers, not yet a regional war.
    const three = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].rung = 8; g.pairs['AZE-IRN'].atWar = true; g.pairs['ARM-AZE'].atWar = true; } });
    expect(play(three, order('IRN', 'military.strike', { target: 'AZE' })).state.ending?.kind).toBe('regionalPowerWar');
  });
});
