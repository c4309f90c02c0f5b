import { describe, expect, it } from 'vitest';
import { hiddenFrom, ownReactionNote, shownTrigger, triggerWords } from '../../src/ui/panels/news.js';
import { reasonInWords } from '../../src/shared/reasonWords.js';
import { buildTimeline } from '../../src/runtime/debrief/timeline.js';
import { resolveTurn } from '../../src/sim/engine.js';
import { setupGame } from '../helpers/setupGame.js';

describe('Why? card words', () => {
  it('shows a trigger by its turn, not its event id', () => {
    expect(triggerWords('t1-17: Baku exposes a covert Tehran operation.')).toBe('Baku exposes a covert Tehran operation (turn 1)');
    expect(triggerWords('t12-3: Israel and Baku hold talks.')).toBe('Israel and Baku hold talks (turn 12)');
    // An event that starts with a common word keeps its capital without "on turn 3, An attack...".
    expect(triggerWords('t3-5: An attack on a diplomatic mission.')).toBe('An attack on a diplomatic mission (turn 3)');
    // An answer's trigger is the offer it answers.
    expect(triggerWords("t7-0: Yerevan's offer of a corridor deal (round 3 of talks)")).toBe("Yerevan's offer of a corridor deal (round 3 of talks) (turn 7)");
    // A trigger without an id is shown as it is.
    expect(triggerWords('Tehran moved troops.')).toBe('Tehran moved troops.');
  });
});

describe('refusal reasons in words', () => {
  it('names capitals, suppliers and provinces, and shows relations to one decimal', () => {
    expect(reasonInWords('RUS will not drill against AZE: relation 34.09 (needs < 30)')).toBe('Moscow will not drill against Baku: relation 34.1 (needs < 30)');
    expect(reasonInWords('IRN already has a consulate in AM.SU', { 'AM.SU': 'Syunik (Zangezur)' })).toBe('Tehran already has a consulate in Syunik (Zangezur)');
    expect(reasonInWords('FRA refuses to sell to ARM: relation -20.5 (needs >= -20)')).toBe('France refuses to sell to Yerevan: relation -20.5 (needs >= -20)');
    // Money keeps its decimals; words that merely contain an id are left alone.
    expect(reasonInWords('costs $0.27bn, more than the treasury (ARMS)')).toBe('costs $0.27bn, more than the treasury (ARMS)');
  });

  it('reaches the debrief: a refused order in the timeline and its question have no bare ids', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-RUS'].relation = 34.09; g.pairs['IRN-RUS'].relation = 80; g.pairs['AZE-IRN'].relation = -50; } });
    const r = resolveTurn(s, [{ actor: 'IRN', type: 'military.drill', params: { target: 'AZE', with: 'RUS' } }]);
    const timeline = buildTimeline({ state: r.state, events: r.events, log: [{ turn: s.turn, orders: [], rejected: r.rejected, agentFailures: [], stateHash: '' }] });
    const reason = timeline[0].refused[0].reason;
    expect(reason).toBe('Moscow will not drill against Baku: relation 34.1 (needs < 30)');
  });
});

describe('the note under a reaction of the player\'s own state', () => {
  it('says a lapsed offer lapsed, not that the government reacted', () => {
    const s = setupGame({ seats: { ARM: 'human' }, mutate: (g) => { g.pairs['ARM-IRN'].relation = 60; } });
    const offered = resolveTurn(s, [{ actor: 'IRN', type: 'diplomacy.proposeTreaty', params: { target: 'ARM', kind: 'defencePact', level: 'vague' } }]);
    expect(offered.rejected).toEqual([]);
    const lapsed = resolveTurn(offered.state, []).events.find((e) => e.kind === 'reaction' && e.actor === 'ARM')!;
    expect(lapsed.text).toMatch(/lapses without an answer\.$/);
    expect(ownReactionNote(lapsed)).toBe('An offer to your state lapses when it is not answered in the month it was made.');
    expect(ownReactionNote({ ...lapsed, text: 'Yerevan protests.' })).toMatch(/^Your government's reaction/);
  });
});

describe('a trigger the viewer was not shown', () => {
  it('stays hidden on the Why? card: a covert act of others is not named to a team that never saw it', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['AZE-IRN'].relation = -40; } });
    const r = resolveTurn(s, [{ actor: 'AZE', type: 'covert.influence', params: { target: 'IRN' } }]);
    const covert = r.events.find((e) => e.type === 'covert.influence')!;
    expect(covert.visibility).not.toBe('public');
    const trigger = `${covert.id}: ${covert.text}`;
    expect(shownTrigger(trigger, hiddenFrom(r.events, 'ARM'))).toBe('something it learned that you were not shown (an act kept secret)');
    expect(shownTrigger(trigger, hiddenFrom(r.events, 'AZE'))).toBe(triggerWords(trigger));
  });
});
