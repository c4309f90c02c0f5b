/**
 * Three behaviours of the article measured over 100 seeds of a 12-turn default game (plain director,
 * agents on every seat), with 95% Wilson intervals (docs/agents.md has the 500-game figures):
 *  - Russia, absorbed by the war in Ukraine, sells few arms and breaks its delivery promises
 *    (§Postwar, §Conclusion); before the war-load rule it sold about 1.2 packages a month;
 *  - Israel and Baku rarely drill together, only when Baku is clashing with Tehran (§Israel: their
 *    military ties kept out of sight); before drills wore off with routine, in 80% of months;
 *  - Baku keeps its tie with Israel informal: arms, oil and intelligence, no formal alliance
 *    (§Israel, §Conclusion); before Baku weighed the costs, it accepted Israel's pact in every game.
 */
import { describe, expect, it } from 'vitest';
import { wilson } from '../../src/runtime/montecarlo.js';
import { mean, runArm, show } from './behaviourKit.js';
import { setupGame } from '../helpers/setupGame.js';
import { buildSituation } from '../../src/agents/mind/assess.js';
import { emptyMemory } from '../../src/agents/mind/memory.js';
import { answerOffer } from '../../src/agents/mind/proposals.js';
import { DIFFICULTY_SETTINGS } from '../../src/agents/difficulty.js';
import type { Posture } from '../../src/agents/types.js';

const N = 100;
const TURNS = 12;

describe('article behaviours over whole games (100 seeds, 12 turns)', () => {
  const games = runArm({ seeds: N, turns: TURNS });
  const months = games.reduce((a, g) => a + (g.final.turn - g.start.turn + (g.final.ending ? 1 : 0)), 0);

  it('Russia sells few arms and breaks promises of delivery', () => {
    const sales = (g: (typeof games)[number]) => g.final.commitments.filter((c) => c.from === 'RUS' && c.kind === 'armsDelivery');
    const perGame = mean(games, (g) => sales(g).length);
    const perMonth = (perGame * N) / months;
    const broken = wilson(games.filter((g) => sales(g).some((c) => c.status === 'broken')).length, N);
    const israel = mean(games, (g) => g.final.commitments.filter((c) => c.from === 'ISR' && c.kind === 'armsDelivery').length);
    const msg = `Russian arms sales ${perGame.toFixed(2)} a game (${perMonth.toFixed(2)} a month); games with a broken Russian promise ${show(broken)}; Israeli sales ${israel.toFixed(2)} a game`;
    console.info(`[behaviour] Russian arms: ${msg}`);
    expect(perMonth, msg).toBeLessThan(0.5);
    expect(broken.low, msg).toBeGreaterThan(0.5);
    // The limit is Russia's war load, not a general one: Israel keeps selling to Baku.
    expect(israel, msg).toBeGreaterThan(perGame);
  });

  it('Israel and Baku rarely drill together, and only when Baku is clashing with Tehran', () => {
    // §Israel: their military cooperation is real but kept out of sight; Baku hosts Israel's drills
    // against Tehran only once it is clashing with Iran itself (military.ts hostRefuses).
    const joint = games.flatMap((g) => g.orders.filter((o) => o.type === 'military.drill'
      && ((o.actor === 'ISR' && o.params.with === 'AZE') || (o.actor === 'AZE' && o.params.with === 'ISR'))));
    const share = wilson(joint.length, months);
    const israel = mean(games, (g) => g.final.commitments.filter((c) => c.from === 'ISR' && c.kind === 'armsDelivery').length);
    const msg = `joint Israeli-Azerbaijani drills in ${show(share)} of months; Israeli arms sales ${israel.toFixed(2)} a game`;
    console.info(`[behaviour] Israel-Baku drills: ${msg}`);
    expect(share.high, msg).toBeLessThan(0.2);
    // The tie itself stays: Israeli arms reach Baku in nearly every game, about one package a quarter or
    // more. (The bound was 5 a game until 2026-11-29 23:59 UTC, when accepting an offer began to count
    // against the month's treasury like any purchase and Baku's packages fell from ~17 to ~13 a game.)
    const reached = wilson(games.filter((g) => g.final.commitments.some((c) => c.from === 'ISR' && c.to === 'AZE' && c.kind === 'armsDelivery')).length, N);
    expect(reached.low, `${msg}; games with Israeli arms for Baku ${show(reached)}`).toBeGreaterThan(0.9);
    expect(israel, msg).toBeGreaterThan(3);
  });

  it('Baku rarely enters a formal defence pact with Israel, by its own reasoning', () => {
    const pact = wilson(games.filter((g) => g.final.pairs['AZE-ISR'].treaties.defencePact !== 'none').length, N);
    const refusals = games.flatMap((g) => g.orders.filter((o) => o.actor === 'AZE' && o.params.target === 'ISR' && o.params.kind === 'defencePact' && o.params.answer === 'refuse'));
    const named = refusals.filter((o) => o.reasons?.some((r) => /formal alliance with Israel/.test(r.text))).length;
    const arms = wilson(games.filter((g) => g.orders.some((o) => (o.actor === 'ISR' && o.type === 'arms.sell' && o.params.target === 'AZE') || (o.actor === 'AZE' && o.type === 'arms.buy' && o.params.supplier === 'ISR'))).length, N);
    const msg = `Baku-Israel pact in ${show(pact)} of games; Baku refused ${refusals.length} offers, ${named} naming the cost of a formal alliance; Israeli arms for Baku in ${show(arms)} of games`;
    console.info(`[behaviour] Baku-Israel pact: ${msg}`);
    expect(pact.high, msg).toBeLessThan(0.1);
    expect(refusals.length, msg).toBeGreaterThan(N);
    expect(named / Math.max(1, refusals.length), msg).toBeGreaterThan(0.9);
    // The tie stays: arms keep flowing.
    expect(arms.low, msg).toBeGreaterThan(0.9);
  });

  it('Ankara keeps its pledge to Baku vague, and NATO Turkey allies with neither Moscow nor Tehran', () => {
    // §Turkey: the Shusha Declaration's defence clause is deliberately vague; an explicit pact would drag
    // Ankara into a war between Baku and Tehran (Snyder's entrapment, foreseen in mind/effects.ts).
    const explicit = wilson(games.filter((g) => g.final.pairs['AZE-TUR'].treaties.defencePact === 'explicit').length, N);
    const withPact = wilson(games.filter((g) => g.final.pairs['AZE-TUR'].treaties.defencePact !== 'none').length, N);
    const nato = games.filter((g) => g.final.pairs['RUS-TUR'].treaties.defencePact !== 'none' || g.final.pairs['IRN-TUR'].treaties.defencePact !== 'none').length;
    const msg = `explicit Baku-Ankara pact in ${show(explicit)} of games (some pact in ${show(withPact)}); Ankara allied with Moscow or Tehran in ${nato}`;
    console.info(`[behaviour] Shusha pledge: ${msg}`);
    expect(explicit.high, msg).toBeLessThan(0.5);
    expect(withPact.low, msg).toBeGreaterThan(0.8);
    expect(nato, msg).toBe(0);
  });

  it('Moscow, at war in Ukraine, pledges Tehran support but rarely binds itself to defend it', () => {
    // Russia's 2025 treaty with Iran has no mutual-defence clause; Moscow is absorbed by Ukraine (§Postwar).
    const explicit = wilson(games.filter((g) => g.final.pairs['IRN-RUS'].treaties.defencePact === 'explicit').length, N);
    const refusals = games.flatMap((g) => g.orders.filter((o) => o.actor === 'RUS' && o.params.target === 'IRN' && o.params.kind === 'defencePact' && o.params.answer === 'refuse'));
    const named = refusals.filter((o) => o.reasons?.some((r) => /second front/.test(r.text))).length;
    const msg = `explicit Moscow-Tehran pact in ${show(explicit)} of games; Moscow refused ${refusals.length} offers, ${named} naming the second front`;
    console.info(`[behaviour] Moscow-Tehran pact: ${msg}`);
    expect(explicit.high, msg).toBeLessThan(0.3);
    // Its refusals say why (the term is largest against explicit offers; vague ones are refused on other grounds).
    expect(named, msg).toBeGreaterThanOrEqual(10);
  });

  it('an agent answering an explicit pact offer weighs it as explicit (entrapment, second front)', () => {
    const s = setupGame({ mutate: (g) => { g.pairs['IRN-RUS'].relation = 80; g.pairs['IRN-RUS'].trust = 70; } });
    const sit = buildSituation(s, emptyMemory('RUS'), 'guarded', 'hedging', DIFFICULTY_SETTINGS.standard);
    const offer = (explicitness: string) => answerOffer(sit, { from: 'IRN', kind: 'defencePact', params: { kind: 'defencePact', explicitness } });
    const front = (a: ReturnType<typeof offer>) => a.breakdown.terms.find((t) => t.key === 'secondFront')?.value ?? 0;
    expect(front(offer('explicit'))).toBeLessThan(front(offer('vague')));
    expect(offer('explicit').breakdown.total).toBeLessThan(offer('vague').breakdown.total);
    // Israel, at war in Gaza, weighs it too; Baku, at peace, does not.
    const baku = buildSituation(s, emptyMemory('AZE'), 'guarded', 'hedging', DIFFICULTY_SETTINGS.standard);
    expect(answerOffer(baku, { from: 'TUR', kind: 'defencePact', params: { kind: 'defencePact', explicitness: 'explicit' } }).breakdown.terms.some((t) => t.key === 'secondFront')).toBe(false);
  });

  it('a pact with Israel is weighed, not banned: Baku takes a vague one when already fighting Iran and Gaza is quiet', () => {
    const answer = (gaza: number, rung: number, posture: Posture, explicitness: string) => {
      const s = setupGame({ mutate: (g) => { g.global.gazaIntensity = gaza; g.pairs['AZE-IRN'].rung = rung; g.pairs['AZE-ISR'].relation = 90; } });
      const sit = buildSituation(s, emptyMemory('AZE'), posture, 'balancing', DIFFICULTY_SETTINGS.standard);
      return answerOffer(sit, { from: 'ISR', kind: 'defencePact', params: { kind: 'defencePact', explicitness } });
    };
    const calm = answer(8, 3, 'guarded', 'vague');
    expect(calm.order.params.answer).toBe('refuse');
    // The reasons name the costs, and they are the largest terms.
    expect(calm.order.params.answer === 'refuse' && calm.breakdown.total).toBeLessThan(0);
    const top = [...calm.breakdown.terms].sort((a, b) => Math.abs(b.value) - Math.abs(a.value))[0];
    expect(top.key).toBe('noWarWithIran');
    expect(top.text).toMatch(/formal alliance with Israel would provoke Tehran/);
    expect(answer(0, 6, 'atWar', 'vague').order.params.answer).toBe('accept');
    expect(answer(0, 6, 'atWar', 'explicit').order.params.answer).not.toBe('accept');
  });
});
