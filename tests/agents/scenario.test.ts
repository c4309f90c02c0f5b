import { describe, expect, it } from 'vitest';
import { setupGame } from '../helpers/setupGame.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { resolveTurn } from '../../src/sim/engine.js';
import type { Order } from '../../src/shared/actions.js';

const AGENTS = ['ARM', 'IRN', 'TUR', 'ISR', 'RUS'] as const;

describe('agents in the autumn-2023 scenario', () => {
  it('Tehran reacts to an extraterritorial corridor demand from Baku (drills, deployments, protests on the Aras)', () => {
    const N = 40;
    let reacted = 0;
    for (let seed = 1; seed <= N; seed++) {
      let s = setupGame({ seed, seats: { AZE: 'human' } });
      const d = createPlainDirector({ difficulty: 'standard' });
      const demand: Order = { actor: 'AZE', type: 'corridor.zangezur', params: { step: 'demand', mode: 'extraterritorial' } };
      let hit = false;
      for (let t = 0; t < 2 && !s.ending; t++) {
        const human = t === 0 ? [demand] : [];
        const { orders } = d.decide(s, human, [...AGENTS]);
        hit ||= orders.some((o) => o.actor === 'IRN' && (
          ((o.type === 'military.drill' || o.type === 'military.strike' || o.type === 'diplomacy.denounce' || o.type === 'covert.influence') && o.params.target === 'AZE') ||
          (o.type === 'military.deploy') || (o.type === 'corridor.aras')));
        const r = resolveTurn(s, [...human, ...orders]);
        d.observe(r.state, r.events);
        s = r.state;
      }
      if (hit) reacted++;
    }
    const rate = reacted / N;
    expect(rate, `Tehran reacted in ${reacted}/${N} games`).toBeGreaterThan(0.6);
  });
});
