/**
 * Δgoal_k(a): how an expected effect (effects.ts) moves each of the actor's objectives, in rough units
 * where 1 is a clear step. One small function per objective key; posture scales the peace-minded and
 * security terms (the machine decides the mode, these functions what it is worth).
 */
import { ACTOR_IDS, actorIndex, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { Posture } from '../types.js';
import { at, type Delta } from './effects.js';
import { facts } from '../cache.js';
import type { Situation } from './situation.js';

type GoalFn = (d: Delta, sit: Situation, order: Order) => number;

const rel = (d: Delta, j: ActorId): number => at(d.rel, j);
const rung = (d: Delta, j: ActorId): number => at(d.rung, j);
const sig = (d: Delta, j: ActorId): number => at(d.signal, j);
const prs = (d: Delta, j: ActorId): number => at(d.pressure, j);
const treatyWith = (d: Delta, j: ActorId, kinds: readonly string[]): number =>
  d.treaty && d.treaty.with === j && kinds.includes(d.treaty.kind) ? d.treaty.chance : 0;
// Treaty kinds the goals look for, as constants (array literals in the goals were built per candidate).
const CORRIDOR_DEAL = ['corridorDeal'] as const;
const PEACE = ['peace'] as const;
const NORMAL = ['normalisation'] as const;
const PACT = ['defencePact'] as const;
const PEACE_OR_NORMAL = ['peace', 'normalisation'] as const;
const PACT_OR_NORMAL = ['defencePact', 'normalisation'] as const;
/** How much of a treaty with Baku Israel counts as securing its oil (beyond the treaty's goodwill). */
const TREATY_OIL_SHARE = 0.35;
const sumRungs = (d: Delta): number => {
  let s = 0;
  for (let i = 0; i < d.rung.length; i++) s += d.rung[i];
  return s;
};
const gaza = (sit: Situation): number => sit.state.global.gazaIntensity / 10;

/**
 * How much a peace treaty with Yerevan is worth to Baku now, 0.1..1: Baku ties the treaty to the
 * corridor question (the article's §Postwar: the two remain far apart on the route through Syunik),
 * so peace is worth little until a route is settled: a Zangezur deal in full, an open Aras route
 * through Iran in part. Other actors value peace as it is (1).
 */
export function peaceReady(sit: Situation): number {
  if (sit.me !== 'AZE') return 1;
  const g = sit.state.global;
  if (g.zangezur.status === 'agreed' || sit.state.pairs['ARM-AZE'].treaties.corridorDeal) return 1;
  if (g.aras.status === 'open') return 0.6;
  return 0.1;
}

/** How far `rival` could contest what the agent holds: its strength over the agent's, 0..1. */
function contestedBy(sit: Situation, rival: ActorId): number {
  const str = facts(sit.state).strength;
  return Math.min(1, str[rival] / Math.max(1, str[sit.me]));
}

/** How much a costly signal is worth in each posture (guarded agents deter, cooperative ones rarely). */
export const SIGNAL_VALUE: Record<Posture, number> = { cooperative: 0.3, guarded: 0.7, hostile: 1.2, mobilised: 1.5, atWar: 1.8 };
/** How much peace-minded objectives weigh in each posture. */
export const PEACE_VALUE: Record<Posture, number> = { cooperative: 1.2, guarded: 1, hostile: 0.85, mobilised: 0.75, atWar: 0.6 };
const PEACE_KEYS = new Set(['noWarWithIran', 'avoidWar', 'noWarWithIranOrRussia', 'bordersRecognised', 'lowCost']);

export const GOALS: Record<string, GoalFn> = {
  security: (d, sit) => {
    let v = d.strength / 30;
    const value = SIGNAL_VALUE[sit.posture];
    // The other actors' threat and focus are read from sit.securityRows (built once per decision).
    for (const r of sit.securityRows) {
      const s = d.signal[r.index];
      const re = d.rel[r.index];
      const ru = d.rung[r.index];
      // An actor the order does not touch adds total·0: nothing (a finite total is checked for once).
      if (s === 0 && re === 0 && ru === 0 && r.finite) continue;
      v += r.total * (s * value * r.focus + re / 40 - ru * 0.05);
    }
    if (sit.alignment === 'bandwagoning' && sit.main) v += rel(d, sit.main) / 20;
    return v;
  },
  // Azerbaijan
  nakhchivanLink: (d, sit) =>
    // An open Aras route through Iran halves Baku's need for a route through Syunik.
    (d.corridor / 15) * (sit.state.global.aras.status === 'open' ? 0.5 : 1) + d.aras * 1.2 + sig(d, 'ARM') * sit.corridorStake * (sit.me === 'AZE' ? 0.8 : 0.2)
    + (treatyWith(d, 'ARM', CORRIDOR_DEAL) + treatyWith(d, 'ARM', PEACE) * peaceReady(sit)) * 1.2
    // Signing peace before the route is settled gives up Baku's leverage over it.
    - (sit.me === 'AZE' ? treatyWith(d, 'ARM', PEACE) * (1 - peaceReady(sit)) * 3 : 0),
  // More strength holds Karabakh only as far as Yerevan could contest it: the term shrinks with Baku's
  // lead (Yerevan's strength over Baku's, at most 1). Counted in full, it made every arms package worth
  // buying to a Baku already far ahead, which bought about 13 a game.
  karabakhHeld: (d, sit) => (d.strength / 15) * contestedBy(sit, 'ARM') + sig(d, 'ARM') * 0.3 + treatyWith(d, 'ARM', PEACE) * 1.5 * peaceReady(sit),
  noWarWithIran: (d) => -rung(d, 'IRN') * 0.6 + rel(d, 'IRN') / 25 + d.aras * 0.3 - d.israelInAze * 0.3 - d.azeriUnrest * 0.3,
  oilRevenue: (d) => d.revenue * 5 + d.oil * 0.4,
  partnerBacking: (d) => rel(d, 'ISR') / 20 + rel(d, 'TUR') / 20 + treatyWith(d, 'TUR', PACT) * 0.8,
  standing: (d) => d.standing / 5 + d.credibility / 5,
  // Armenia
  syunikKept: (d, sit) => -d.corridor / 12 + d.syunikShield + sig(d, 'AZE') * 0.4 * sit.corridorStake + d.strength / 20,
  bordersRecognised: (d) => (treatyWith(d, 'AZE', PEACE_OR_NORMAL) + treatyWith(d, 'TUR', NORMAL)) * 2 + rel(d, 'AZE') / 30 + rel(d, 'TUR') / 40 - rung(d, 'AZE') * 0.3,
  securityGuarantees: (d, sit) => d.west * Math.max(0, 0.6 - Math.max(0, sit.memory.kappa.RUS)) * 2 + (d.treaty?.kind === 'defencePact' ? d.treaty.chance * 1.5 : 0) + rel(d, 'IRN') / 30 + d.syunikShield * 0.5,
  diversifiedArms: (_d, _sit, o) => (o.type === 'arms.buy' ? (o.params.supplier === 'RUS' ? -0.5 : 1) : 0),
  stability: (d) => d.stability / 5,
  // Iran
  armeniaBorder: (d, sit) => {
    const proposer = sit.state.global.zangezur.proposer ?? 'AZE';
    // Tehran's red line: Baku's troops in Syunik cut Iran off from Armenia. Then only force answers
    // (the article's §Iran-Armenia), and signals and strikes against Baku count in full.
    const syunik = sit.state.provinces['AM.SU'];
    if (syunik && syunik.occupier === 'AZE') return sig(d, 'AZE') * 4 + prs(d, 'AZE') * 3 + d.syunikShield + rel(d, 'ARM') / 40;
    // Costly signals count up to a point: a drill or a deployment says as much as a strike.
    return -d.corridor / 15 + sit.corridorStake * (Math.min(0.6, sig(d, proposer)) * 2 + Math.min(0.3, prs(d, proposer)) * 1.5 + rel(d, 'ARM') / 40 + d.syunikShield * 1.5) + d.aras * 0.5;
  },
  israelOutOfBaku: (d) => -d.israelInAze * 1.5 + prs(d, 'ISR') * 0.3 + prs(d, 'AZE') * 0.2 + rel(d, 'AZE') / 60,
  azeriQuiet: (d) => -d.azeriUnrest + d.stability / 5 + rel(d, 'AZE') / 60,
  arasRevenue: (d) => d.aras * 1.5 + d.revenue * 5,
  avoidWar: (d) => -sumRungs(d) * 0.5,
  // Turkey
  azerbaijanPartnership: (d) => rel(d, 'AZE') / 12 + treatyWith(d, 'AZE', PACT),
  btcRevenue: (d) => d.revenue * 5 + rel(d, 'AZE') / 40,
  noWarWithIranOrRussia: (d) => -(rung(d, 'IRN') + rung(d, 'RUS')) * 0.6 + (rel(d, 'IRN') + rel(d, 'RUS')) / 40,
  // Ankara's strident criticism of the Gaza war (§Turkey): how much it weighs is Turkey's scenario weight
  // for this objective (raised to 1.5 so Ankara denounces Israel rather than drilling against it).
  muslimStanding: (d, sit) => d.againstIsrael * gaza(sit) * 0.6 + d.standing / 10,
  // Israel
  // When Baku has cut the oil, winning it back (costly offers: arms, treaties) is worth twice as much.
  // A treaty with Baku secures the supply only a little beyond the goodwill it brings (the relation term):
  // no treaty moves a barrel in the sim. Counted in full, a pact weighed like Baku raising its shipments,
  // and Israel offered Baku a pact about three times a game, each refused.
  oilSupply: (d, sit, o) => {
    const cut = sit.state.actors.AZE.oilToIsrael < 1;
    const offer = cut && o.params.target === 'AZE' && (o.type === 'arms.sell' || o.type === 'diplomacy.proposeTreaty') ? 1 : 0;
    return (rel(d, 'AZE') / 15 + d.oil + TREATY_OIL_SHARE * treatyWith(d, 'AZE', PACT_OR_NORMAL) + offer) * (cut ? 2 : 1);
  },
  footholdNearIran: (d) => d.israelInAze + rel(d, 'AZE') / 30,
  armsExports: (d) => d.armsSold * 0.8 + d.revenue * 3,
  containIran: (d) => sig(d, 'IRN') * 0.5 + prs(d, 'IRN') * 0.8 - rung(d, 'IRN') * 0.2,
  // Russia
  armeniaInOrbit: (d, sit, o) =>
    -d.west + rel(d, 'ARM') / 25 * (1 - sit.westLevel) + prs(d, 'ARM') * sit.westLevel * 1.5 + (o.type === 'arms.sell' && o.params.target === 'ARM' ? 0.5 - sit.westLevel : 0),
  lowCost: (d) => {
    let v = d.revenue * 3;
    for (let i = 0; i < d.signal.length; i++) v -= Math.abs(d.signal[i]) * 0.8;
    for (let i = 0; i < d.pressure.length; i++) v -= d.pressure[i] * 0.3;
    return v - Math.max(0, sumRungs(d)) * 0.3;
  },
  iranCooperation: (d) => rel(d, 'IRN') / 15 + treatyWith(d, 'IRN', PACT_OR_NORMAL),
  southCaucasusInfluence: (d, sit) => rel(d, 'AZE') / 30 + rel(d, 'ARM') / 30 * (1 - sit.westLevel) + d.standing / 5 + d.armsSold * 0.3,
};

/** One other actor as the `security` goal reads it. */
export interface SecurityRow {
  id: ActorId;
  /** Its position in ACTOR_IDS (and in a Delta's per-actor maps). */
  index: number;
  /** Its threat total (Walt). */
  total: number;
  /** Signals deter the threats that matter (normalised threat >= 0.6: 1); drilling against a minor one is wasted effort (0.2). */
  focus: number;
  /** Whether `total` is finite, so that an untouched actor's total·0 is 0 and may be skipped. */
  finite: boolean;
}

/** The rows of `security` for `me`, in ACTOR_IDS order. */
export function securityRows(me: ActorId, threat: Situation['threat'], threatNorm: Situation['threatNorm']): SecurityRow[] {
  const out: SecurityRow[] = [];
  for (const j of ACTOR_IDS) {
    if (j === me) continue;
    const total = threat[j].total;
    out.push({ id: j, index: actorIndex(j), total, focus: threatNorm[j] >= 0.6 ? 1 : 0.2, finite: Number.isFinite(total) });
  }
  return out;
}

/** Δgoal_k for one key, scaled by posture for the peace-minded objectives. */
export function goalDelta(key: string, d: Delta, sit: Situation, order: Order): number {
  const f = GOALS[key];
  if (!f) return 0;
  const v = f(d, sit, order);
  return PEACE_KEYS.has(key) ? v * PEACE_VALUE[sit.posture] : v;
}

/** One objective as scoring reads it: key, weight, Δgoal function and posture scale, looked up once. */
export interface WeightedGoal {
  key: string;
  weight: number;
  fn: GoalFn;
  /** PEACE_VALUE of the posture for the peace-minded keys, else 1 (v·1 is v exactly). */
  scale: number;
}

/**
 * The objectives of `weights` in their key order, resolved for `posture`, so that scoring every
 * candidate does no table lookups: `g.fn(d, sit, order) * g.scale` is `goalDelta(g.key, ...)`. Keys
 * without a Δgoal function always score 0 (goalDelta) and are left out.
 */
export function weightedGoals(weights: Record<string, number>, posture: Posture): WeightedGoal[] {
  const out: WeightedGoal[] = [];
  for (const key in weights) {
    const fn = GOALS[key] as GoalFn | undefined;
    if (fn) out.push({ key, weight: weights[key], fn, scale: PEACE_KEYS.has(key) ? PEACE_VALUE[posture] : 1 });
  }
  return out;
}
