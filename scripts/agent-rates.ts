/**
 * Behaviour rates of the agents over a batch of whole default games (plain director), for tuning the
 * agents against the article (docs/agents.md): Russian arms sales and what became of them, Israeli-
 * Azerbaijani drills and pacts, end relations and the ending distribution, with 95% Wilson intervals.
 *
 *   npx tsx scripts/agent-rates.ts [--runs 100] [--seed 1] [--scenario autumn-2023]
 */
import { readFileSync } from 'node:fs';
import { playGame } from '../src/runtime/headless.js';
import { wilson } from '../src/runtime/montecarlo.js';
import { PAIR_KEYS, type PairKey } from '../src/shared/ids.js';

const arg = (name: string, dflt: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : dflt;
};
const runs = Number(arg('runs', '100'));
const seed0 = Number(arg('seed', '1'));
const scenarioArg = arg('scenario', 'autumn-2023');
const scenario: unknown = scenarioArg.endsWith('.json') ? JSON.parse(readFileSync(scenarioArg, 'utf8')) : scenarioArg;

const sum = { rusOffers: 0, rusSales: 0, rusKept: 0, rusBroken: 0, rusToArm: 0, rusToAze: 0, rusCancelled: 0, isrAzeDrills: 0, jointDrills: 0, summits: 0, turns: 0 };
let pactGames = 0;
let azeOffensiveGames = 0;
let iranForceGames = 0;
let pactAccepts = 0;
let isrPactOffers = 0;
let azePactProposalsToIsr = 0;
const endings: Record<string, number> = {};
const rel: Record<string, number> = {};
let extremePairs = 0;
const byType: Record<string, number> = {};
/** Arms packages booked per buyer over all games. */
const packages: Record<string, number> = {};
const t0 = Date.now();
for (let seed = seed0; seed < seed0 + runs; seed++) {
  const res = playGame({ scenario, seed, plain: true, keepStarts: false });
  const s = res.state;
  sum.turns += res.turnsPlayed;
  endings[s.ending?.kind ?? 'ongoing'] = (endings[s.ending?.kind ?? 'ongoing'] ?? 0) + 1;
  for (const k of PAIR_KEYS) {
    rel[k] = (rel[k] ?? 0) + s.pairs[k].relation;
    if (Math.abs(s.pairs[k].relation) >= 90) extremePairs++;
  }
  let pact = false;
  const all = res.log.flatMap((e) => e.orders);
  if (all.some((o) => o.actor === 'AZE' && o.type === 'military.offensive')) azeOffensiveGames++;
  if (all.some((o) => o.actor === 'IRN' && o.params.target === 'AZE' && (o.type === 'military.offensive' || o.type === 'military.strike'))) iranForceGames++;
  for (const entry of res.log) {
    for (const o of entry.orders) {
      const p = o.params;
      if (!p.answer) { const k = `${o.actor} ${o.type}${p.target ? ' ' + String(p.target) : ''}${p.with ? '+' + String(p.with) : ''}`; byType[k] = (byType[k] ?? 0) + 1; }
      if (o.type === 'arms.sell' && o.actor === 'RUS') sum.rusOffers++;
      if (o.type === 'military.drill' && ((o.actor === 'ISR' && p.with === 'AZE') || (o.actor === 'AZE' && p.with === 'ISR'))) sum.isrAzeDrills++;
      if (o.type === 'military.drill' && p.with) sum.jointDrills++;
      if (o.type === 'diplomacy.summit') sum.summits++;
      if (o.type === 'diplomacy.proposeTreaty' && p.kind === 'defencePact' && !p.answer) {
        if (o.actor === 'ISR' && p.target === 'AZE') isrPactOffers++;
        if (o.actor === 'AZE' && p.target === 'ISR') azePactProposalsToIsr++;
      }
      if (o.type === 'diplomacy.proposeTreaty' && p.kind === 'defencePact' && p.answer === 'accept' && ((o.actor === 'AZE' && p.target === 'ISR') || (o.actor === 'ISR' && p.target === 'AZE'))) pactAccepts++;
    }
  }
  if (s.pairs['AZE-ISR'].treaties.defencePact !== 'none') pact = true;
  for (const e of res.events) {
    if (e.type === 'diplomacy.proposeTreaty' && e.outcome === 'success' && e.text.includes('defence pact') && ((e.actor === 'AZE' && e.target === 'ISR') || (e.actor === 'ISR' && e.target === 'AZE'))) pact = true;
    if (e.type === 'system.deliveries' && e.text.includes('cancel')) sum.rusCancelled++;
    // Every arms package booked (bought, or an offer accepted), by buyer: the arms-race volume.
    for (const f of e.effects) if (f.to !== null && f.path.endsWith('.armsOnOrder')) { const b = f.path.split('.')[0]; packages[b] = (packages[b] ?? 0) + 1; }
  }
  if (pact) pactGames++;
  for (const c of s.commitments) {
    if (c.kind !== 'armsDelivery' || c.from !== 'RUS') continue;
    sum.rusSales++;
    if (c.to === 'ARM') sum.rusToArm++;
    if (c.to === 'AZE') sum.rusToAze++;
    if (c.status === 'kept') sum.rusKept++;
    if (c.status === 'broken') sum.rusBroken++;
  }
  res.session.dispose();
}
const pct = (k: number) => { const w = wilson(k, runs); return `${(w.rate * 100).toFixed(1)}% [${(w.low * 100).toFixed(1)}-${(w.high * 100).toFixed(1)}]`; };
const per = (x: number) => (x / runs).toFixed(2);
const out = {
  runs, seconds: Math.round((Date.now() - t0) / 1000), meanTurns: per(sum.turns),
  armsPackagesPerGame: Object.fromEntries(Object.entries(packages).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, per(v)])),
  russia: { offersPerGame: per(sum.rusOffers), salesPerGame: per(sum.rusSales), toArm: per(sum.rusToArm), toAze: per(sum.rusToAze), keptPerGame: per(sum.rusKept), brokenPerGame: per(sum.rusBroken), cancelledPerGame: per(sum.rusCancelled), salesPerTurn: (sum.rusSales / sum.turns).toFixed(2) },
  israelBaku: { jointDrillsPerGame: per(sum.isrAzeDrills), drillsPerTurn: (sum.isrAzeDrills / sum.turns).toFixed(2), pactGames: pct(pactGames), israelPactOffersPerGame: per(isrPactOffers), bakuPactProposalsPerGame: per(azePactProposalsToIsr), pactAcceptsPerGame: per(pactAccepts) },
  allJointDrillsPerGame: per(sum.jointDrills), summitsPerGame: per(sum.summits),
  extremePairsPerGame: per(extremePairs),
  gamesWithBakuOffensive: pct(azeOffensiveGames), gamesWithIranianForceOnBaku: pct(iranForceGames),
  endRelations: Object.fromEntries((['AZE-IRN', 'ARM-AZE', 'AZE-TUR', 'AZE-ISR', 'ARM-IRN', 'ARM-RUS', 'IRN-ISR', 'ISR-TUR'] as PairKey[]).map((k) => [k, Number((rel[k] / runs).toFixed(1))])),
  endings: Object.fromEntries(Object.entries(endings).map(([k, n]) => [k, pct(n)])),
};
console.log(JSON.stringify(out, null, 1));
if (process.argv.includes('--orders')) {
  for (const [k, n] of Object.entries(byType).sort((a, b) => a[0].localeCompare(b[0]))) if (n / runs >= 0.3) console.log(k.padEnd(40), (n / runs).toFixed(2));
}
