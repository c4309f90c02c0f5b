/**
 * The "Why?" card's account of a drawn outcome (src/ui/text/chance.ts): what the chance is the chance of,
 * the factors in their own unit, nothing that does not apply, and where a move or event came from. The
 * events come from the real rules, so a change in how a rule writes its factors shows here.
 */
import { describe, expect, it } from 'vitest';
import { chanceView, originWords } from '../../src/ui/text/chance.js';
import { resolveTurn } from '../../src/sim/engine.js';
import { hazard } from '../../src/sim/systems/hazards.js';
import type { GameEvent, GameState } from '../../src/sim/state/types.js';
import { setupGame } from '../helpers/setupGame.js';

const rich = (g: GameState) => {
  for (const a of Object.values(g.actors)) { a.treasuryBn = 50; a.actionPoints = 3; }
};

function orderEvent(state: GameState, actor: string, type: string, params: Record<string, unknown>): GameEvent {
  const r = resolveTurn(state, [{ actor, type, params } as never]);
  expect(r.rejected).toEqual([]);
  const ev = r.events.find((e) => e.kind === 'order' && e.type === type && e.actor === actor);
  expect(ev, `${type} event`).toBeDefined();
  return ev!;
}

/** The percentages a line states, as numbers. */
const shares = (lines: { text: string }[]): number[] => lines.map((l) => Number(/(-?\d+(?:\.\d+)?)%$/.exec(l.text)?.[1] ?? NaN));

describe('a strike\'s chance', () => {
  it('is the chance of success, from the shares of the strength in play plus 10 points', () => {
    const s = setupGame({ seats: { IRN: 'human' }, mutate: rich });
    const ev = orderEvent(s, 'IRN', 'military.strike', { target: 'AZE' });
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance of success');
    expect(v.short).toBe(`${v.percent}% chance of success`);
    expect(v.percent).toBe(Math.round(ev.probability! * 100));
    // The shares make up the strength in play (100%, give or take rounding), each shown as a share.
    const [atk, ad] = shares(v.factors);
    expect(Math.abs(atk + ad - 100)).toBeLessThanOrEqual(1);
    expect(v.factors[1].text).toMatch(/air defence \(counted 1\.2 times\): \d+%$/);
    expect(v.how).toMatch(new RegExp(`share of the strength in play \\(${atk}%\\) plus 10 points gives ${v.percent}%`));
    expect(v.outcome).toMatch(/^it (succeeded|failed)$/);
    // Not the old card's "(+68.0)": no bare signed points.
    expect(v.factors.map((f) => f.text).join(' ')).not.toMatch(/\([+-]\d/);
  });
});

describe('an offensive\'s chance', () => {
  it('is the attacker\'s share of the forces in the fight; the fortification is a multiplier, not more points', () => {
    const s = setupGame({ mutate: (g) => { rich(g); g.pairs['ARM-AZE'].rung = 6; } });
    const ev = orderEvent(s, 'AZE', 'military.offensive', { province: 'AM.SU' });
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance of success');
    const numbers = shares(v.factors.filter((f) => f.tone !== 'info'));
    // Attacker and defence parts add up to the whole fight (the old card's factors summed to -25 for 46%).
    expect(Math.abs(numbers.reduce((a, b) => a + b, 0) - 100)).toBeLessThanOrEqual(numbers.length);
    expect(v.how).toContain('the attacker\'s share of the forces in the fight');
    const fort = v.factors.find((f) => /^fortification/.test(f.text));
    if (fort) expect(fort.text).toMatch(/the defence counts [\d.]+ times \(included above\)$/);
  });
});

describe('a covert act\'s chance', () => {
  it('says it is the chance of staying hidden and shows the exposure points it comes from', () => {
    const s = setupGame({ seats: { IRN: 'human' }, mutate: rich });
    const ev = orderEvent(s, 'IRN', 'covert.influence', { target: 'AZE' });
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance of staying hidden');
    expect(v.short).toBe(`${v.percent}% chance of staying hidden`);
    expect(v.unit).toBe('Chance of being exposed (percentage points)');
    // "base chance of exposure: +30", not "(-30.0)" under a chance of staying hidden.
    expect(v.factors[0].text).toMatch(/^base chance of exposure: \+\d+$/);
    const exposure = v.factors.reduce((x, f) => x + Number(/([+−-]?)(\d+(?:\.\d+)?)$/.exec(f.text)![2]) * (/: −/.test(f.text) ? -1 : 1), 0);
    expect(v.how).toBe(`The exposure points add up to a ${exposure}% chance of being exposed, so ${v.percent}% of staying hidden.`);
    expect(exposure + v.percent).toBe(100);
    expect(v.outcome).toMatch(/^it (stayed hidden|was exposed)$/);
  });
});

describe('a random event\'s chance', () => {
  it('shows the base monthly chance and the multipliers that apply, not a ×1 for a treaty that does not exist', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['ARM-AZE'].rung = 6; g.pairs['ARM-AZE'].treaties.peace = false; } });
    const h = hazard(s, 'borderClash');
    const ev = { id: 't1-1', turn: 1, kind: 'random', type: 'event.borderClash', actor: null, outcome: 'info', probability: h.p, factors: h.factors, effects: [], text: '', visibility: 'public' } as GameEvent;
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance this month');
    expect(v.factors[0].text).toMatch(/^base chance a month: [\d.]+%$/);
    expect(v.factors.map((f) => f.text).join('|')).not.toMatch(/peace treaty/);
    for (const f of v.factors.slice(1)) expect(f.text).toMatch(/: ×[\d.]+$/);
    expect(v.how).toMatch(/^A base chance of [\d.]+% a month, multiplied by the circumstances \((×[\d.]+ ?)+\), gives \d+%/);
    expect(v.outcome).toBe('it happened');
  });

  it('multiplies to the recorded chance (Iran\'s Azeri unrest: 2% × 2 × 1.49 ≈ 6%)', () => {
    const ev = {
      id: 't1-1', turn: 1, kind: 'random', type: 'event.iranAzeriUnrest', actor: null, outcome: 'info', probability: 0.06, effects: [], text: '', visibility: 'public',
      factors: [{ label: 'base monthly hazard', weight: 2 }, { label: "Baku's pan-Turkic rhetoric (x2)", weight: 2 }, { label: 'Iranian stability (x1.49)', weight: 0.98 }],
    } as GameEvent;
    const v = chanceView(ev)!;
    expect(v.factors.map((f) => f.text)).toEqual(['base chance a month: 2%', "Baku's pan-Turkic rhetoric: ×2", 'Iranian stability: ×1.49']);
    expect(v.how).toBe('A base chance of 2% a month, multiplied by the circumstances (×2 ×1.49), gives 6%.');
  });
});

describe('other chances', () => {
  it('a late delivery is the chance of a slip, not of success', () => {
    const ev = {
      id: 't1-1', turn: 1, kind: 'delivery', type: 'system.deliveries', actor: 'IRN', outcome: 'failure', probability: 0.6, effects: [], visibility: 'public',
      factors: [{ label: "Russia's war load on its arms exports", weight: 60 }], text: "Russia's delivery of artillery to Iran is late: its own war comes first.",
    } as GameEvent;
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance the delivery slips this month');
    expect(v.outcome).toBe('the delivery slipped');
    expect(v.short).toBe('60% chance of a slip');
  });

  it('an answer to an offer adds percentage points and leaves out the zero terms', () => {
    const ev = {
      id: 't1-1', turn: 1, kind: 'reaction', type: 'diplomacy.proposeTreaty', actor: 'ARM', outcome: 'success', probability: 0.4, effects: [], text: '', visibility: 'public',
      factors: [{ label: 'base chance for peace', weight: 25 }, { label: 'relation 25', weight: 10 }, { label: 'trust 50', weight: 0 }, { label: 'military balance', weight: 5 }],
    } as GameEvent;
    const v = chanceView(ev)!;
    expect(v.title).toBe('Chance of accepting the offer');
    expect(v.factors.map((f) => f.text)).toEqual(['base chance for peace: +25', 'relation 25: +10', 'military balance: +5']);
    expect(v.how).toBe('The points add up to 40, a 40% chance.');
    expect(v.outcome).toBe('accepted');
  });

  it('no chance on an event without a draw', () => {
    expect(chanceView({ id: 't1-1', turn: 1, kind: 'order', type: 'diplomacy.summit', actor: 'ARM', outcome: 'ok', effects: [], text: '', visibility: 'public' } as GameEvent)).toBeNull();
  });
});

describe('where a card\'s move or event came from', () => {
  const s = setupGame({ seats: { IRN: 'human', TUR: 'human' } });
  const base: Pick<GameEvent, 'id' | 'turn' | 'actor' | 'outcome' | 'effects' | 'text' | 'visibility'> = { id: 't7-1', turn: 7, actor: null, outcome: 'info', effects: [], text: '', visibility: 'public' };

  it('a scripted event is an event of the world, dated, from the timeline, with its note', () => {
    const entry = s.schedule.find((e) => e.event === 'israelIranStrikes')!;
    const o = originWords({ ...base, turn: entry.turn, kind: 'scripted', type: 'event.israelIranStrikes' } as GameEvent, s, 'IRN')!;
    expect(o.text).toMatch(/^An event of the world, not a capital's move: it comes from the scenario's timeline of real events and happens in \w+ \d{4}, turn \d+\.$/);
    expect(o.note).toMatch(/^April 2024: /);
    expect(o.note).not.toMatch(/\(timeline /);
  });

  it('a random event was drawn by chance; a team\'s own order was the team\'s decision; an agent\'s move has its own card', () => {
    expect(originWords({ ...base, kind: 'random', type: 'event.borderClash' } as GameEvent, s, 'IRN')!.text).toMatch(/drawn by chance in \w+ \d{4}, turn 7/);
    expect(originWords({ ...base, kind: 'order', type: 'military.strike', actor: 'IRN' } as GameEvent, s, 'IRN')!.text).toMatch(/^Your team's decision in/);
    expect(originWords({ ...base, kind: 'order', type: 'military.strike', actor: 'TUR' } as GameEvent, s, 'IRN')!.text).toMatch(/^Ankara's decision in .*, taken by a human team\.$/);
    expect(originWords({ ...base, kind: 'order', type: 'military.strike', actor: 'AZE' } as GameEvent, s, 'IRN')).toBeNull();
  });
});
