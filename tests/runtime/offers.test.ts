/** The Orders panel learns, before a player accepts, that an offer can no longer take effect. */
import { describe, expect, it } from 'vitest';
import { offerBlocked } from '../../src/runtime/offers.js';
import { setupGame } from '../helpers/setupGame.js';

describe('offerBlocked', () => {
  it('names why an accepted offer would not take effect, and is null for one that would', () => {
    const s = setupGame({ seats: { AZE: 'human' } });
    s.proposals.push({ id: 'p1-1', from: 'ISR', to: 'AZE', kind: 'armsOffer', params: { item: 'drones', supplier: 'ISR', priceBn: 0.27 }, turn: 0, status: 'pending' });
    expect(offerBlocked(s, s.proposals[0])).toBeNull();
    s.actors.AZE.treasuryBn = 0.1;
    expect(offerBlocked(s, s.proposals[0])).toBe('Baku cannot pay $0.27bn');
  });
});
