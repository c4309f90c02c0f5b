import { describe, expect, it } from 'vitest';
import { ACTION_TYPES } from '../../../src/shared/actions.js';
import { ACTION_SPECS } from '../../../src/sim/actions/index.js';
import { legalOrders } from '../../../src/sim/orders.js';
import { ACTOR_IDS } from '../../../src/shared/ids.js';
import { setupGame } from '../../helpers/setupGame.js';
import { play } from './play.js';

describe('action catalogue', () => {
  it('has a spec for every action id, with a claim and reactions', () => {
    for (const t of ACTION_TYPES) {
      expect(ACTION_SPECS[t].type, t).toBe(t);
      expect(ACTION_SPECS[t].claim.section.length, t).toBeGreaterThan(2);
      expect(ACTION_SPECS[t].reactions.length, t).toBeGreaterThan(10);
    }
  });

  it('every enumerated legal order resolves and emits at least one order event', () => {
    const s = setupGame({ seed: 7 });
    for (const actor of ACTOR_IDS) {
      const legal = legalOrders(s, actor);
      expect(legal.length, actor).toBeGreaterThan(5);
      for (const o of legal) {
        const r = play(s, o);
        expect(r.rejected, `${o.type} ${JSON.stringify(o.params)}`).toEqual([]);
        expect(r.events.some((e) => e.kind === 'order' && e.type === o.type && e.actor === actor), `${o.type} ${JSON.stringify(o.params)}`).toBe(true);
      }
    }
  }, 60000);
});
