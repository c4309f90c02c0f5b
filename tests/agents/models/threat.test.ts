import { describe, expect, it } from 'vitest';
import { decayIntent, hostility, intentLevel, mainThreat, type ThreatParts } from '../../../src/agents/models/threat.js';
import type { GameEvent } from '../../../src/sim/state/types.js';
import type { ActorId } from '../../../src/shared/ids.js';

const ev = (over: Partial<GameEvent>): GameEvent => ({
  id: 't1-1', turn: 1, kind: 'order', type: 'diplomacy.denounce', actor: 'AZE', outcome: 'ok', effects: [], text: '', visibility: 'public', ...over,
});

describe('Walt threat', () => {
  it('decays remembered hostility by λ = 0.8 a turn and adds new acts', () => {
    expect(decayIntent(1, 0)).toBeCloseTo(0.8);
    expect(decayIntent(1, 0.5)).toBeCloseTo(1.3);
    // three quiet turns: 2 -> 1.6 -> 1.28 -> 1.024
    let m = 2;
    for (let i = 0; i < 3; i++) m = decayIntent(m, 0);
    expect(m).toBeCloseTo(1.024);
    // goodwill never banks negative memory
    expect(decayIntent(0.1, -1)).toBe(0);
  });

  it('maps memory to 0..1 intent', () => {
    expect(intentLevel(0)).toBe(0);
    expect(intentLevel(3)).toBeCloseTo(1 - Math.exp(-1));
    expect(intentLevel(100)).toBeLessThanOrEqual(1);
  });

  it('reads acts and rhetoric as hostility, friendly acts as negative', () => {
    expect(hostility(ev({ type: 'military.strike', params: { target: 'ARM' } }), 'ARM')).toBe(3);
    expect(hostility(ev({ type: 'military.strike', params: { target: 'ARM' } }), 'IRN')).toBe(0);
    expect(hostility(ev({ type: 'diplomacy.summit', params: { target: 'IRN' } }), 'IRN')).toBeLessThan(0);
    // an extraterritorial demand threatens both Armenia and Iran, not Turkey
    const demand = ev({ type: 'corridor.zangezur', params: { step: 'demand', mode: 'extraterritorial' } });
    expect(hostility(demand, 'IRN')).toBe(1.5);
    expect(hostility(demand, 'ARM')).toBe(1.5);
    expect(hostility(demand, 'TUR')).toBe(0);
    expect(hostility(ev({ type: 'corridor.zangezur', params: { step: 'demand', mode: 'transit' } }), 'IRN')).toBe(0);
    // own acts never count
    expect(hostility(ev({ actor: 'IRN', type: 'military.drill', params: { target: 'IRN' } }), 'IRN')).toBe(0);
  });

  it('names the largest total as the main threat', () => {
    const row = {} as Record<ActorId, ThreatParts>;
    const z = { power: 0, proximity: 0, offence: 0, intent: 0, association: 0 };
    for (const a of ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS'] as ActorId[]) row[a] = { ...z, total: 0.1 };
    row.ISR = { ...z, total: 0.6 };
    expect(mainThreat(row)).toBe('ISR');
  });
});
