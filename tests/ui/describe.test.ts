/** Menus and the orders queue show parameters in plain words, not the ids the orders carry. */
import { describe, expect, it } from 'vitest';
import { describeOrder, describeParams } from '../../src/ui/text/describe.js';
import { ACTION_SPECS } from '../../src/sim/actions/index.js';
import { createGame } from '../../src/sim/engine.js';
import { ACTOR_IDS } from '../../src/shared/ids.js';

describe('describeParams', () => {
  it('names treaty kinds, realignments and arms in words', () => {
    expect(describeParams({ kind: 'defencePact', explicitness: 'vague', target: 'ARM' })).toBe('defence pact · vague pledge · → Yerevan');
    expect(describeParams({ move: 'leaveCSTO' })).toBe('leave the CSTO');
    expect(describeParams({ supplier: 'ISR', item: 'airDefence' })).toBe('from Israel · air-defence systems');
    expect(describeOrder({ actor: 'AZE', type: 'military.mobilise', params: {} }, 'Mobilise')).toBe('Mobilise');
  });

  it('leaves no camelCase id in any menu entry the game offers', () => {
    const state = createGame('autumn-2023', 1);
    const raw: string[] = [];
    for (const me of ACTOR_IDS) {
      for (const spec of Object.values(ACTION_SPECS)) {
        for (const params of spec.enumerate(state, me)) {
          const text = describeParams(params);
          if (/\b[a-z]+[A-Z][A-Za-z]*\b/.test(text)) raw.push(`${spec.type}: ${text}`);
        }
      }
    }
    expect(raw).toEqual([]);
  });
});
