/**
 * Article behaviours in diplomacy, over 100 seeds each (plain director, 5-turn games, counterfactual
 * baselines): an agreed Aras route eases Baku and Tehran; Armenia's turn west costs it Moscow's
 * favour (§Postwar); Turkey is torn between Baku and its anger at Israel over Gaza (§Turkey,
 * §Israel); Israel guards its oil and its foothold in Azerbaijan (§Israel).
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import { mean, pass, rate, runArm, show } from './behaviourKit.js';

const N = 100;
const TURNS = 5;
const once = (o: Order) => (t: number): Order[] => (t === 0 ? [o] : []);

describe('diplomatic behaviours (100 seeds each, with and without)', () => {
  it('an agreed Aras route eases Baku and Tehran (relation above the no-route baseline)', () => {
    // Both arms start with no route; in one, Baku proposes the Aras route on turn 1 and Tehran answers.
    const noRoute = (s: { global: { aras: { status: string; progress: number } } }) => { s.global.aras.status = 'none'; s.global.aras.progress = 0; };
    const withRoute = runArm({ seeds: N, turns: TURNS, mutate: noRoute, script: { actor: 'AZE', orders: once({ actor: 'AZE', type: 'corridor.aras', params: { step: 'propose' } }) } });
    const without = runArm({ seeds: N, turns: TURNS, mutate: noRoute, script: { actor: 'AZE', orders: pass } });
    const agreed = rate(withRoute, (g) => ['agreed', 'building', 'open'].includes(g.final.global.aras.status));
    const rel = mean(withRoute, (g) => g.final.pairs['AZE-IRN'].relation);
    const relBase = mean(without, (g) => g.final.pairs['AZE-IRN'].relation);
    const calmer = rate(withRoute, (g) => g.final.pairs['AZE-IRN'].rung <= 3);
    const calmerBase = rate(without, (g) => g.final.pairs['AZE-IRN'].rung <= 3);
    const msg = `route agreed ${show(agreed)}; AZE-IRN relation ${rel.toFixed(1)} vs ${relBase.toFixed(1)}; rung<=3 ${show(calmer)} vs ${show(calmerBase)}`;
    console.info(`[behaviour] Aras: ${msg}`);
    expect(agreed.low, msg).toBeGreaterThan(0.5);
    expect(rel, msg).toBeGreaterThan(relBase + 5);
    expect(calmer.rate, msg).toBeGreaterThanOrEqual(calmerBase.rate);
  });

  it("Armenia's turn to the West costs it Moscow's favour", () => {
    const west = runArm({ seeds: N, turns: TURNS, script: { actor: 'ARM', orders: once({ actor: 'ARM', type: 'diplomacy.realign', params: { move: 'turnWest' } }) } });
    const stay = runArm({ seeds: N, turns: TURNS, script: { actor: 'ARM', orders: pass } });
    const worse = rate(west, (g) => g.final.pairs['ARM-RUS'].relation < g.start.pairs['ARM-RUS'].relation - 10);
    const worseBase = rate(stay, (g) => g.final.pairs['ARM-RUS'].relation < g.start.pairs['ARM-RUS'].relation - 10);
    const rel = mean(west, (g) => g.final.pairs['ARM-RUS'].relation);
    const relBase = mean(stay, (g) => g.final.pairs['ARM-RUS'].relation);
    const msg = `ARM-RUS fell >10: ${show(worse)} vs ${show(worseBase)}; mean relation ${rel.toFixed(1)} vs ${relBase.toFixed(1)}`;
    console.info(`[behaviour] turn west: ${msg}`);
    expect(worse.low, msg).toBeGreaterThan(worseBase.high);
    expect(rel, msg).toBeLessThan(relBase - 10);
  });

  it('Turkey is torn: its relation with Israel falls while its tie with Baku stays strong', () => {
    const games = runArm({ seeds: N, turns: TURNS });
    const torn = rate(games, (g) => g.final.pairs['ISR-TUR'].relation < g.start.pairs['ISR-TUR'].relation && g.final.pairs['AZE-TUR'].relation >= 60);
    const msg = `TUR-ISR fell and TUR-AZE >= 60 in ${show(torn)}; TUR-ISR ${mean(games, (g) => g.final.pairs['ISR-TUR'].relation).toFixed(1)}, TUR-AZE ${mean(games, (g) => g.final.pairs['AZE-TUR'].relation).toFixed(1)}`;
    console.info(`[behaviour] Turkey: ${msg}`);
    expect(torn.low, msg).toBeGreaterThan(0.5);
  });

  it('Israel guards its oil: when Baku cuts oil, Israel makes costly offers to Baku more than in the baseline', () => {
    const courts = (o: Order) => o.actor === 'ISR' && o.params.target === 'AZE' && ['arms.sell', 'diplomacy.proposeTreaty'].includes(o.type);
    const cut = runArm({ seeds: N, turns: 3, script: { actor: 'AZE', orders: once({ actor: 'AZE', type: 'economy.oil', params: { level: 'cut' } }) } });
    const base = runArm({ seeds: N, turns: 3, script: { actor: 'AZE', orders: pass } });
    const n = mean(cut, (g) => g.orders.filter(courts).length);
    const nBase = mean(base, (g) => g.orders.filter(courts).length);
    const summit = rate(cut, (g) => g.orders.some(courts));
    const summitBase = rate(base, (g) => g.orders.some(courts));
    const msg = `Israel's arms sales and treaty offers to Baku per game ${n.toFixed(2)} vs ${nBase.toFixed(2)}; any ${show(summit)} vs ${show(summitBase)}`;
    console.info(`[behaviour] Israel oil: ${msg}`);
    expect(n, msg).toBeGreaterThan(nBase * 1.2);
    expect(summit.rate, msg).toBeGreaterThanOrEqual(summitBase.rate);
  });
});
