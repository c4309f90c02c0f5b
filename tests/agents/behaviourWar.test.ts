/**
 * Article behaviours under force, over 100 seeds each (plain director, 5-turn games):
 * an Azerbaijani offensive into Syunik draws Iran towards war (§Iran-Armenia) and sometimes into a wider
 * war (§Conclusion), while Russia, absorbed by Ukraine, rarely acts militarily for Armenia (§Postwar).
 */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../src/shared/actions.js';
import { mean, pass, rate, runArm, show, type Game } from './behaviourKit.js';

const N = 100;
const TURNS = 5;
const offensive = (t: number): Order[] => (t === 0 ? [{ actor: 'AZE', type: 'military.offensive', params: { province: 'AM.SU', target: 'ARM' } }] : []);
const withOffensive = runArm({ seeds: N, turns: TURNS, script: { actor: 'AZE', orders: offensive } });
const baseline = runArm({ seeds: N, turns: TURNS, script: { actor: 'AZE', orders: pass } });

const iranRung = (g: Game) => g.final.pairs['AZE-IRN'].rung;
/** Iran's escalatory moves: mobilising, striking, attacking, or troops into Syunik. */
const iranMilitary = (g: Game) => g.final.actors.IRN.readiness === 'mobilised' || g.orders.some((o) => o.actor === 'IRN' && (
  o.type === 'military.mobilise' || o.type === 'military.strike' || o.type === 'military.offensive' || (o.type === 'military.deploy' && o.params.province === 'AM.SU')));

describe('an Azerbaijani offensive into Syunik (100 seeds, with and without)', () => {
  it('draws Iran towards war: higher rung, worse relation, more military moves than the baseline', () => {
    const rungUp = rate(withOffensive, (g) => iranRung(g) >= 5);
    const rungUpBase = rate(baseline, (g) => iranRung(g) >= 5);
    // Towards war: Iran strikes or attacks Baku, or the pair reaches rung 6 (armed clashes).
    const warLike = (g: Game) => iranRung(g) >= 6 || g.orders.some((o) => o.actor === 'IRN' && (o.type === 'military.strike' || o.type === 'military.offensive') && o.params.target === 'AZE');
    const moves = rate(withOffensive, warLike);
    const movesBase = rate(baseline, warLike);
    const relDrop = mean(withOffensive, (g) => g.final.pairs['AZE-IRN'].relation) - mean(baseline, (g) => g.final.pairs['AZE-IRN'].relation);
    const msg = `AZE-IRN rung>=5: ${show(rungUp)} vs ${show(rungUpBase)}; Iran strikes or rung>=6: ${show(moves)} vs ${show(movesBase)}; relation shift ${relDrop.toFixed(1)}`;
    console.info(`[behaviour] offensive: ${msg}`);
    expect(rungUp.low, msg).toBeGreaterThan(rungUpBase.high);
    expect(moves.low, msg).toBeGreaterThan(movesBase.high);
    expect(relDrop, msg).toBeLessThanOrEqual(0);
  });

  it('drags in others: a war involving a regional power follows in many games, never without it', () => {
    // The article's warning (§Conclusion): an invasion of Armenia could bring Iran and Azerbaijan to
    // war, with Armenia, Turkey and Russia dragged in. Rung 9 needs a power to answer with force.
    const wider = (g: Game) => g.final.ending?.kind === 'regionalPowerWar' || g.final.ending?.kind === 'regionalWar';
    const w = rate(withOffensive, wider);
    const wBase = rate(baseline, wider);
    const msg = `war involving a regional power within ${TURNS} months: ${show(w)} vs ${show(wBase)} without the offensive`;
    console.info(`[behaviour] wider war: ${msg}`);
    // Likely but not certain: Tehran weighs the cost of war each month (measured 0.56 [0.46, 0.65]).
    expect(w.low, msg).toBeGreaterThan(0.2);
    expect(w.rate, msg).toBeLessThan(0.9);
    expect(wBase.rate, msg).toBe(0);
  });

  it('Russia, absorbed by Ukraine, rarely acts militarily for Armenia even then', () => {
    const forArmenia = (g: Game) => g.orders.some((o) => o.actor === 'RUS' && (o.type === 'military.strike' || o.type === 'military.offensive' || o.type === 'military.drill' || o.type === 'military.mobilise') && o.params.target === 'AZE');
    const r = rate(withOffensive, forArmenia);
    const iran = rate(withOffensive, iranMilitary);
    console.info(`[behaviour] Russia acts militarily against Baku after the offensive: ${show(r)}; Iran: ${show(iran)}`);
    expect(r.high, show(r)).toBeLessThan(0.25);
    expect(r.rate).toBeLessThan(iran.rate);
  });
});
