/**
 * The review as the teams may see it, the seats it tags moves with, and the words it prints: covert acts
 * stay out while a game with teams runs (they had leaked into a hot-seat review), the seats at the start
 * come from the session (the state's controllers follow seat changes), consequences and triggers read as
 * sentences, not state paths or event ids.
 */
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/runtime/session.js';
import { playGame } from '../../src/runtime/headless.js';
import { buildDebrief, debriefCsv, debriefJson, parseCsv, CSV_COLUMNS } from '../../src/runtime/debrief.js';
import { forAudience, debriefScope } from '../../src/runtime/debrief/audience.js';
import { chanceWords, startingSeats } from '../../src/runtime/debrief/timeline.js';
import { consequenceLine } from '../../src/runtime/debrief/consequences.js';
import { sourceNoteFor, ACTION_NOTES, SUMMIT_NOTES } from '../../src/shared/sourceNotes.js';
import type { GameEvent } from '../../src/sim/state/types.js';
import type { TurnLogEntry } from '../../src/runtime/types.js';

const game = playGame({ scenario: 'autumn-2023', seed: 5, turns: 3, plain: true, keepStarts: false });

/** A covert act seen only by Baku, an agent move whose trigger names it, and the White Cell forcing it. */
function withCovert() {
  const covert: GameEvent = {
    id: 't2-900', turn: 2, kind: 'order', type: 'covert.influence', actor: 'AZE', target: 'IRN', outcome: 'success',
    probability: 0.6, effects: [], text: "Baku works covertly through networks among Iran's Azerbaijanis.", visibility: ['AZE'],
    overridden: { note: 'class test' },
  };
  const answer: GameEvent = {
    id: 't3-901', turn: 3, kind: 'order', type: 'diplomacy.denounce', actor: 'IRN', target: 'AZE', outcome: 'ok',
    effects: [], text: 'Tehran denounces Baku.', reasons: [{ text: 'a hostile act', weight: 1 }], trigger: `t2-900: ${covert.text}`, visibility: 'public',
  };
  const log: TurnLogEntry[] = game.log.map((e) => (e.turn !== 2 ? e : {
    ...e,
    orders: [{ actor: 'AZE', type: 'covert.influence', params: { target: 'IRN' } } as never, ...e.orders],
    facilitator: { overrides: { 0: { outcome: 'success', note: 'class test' } } },
    rejected: [...e.rejected, { order: { actor: 'ARM', type: 'covert.influence', params: {} }, reason: 'no networks' }],
  }));
  return { state: game.state, events: [...game.events, covert, answer], log };
}

describe('the review while a game with teams runs', () => {
  it('shows only public events in hot seat, without covert acts, their forcing or triggers naming them', () => {
    const input = { ...withCovert(), viewers: ['AZE', 'ARM'] as const };
    expect(debriefScope(input)).toBe('teams');
    const d = buildDebrief({ ...input, viewers: [...input.viewers] });
    expect(d.scope).toBe('teams');
    expect(d.scopeNote).toMatch(/^Covert acts stay hidden until the game ends/);
    const items = d.timeline.flatMap((t) => [...t.decisions, ...t.happenings]);
    expect(items.find((i) => i.eventId === 't2-900'), 'the covert act is not listed').toBeUndefined();
    expect(items.length).toBe(game.events.filter((e) => e.visibility === 'public').length + 1);
    expect(items.find((i) => i.eventId === 't3-901')?.trigger, 'a trigger naming a hidden act is dropped').toBeNull();
    const acts = d.facilitatorActs.join(' ');
    expect(acts).not.toMatch(/covert/i);
    expect(d.timeline.flatMap((t) => t.refused).map((r) => r.type)).not.toContain('covert.influence');
    // The exports follow the same rule.
    expect(debriefJson(d)).not.toContain('covertly');
    expect(debriefCsv(d)).not.toContain('covertly');
  });

  it('shows one team its own covert acts, as its news does, but not other states\' hidden ones', () => {
    const d = buildDebrief({ ...withCovert(), viewers: ['AZE'] });
    expect(d.timeline.flatMap((t) => t.decisions).some((i) => i.eventId === 't2-900')).toBe(true);
    const other = buildDebrief({ ...withCovert(), viewers: ['ARM'] });
    expect(other.timeline.flatMap((t) => t.decisions).some((i) => i.eventId === 't2-900')).toBe(false);
  });

  it('shows everything once the game has ended, or with no team at the screen', () => {
    const input = withCovert();
    const ended = { ...input, state: { ...input.state, ending: { kind: 'settlement', turn: 3, text: 'A settlement.' } as never }, viewers: ['AZE', 'ARM'] as ('AZE' | 'ARM')[] };
    expect(forAudience(ended)).toBe(ended);
    const d = buildDebrief(ended);
    expect(d.scope).toBe('all');
    expect(d.timeline.flatMap((t) => t.decisions).some((i) => i.eventId === 't2-900')).toBe(true);
    expect(d.facilitatorActs.join(' ')).toContain("White Cell forced Baku's");
    expect(buildDebrief({ ...input, viewers: [] }).scope).toBe('all');
    expect(buildDebrief(input).scope).toBe('all');
  });
});

describe('the seats a review tags moves with', () => {
  const session = createSession({ scenario: 'autumn-2023', seed: 7, seats: { AZE: 'human', ARM: 'human' }, difficulty: 'standard', plain: true });
  session.endTurn();
  session.endTurn();
  session.setSeat('IRN', 'human');
  session.endTurn();
  const record = { state: session.state, events: session.events, log: session.log };

  it('tags Tehran\'s moves before the hand-over as an agent\'s, from the session\'s starting seats', () => {
    // The state's controllers follow the seats: Tehran reads 'human' now, as it did not at the start.
    expect(session.state.actors.IRN.controller).toBe('human');
    const tehranEarly = session.events.filter((e) => e.kind === 'order' && e.actor === 'IRN' && e.turn < 3);
    expect(tehranEarly.length, 'Tehran moved in the first two months').toBeGreaterThan(0);
    for (const input of [{ ...record, startSeats: session.starts[0].seats }, record]) {
      const d = buildDebrief(input);
      const early = d.timeline.filter((t) => t.turn < 3).flatMap((t) => t.decisions).filter((i) => i.actor === 'IRN');
      expect(early.map((i) => i.seat)).toEqual(early.map(() => 'agent'));
      expect(d.timeline.find((t) => t.turn === 3)?.seats.IRN).toBe('human');
      expect(d.timeline[0].seats).toMatchObject({ AZE: 'human', ARM: 'human', IRN: 'agent' });
    }
    expect(startingSeats(record)).toEqual(session.starts[0].seats);
  });
});

describe('consequences as a student reads them', () => {
  const ctx = { provinces: { 'AM.SU': 'Syunik (Zangezur)' }, start: '2023-10', arasMonths: 12 };
  const line = (path: string, from: unknown, to: unknown) => consequenceLine({ path, from, to }, ctx);

  it('writes routes, offers, treaties, capabilities and arms orders in words', () => {
    expect(line('proposals.p3-7', null, 'pending')).toBe('an offer is made');
    expect(line('proposals.p3-7', 'pending', 'refused')).toBe('the offer is turned down');
    expect(line('aras.progress', 11, 12)).toBe('the Aras route: 11 of 12 months built → 12');
    expect(line('aras.status', 'building', 'open')).toBe('the Aras route opens');
    expect(line('ARM-AZE.treaties.embassy', false, true)).toBe('Yerevan and Baku open embassies');
    expect(line('ARM-RUS.treaties.defencePact', 'explicit', 'none')).toBe('the Yerevan–Moscow defence pact: an explicit pact → none');
    expect(line('IRN.capability.airDefence', 55, 59)).toBe("Tehran's air defence: 55 → 59");
    expect(line('AZE.armsOnOrder', null, 't4-AZE-FRA-airDefence-2')).toBe('Baku orders air-defence systems from France');
    expect(line('ARM.armsOnOrder', null, 't1-ARM-IND-artillery-4')).toBe('Yerevan orders artillery from India');
    expect(line('AM.SU.troops.IRN', 0, 8)).toBe("Tehran's troops in Syunik (Zangezur): 0 → 8");
    expect(line('commitments.c4-6.status', 'open', 'broken')).toBe('a promise is broken');
    expect(line('params.tehranShockUntil', 0, 11)).toBe('the leadership shock in Tehran lasts until August 2024');
    expect(line('AZE-IRN.rung', 3, 5)).toBe('Baku–Tehran escalation rung: 3 → 5');
  });

  it('drops the ending line (the event says it) and prints no raw path or code for any effect of a game', () => {
    expect(line('ending', null, 'settlement')).toBeNull();
    const g = playGame({ scenario: 'autumn-2023', seed: 3, plain: true, keepStarts: false });
    const d = buildDebrief({ state: g.state, events: g.events, log: g.log });
    const lines = d.timeline.flatMap((t) => [...t.decisions, ...t.happenings]).flatMap((i) => i.consequences);
    expect(lines.length).toBeGreaterThan(100);
    const raw = lines.filter((l) => /\b(AZE|ARM|IRN|TUR|ISR|RUS|FRA|IND|USA)\b|\b[a-z]+[A-Z]\w*|treaties|capability|proposals|ending:|\bp\d+-\d+|\bc\d+-\d+/.test(l));
    expect(raw, 'lines with a code, a camelCase field or a state path').toEqual([]);
    g.session.dispose();
  });

  it('says a world event\'s chance as the chance of it happening, never "info"', () => {
    expect(chanceWords({ probability: 0.06, outcome: 'info', kind: 'random' })).toBe('(a 6% chance this month)');
    expect(chanceWords({ probability: 0.6, outcome: 'success', kind: 'order' })).toBe('(chance 60%, success)');
    expect(chanceWords({ probability: null, outcome: 'ok', kind: 'order' })).toBeNull();
  });

  it('writes the CSV trigger as the news does, without the event id', () => {
    const d = buildDebrief({ state: game.state, events: game.events, log: game.log });
    const rows = parseCsv(debriefCsv(d));
    const col = rows[0].indexOf('trigger');
    expect(col).toBe(CSV_COLUMNS.indexOf('trigger'));
    const triggers = rows.slice(1).map((r) => r[col]).filter(Boolean);
    expect(triggers.length).toBeGreaterThan(0);
    for (const t of triggers) {
      expect(t).not.toMatch(/^t\d+-\d+:/);
      expect(t).toMatch(/\(turn \d+\)$/);
    }
  });
});

describe('the source note of talks', () => {
  it('names the pair\'s own story where the article tells one, and a general note otherwise', () => {
    expect(sourceNoteFor('diplomacy.summit', ['RUS', 'ISR'])).toBe(ACTION_NOTES['diplomacy.summit']);
    expect(sourceNoteFor('diplomacy.summit', ['RUS', 'ISR'])!.claim).not.toMatch(/Baku|Ankara/);
    expect(sourceNoteFor('diplomacy.summit', ['IRN', 'AZE'])).toBe(SUMMIT_NOTES['AZE-IRN']);
    expect(sourceNoteFor('diplomacy.summit', ['TUR', 'ISR'])!.claim).toMatch(/Ankara and Israel/);
    expect(sourceNoteFor('diplomacy.summit')).toBe(ACTION_NOTES['diplomacy.summit']);
  });
});
