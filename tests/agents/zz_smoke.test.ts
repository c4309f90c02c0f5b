import { it } from 'vitest';
import { setupGame } from '../../tests/helpers/setupGame.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { createDirector } from '../../src/agents/director.js';
import { resolveTurn } from '../../src/sim/engine.js';

it('smoke', () => {
  for (const mk of [createPlainDirector, createDirector]) {
    let s = setupGame({ seed: 3 });
    const d = mk({ difficulty: 'standard' });
    const t0 = Date.now();
    for (let t = 0; t < 24 && !s.ending; t++) {
      const { orders, failures } = d.decide(s, [], ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS']);
      if (failures.length) console.log('FAIL', failures);
      const r = resolveTurn(s, orders);
      if (t < 4 || t > 21) for (const o of orders) console.log(s.turn, o.actor, o.type, JSON.stringify(o.params), '|', o.posture, '|', o.reasons?.map((x) => `${x.text} (${x.weight})`).join('; '), '| trig:', o.trigger?.slice(0, 60));
      if (r.rejected.length) console.log('REJ', r.rejected.map((x) => x.reason));
      d.observe(r.state, r.events);
      s = r.state;
    }
    console.log(mk.name, 'ms', Date.now() - t0, 'ending', s.ending?.kind, 'tension', s.global.tension, 'zang', s.global.zangezur.status, 'aras', s.global.aras.status);
    for (const a of ['AZE', 'ARM', 'IRN', 'TUR', 'ISR', 'RUS'] as const) console.log(JSON.stringify(d.view(a)));
  }
});
