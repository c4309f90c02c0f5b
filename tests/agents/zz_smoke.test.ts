import { it } from 'vitest';
import { setupGame } from '../helpers/setupGame.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { resolveTurn } from '../../src/sim/engine.js';

it('smoke', () => {
  const counts: Record<string, number> = {};
  const endings: Record<string, number> = {};
  let ms = 0;
  for (let seed = 1; seed <= 10; seed++) {
    let s = setupGame({ seed });
    const d = createPlainDirector({ difficulty: 'standard' });
    for (let t = 0; t < 24 && !s.ending; t++) {
      const t0 = performance.now();
      const { orders } = d.decide(s, [], ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS']);
      ms += performance.now() - t0;
      for (const o of orders) { const k = `${o.actor} ${o.type} ${o.params.step ?? o.params.target ?? o.params.move ?? o.params.line ?? ''}${o.params.answer ? ' ans' : ''}`; counts[k] = (counts[k] ?? 0) + 1; }
      const r = resolveTurn(s, orders);
      d.observe(r.state, r.events);
      s = r.state;
    }
    endings[`${s.ending?.kind} t${s.turn}`] = (endings[`${s.ending?.kind} t${s.turn}`] ?? 0) + 1;
  }
  console.log('agent ms total', ms.toFixed(0), endings);
  console.log(Object.entries(counts).sort((a, b) => a[0].localeCompare(b[0])).map(([k, v]) => `${k}: ${v}`).join('\n'));
});
