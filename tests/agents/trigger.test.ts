import { describe, expect, it } from 'vitest';
import { pickTrigger } from '../../src/agents/mind/trigger.js';
import { emptyMemory, type SalientEvent } from '../../src/agents/mind/memory.js';

const ev = (id: string, actor: SalientEvent['actor'], text: string, weight: number, corridor = false): SalientEvent => ({ id, turn: 5, text, actor, weight, corridor });

describe('the trigger named on a Why? card', () => {
  const memory = {
    ...emptyMemory('TUR'),
    salient: [
      ev('t5-1', 'ARM', 'Yerevan proposes talks on transit under Armenian control through Syunik (Zangezur).', 3, true),
      ev('t5-2', null, 'Fighting in Gaza intensifies; Israeli strikes draw protests across the Muslim world.', 0.8),
      ev('t5-3', 'IRN', 'Tehran objects to talks on an extraterritorial corridor.', 2, true),
    ],
  };

  it('is an act of the order\'s target or a world event naming it, never the most salient event of another state', () => {
    // Ankara expelling Israel's diplomats had been "triggered" by Yerevan's corridor talks.
    expect(pickTrigger(memory, { actor: 'TUR', type: 'diplomacy.expel', params: { target: 'ISR' } }, undefined, 6)).toBe('t5-2: Fighting in Gaza intensifies; Israeli strikes draw protests across the Muslim world.');
    // Baku's offensive on Yerevan is not triggered by Tehran's objection.
    expect(pickTrigger(memory, { actor: 'AZE', type: 'military.offensive', params: { target: 'ARM', province: 'AM.SU' } }, 'nakhchivanLink', 6)).toBe('t5-1: Yerevan proposes talks on transit under Armenian control through Syunik (Zangezur).');
  });

  it('is none when nothing remembered concerns the target (the card falls back to the state\'s own reading)', () => {
    expect(pickTrigger(memory, { actor: 'TUR', type: 'diplomacy.summit', params: { target: 'RUS' } }, undefined, 6)).toBeUndefined();
  });

  it('is a world event or an act naming the agent for an order without a target', () => {
    // Ankara's new line answers the Gaza war, not Yerevan's corridor talks (the most salient event).
    expect(pickTrigger(memory, { actor: 'TUR', type: 'rhetoric.set', params: { line: 'assertive' } }, undefined, 6)).toBe('t5-2: Fighting in Gaza intensifies; Israeli strikes draw protests across the Muslim world.');
    const named = { ...memory, salient: [...memory.salient, ev('t5-4', 'ARM', 'Yerevan denounces Ankara.', 1)] };
    expect(pickTrigger(named, { actor: 'TUR', type: 'military.mobilise', params: {} }, undefined, 6)).toBe('t5-4: Yerevan denounces Ankara.');
  });
});
