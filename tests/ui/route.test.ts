/** The route section's words: points of the sovereignty scale, and the corridor talks under way. */
import { describe, expect, it } from 'vitest';
import { scalePoint, talksUnderWay } from '../../src/ui/panels/route.js';
import { resolveTurn } from '../../src/sim/engine.js';
import { setupGame } from '../helpers/setupGame.js';
import type { Order } from '../../src/shared/actions.js';

const propose = (actor: 'ARM' | 'AZE', params: Order['params']): Order => ({ actor, type: 'diplomacy.proposeTreaty', params: { target: actor === 'ARM' ? 'AZE' : 'ARM', kind: 'corridorDeal', ...params } });

describe('the route to Nakhchivan', () => {
  it('names points of the sovereignty scale', () => {
    expect(scalePoint(0)).toBe('0 (ordinary transit under Armenian control)');
    expect(scalePoint(45.4)).toBe("45 (transit under Armenian control with guarantees for Baku's traffic)");
    expect(scalePoint(100)).toBe('100 (an extraterritorial corridor)');
  });

  it('finds the talks under way, their round and the other side\'s last offer', () => {
    const s = setupGame({ seats: { ARM: 'human', AZE: 'human' } });
    expect(talksUnderWay(s)).toBeNull();
    const t1 = resolveTurn(s, [propose('AZE', { mode: 'extraterritorial' })]).state;
    expect(talksUnderWay(t1)).toMatchObject({ round: 1, previous: null, offer: { from: 'AZE' } });
    const t2 = resolveTurn(t1, [propose('ARM', { answer: 'counter', terms: { mode: 'transit', sovereignty: 15, recognition: true } })]).state;
    const talks = talksUnderWay(t2)!;
    expect(talks.round).toBe(2);
    expect(talks.offer).toMatchObject({ from: 'ARM', params: { terms: { sovereignty: 15 } } });
    expect(talks.previous).toMatchObject({ from: 'AZE', status: 'countered' });
  });
});
