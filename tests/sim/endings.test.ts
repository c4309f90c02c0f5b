import { describe, expect, it } from 'vitest';
import { setupGame } from '../helpers/setupGame.js';
import { runSystem } from '../helpers/runSystem.js';
import { checkEnding, runEndings } from '../../src/sim/systems/endings.js';
import { runEndOfTurn } from '../../src/sim/systems/index.js';
import { scorecard, scorecards } from '../../src/sim/scores.js';
import type { GameState } from '../../src/sim/state/types.js';

const war = (g: GameState, key: string, rung: number) => { g.pairs[key].rung = rung; g.pairs[key].atWar = rung >= 7; };

describe('endings', () => {
  it('no ending at the start', () => {
    expect(checkEnding(setupGame())).toBeNull();
  });

  it('regional war: rung 10 with four or more fighting', () => {
    // Only three fighting: not yet a regional war (and no power at rung 9: no ending at all).
    expect(checkEnding(setupGame({ mutate: (g) => { war(g, 'ARM-AZE', 10); war(g, 'AZE-IRN', 8); } }))).toBeNull();
    expect(checkEnding(setupGame({ mutate: (g) => { war(g, 'ARM-AZE', 10); war(g, 'AZE-IRN', 9); } }))?.kind).toBe('regionalPowerWar');
    const r = setupGame({ mutate: (g) => { war(g, 'ARM-AZE', 10); war(g, 'AZE-IRN', 8); war(g, 'IRN-ISR', 8); } });
    const e = checkEnding(r);
    expect(e?.kind).toBe('regionalWar');
    expect(e?.actors).toEqual(['AZE', 'ARM', 'IRN', 'ISR']);
  });

  it('war between regional powers: rung 9 in a pair with Iran, Turkey, Russia or Israel', () => {
    expect(checkEnding(setupGame({ mutate: (g) => war(g, 'AZE-IRN', 9) }))?.actors).toEqual(['AZE', 'IRN']);
    expect(checkEnding(setupGame({ mutate: (g) => war(g, 'IRN-TUR', 9) }))?.kind).toBe('regionalPowerWar');
    // Armenia and Azerbaijan alone stay a local war.
    expect(checkEnding(setupGame({ mutate: (g) => war(g, 'ARM-AZE', 9) }))).toBeNull();
  });

  it("Armenia's collapse: stability at 5 or below, or Yerevan occupied", () => {
    expect(checkEnding(setupGame({ mutate: (g) => { g.actors.ARM.stability = 5; } }))?.kind).toBe('armeniaCollapse');
    expect(checkEnding(setupGame({ mutate: (g) => { g.provinces['AM.ER'].occupier = 'AZE'; } }))?.text).toMatch(/Yerevan is occupied/);
  });

  it('settlement: a peace treaty plus a corridor arrangement', () => {
    expect(checkEnding(setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; } }))).toBeNull();
    expect(checkEnding(setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; g.global.zangezur.status = 'agreed'; } }))?.kind).toBe('settlement');
    expect(checkEnding(setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; g.global.aras.status = 'open'; } }))?.kind).toBe('settlement');
    // The text names the route that settled it.
    expect(checkEnding(setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; g.global.aras.status = 'open'; } }))?.text)
      .toBe('A settlement: Armenia and Azerbaijan at peace under a treaty, with Nakhchivan linked to the rest of Azerbaijan by the Aras route through Iran.');
    expect(checkEnding(setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].treaties.peace = true; Object.assign(g.global.zangezur, { status: 'agreed', mode: 'transit', sovereignty: 30 }); } }))?.text)
      .toBe('A settlement: Armenia and Azerbaijan at peace under a treaty, with a route through Syunik (Zangezur) agreed (transit under Armenian control with guarantees for Baku\'s traffic, 30 on the 0-100 sovereignty scale).');
  });

  it('turn limit after the last turn, recorded with an ending event and no further turn', () => {
    const s = setupGame({ scenario: 'tiny', mutate: (g) => { g.turn = 3; g.params.randomEvents = 0; } });
    const { state, events } = runSystem(s, runEndOfTurn);
    expect(state.ending).toMatchObject({ kind: 'turnLimit', turn: 3 });
    expect(state.turn).toBe(3);
    expect(events.filter((e) => e.kind === 'ending').map((e) => e.type)).toEqual(['ending.turnLimit']);
    expect(runSystem(state, runEndings).events).toHaveLength(0);
  });
});

describe('scores', () => {
  it('gives each actor weighted objectives and a total from 0 to 100, with the human cost beside it', () => {
    const cards = scorecards(setupGame());
    expect(cards.map((c) => c.actor)).toEqual(['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS']);
    for (const c of cards) {
      expect(c.objectives.length).toBeGreaterThanOrEqual(3);
      expect(c.total).toBeGreaterThanOrEqual(0);
      expect(c.total).toBeLessThanOrEqual(100);
      for (const o of c.objectives) expect(o.progress).toBeGreaterThanOrEqual(0);
    }
    expect(cards[1].humanCost.displaced).toBeGreaterThanOrEqual(100_000);
  });

  it('moves with the state: an open Aras route links Nakhchivan for Baku and Ankara and pays Tehran', () => {
    const before = setupGame();
    const after = setupGame({ mutate: (g) => { g.global.aras.status = 'open'; } });
    for (const a of ['AZE', 'TUR', 'IRN'] as const) expect(scorecard(after, a).total).toBeGreaterThan(scorecard(before, a).total);
    expect(scorecard(after, 'AZE').objectives.find((o) => o.id === 'nakhchivanLink')?.met).toBe(true);
  });

  it('an extraterritorial corridor costs Yerevan and Tehran their border objective', () => {
    const s = setupGame({ mutate: (g) => { g.global.zangezur = { status: 'agreed', mode: 'extraterritorial', sovereignty: 90, proposer: 'AZE' }; } });
    expect(scorecard(s, 'ARM').objectives.find((o) => o.id === 'syunikKept')?.met).toBe(false);
    expect(scorecard(s, 'IRN').objectives.find((o) => o.id === 'armeniaBorder')?.met).toBe(false);
    expect(scorecard(s, 'AZE').objectives.find((o) => o.id === 'nakhchivanLink')?.met).toBe(true);
  });

  it('a regional war cuts every score to a quarter', () => {
    const s = setupGame();
    const w = setupGame({ mutate: (g) => { g.ending = { kind: 'regionalWar', turn: 5, text: '' }; } });
    expect(scorecard(w, 'TUR').total).toBeCloseTo(scorecard(s, 'TUR').total / 4, 0);
    expect(scorecard(w, 'TUR').note).toMatch(/everyone loses/);
  });
});
