import { describe, expect, it } from 'vitest';
import { resolveTurn, stateHash } from '../../src/sim/engine.js';
import { setupGame } from '../helpers/setupGame.js';

describe('engine with the world systems', () => {
  it('plays 24 empty turns of autumn-2023 identically with the same seed', () => {
    const play = (seed: number) => {
      let s = setupGame({ seed });
      const hashes: string[] = [];
      for (let i = 0; i < 24 && !s.ending; i++) {
        s = resolveTurn(s, []).state;
        hashes.push(stateHash(s));
      }
      return { s, hashes };
    };
    const a = play(21);
    const b = play(21);
    expect(a.hashes).toEqual(b.hashes);
    expect(a.s.ending?.kind).toBe('turnLimit');
    expect(a.s.history).toHaveLength(25);
    expect(play(22).hashes.at(-1)).not.toBe(a.hashes.at(-1));
  });

  it('applies facilitator injects as facilitator events, and scripted events on their turn', () => {
    const s = setupGame({ mutate: (g) => { g.params.randomEvents = 0; } });
    const r = resolveTurn(s, [], { injects: [{ event: 'borderClash', note: 'workshop' }, { event: 'nonsense' }] });
    const clash = r.events.filter((e) => e.type === 'event.borderClash');
    expect(clash).toHaveLength(1);
    expect(clash[0].kind).toBe('facilitator');
    let g = r.state;
    while (g.turn < 7) g = resolveTurn(g, []).state;
    const t7 = resolveTurn(g, []);
    expect(t7.events.filter((e) => e.kind === 'scripted').map((e) => e.type)).toEqual(['event.israelIranStrikes', 'event.russianWithdrawal']);
  });
});
