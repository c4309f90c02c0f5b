import { describe, expect, it } from 'vitest';
import { groupRepeats, newsSections } from '../../src/ui/panels/news.js';
import { resolveTurn } from '../../src/sim/engine.js';
import { setupGame } from '../helpers/setupGame.js';

describe('the news of a turn, by section', () => {
  // Yerevan is the human seat; Baku (an agent) buys drones and artillery from Israel in the same month.
  const s = setupGame({ seats: { ARM: 'human' }, mutate: (g) => { g.actors.AZE.treasuryBn = 20; g.actors.AZE.actionPoints = 3; } });
  const r = resolveTurn(s, [
    { actor: 'AZE', type: 'arms.buy', params: { supplier: 'ISR', item: 'drones' }, reasons: [{ text: 'test', weight: 1 }] },
    { actor: 'AZE', type: 'arms.buy', params: { supplier: 'ISR', item: 'artillery' }, reasons: [{ text: 'test', weight: 1 }] },
    { actor: 'ARM', type: 'diplomacy.summit', params: { target: 'IRN' } },
  ]);

  it('puts the automatic reactions apart from the player\'s own moves', () => {
    expect(r.rejected).toEqual([]);
    const { agents, mine, reactions } = newsSections(r.state, r.events, 'ARM');
    expect(agents.map((e) => e.type)).toEqual(['arms.buy', 'arms.buy']);
    // Yerevan's condemnation is a reaction applied by the rules, not one of its orders.
    expect(mine.every((e) => e.kind === 'order' && e.actor === 'ARM')).toBe(true);
    expect(mine.some((e) => e.type === 'diplomacy.summit')).toBe(true);
    expect(reactions.filter((e) => e.actor === 'ARM' && /condemns Israeli arms/.test(e.text))).toHaveLength(2);
    expect(mine.some((e) => /condemns/.test(e.text))).toBe(false);
  });

  it('shows a reaction repeated in the same month once, with its count', () => {
    const { reactions } = newsSections(r.state, r.events, 'ARM');
    const rows = groupRepeats(reactions);
    const condemn = rows.filter((x) => /Yerevan condemns Israeli arms/.test(x.ev.text));
    expect(condemn).toHaveLength(1);
    expect(condemn[0].times).toBe(2);
    // Every reaction is still counted once among the rows.
    expect(rows.reduce((n, x) => n + x.times, 0)).toBe(reactions.length);
  });

  it('shows identical world events of one month once, with their count', () => {
    const delivery = { ...r.events[0], kind: 'world' as const, type: 'system.deliveries', actor: 'AZE' as const, text: 'Israel delivers drones to Azerbaijan.', probability: undefined, casualties: 0, displaced: 0 };
    const rows = groupRepeats([delivery, { ...delivery, id: 'x2' }]);
    expect(rows).toHaveLength(1);
    expect(rows[0].times).toBe(2);
  });
});
