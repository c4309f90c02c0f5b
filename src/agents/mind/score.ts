/**
 * Scores one order: U(a) = Σ w_k·Δgoal_k(a) − cost(a) − ρ·P(escalation above rung 8 | a), plus the
 * alliance (Snyder), preventive-window (Powell) and audience-cost terms, each named for the reasons.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import { pair, routineNovelty } from '../../sim/state/selectors.js';
import { utility, type GoalTerm, type UtilityBreakdown } from '../models/utility.js';
import { backDownCost } from '../models/audienceCost.js';
import { aggressiveness } from '../models/commitments.js';
import type { Posture } from '../types.js';
import { at, emptyDelta, expectedEffects, type Delta } from './effects.js';
import type { Situation } from './situation.js';
import { allianceText, AUDIENCE_TEXT, SECOND_FRONT_TEXT, costText, ESCALATION_TEXT, goalText, WAR_TEXT, WINDOW_TEXT } from './words.js';

/**
 * The price of using force, before posture and risk tolerance: what a fight costs in lives and money.
 * A Map: ranking looks up every candidate's type, and most are not here (a miss on a plain object
 * searches its prototype chain).
 */
const WAR_COST = new Map<string, number>([['military.strike', 3], ['military.offensive', 7], ['seize', 5]]);
/** Force looks cheaper to an agent already mobilised or fighting. */
const WAR_POSTURE: Record<Posture, number> = { cooperative: 1.6, guarded: 1.3, hostile: 1, mobilised: 0.8, atWar: 0.5 };

/** The term key of the alliance term with each partner, built once (ranking used to build it per candidate). */
const ALLIANCE_KEYS = Object.fromEntries(ACTOR_IDS.map((k) => [k, `alliance.${k}`])) as Record<ActorId, string>;

/** P(rung > 8) for a pair at rung r (a convex curve: quiet at low rungs, steep from 6). */
function escalationAt(r: number): number {
  const x = Math.max(0, Math.min(1, (r - 3) / 5));
  return x * x;
}

/** The marginal chance that `d` pushes some pair of `me` above rung 8. */
export function escalationRisk(sit: Situation, d: Delta): number {
  let stay = 1;
  for (let i = 0; i < ACTOR_IDS.length; i++) {
    const j = ACTOR_IDS[i];
    const dr = d.rung[i];
    if (j === sit.me || dr <= 0) continue;
    const r = pair(sit.state, sit.me, j).rung;
    let p = escalationAt(r + dr) - escalationAt(r);
    // Allies of j with a pact may join in: the fight widens.
    if (sit.settings.readsThirdParties) p *= 1 + 0.3 * sit.pactAllies[j];
    stay *= 1 - Math.min(1, p);
  }
  return 1 - stay;
}

/** Topic and target an order backs down on, if any (for audience costs). */
function backDown(sit: Situation, order: Order): { target: string; topic: string } | null {
  const p = order.params;
  if (order.type === 'military.standDown' && sit.main) return { target: sit.main, topic: 'force' };
  if (order.type === 'rhetoric.set' && p.line === 'conciliatory') return { target: '*', topic: 'line' };
  if (order.type === 'corridor.zangezur' && p.step === 'negotiate' && p.mode === 'transit') return { target: 'ARM', topic: 'corridor' };
  if (order.type === 'diplomacy.summit' && typeof p.target === 'string') return { target: p.target, topic: 'protest' };
  if (order.type === 'economy.sanction' && p.lift && typeof p.target === 'string') return { target: p.target, topic: 'sanctions' };
  return null;
}

/** The full utility breakdown of `order` for the situation's actor. */
export function scoreOrder(sit: Situation, order: Order, cost: { ap: number; moneyBn: number }): UtilityBreakdown {
  return scoreDelta(sit, expectedEffects(sit, order), order, cost);
}

/** Receives each named term of U(a) as scoring finds it (weight·delta is its value). */
type TermSink = (key: string, weight: number, delta: number, text: string) => void;

/** The words of the terms that are not objectives, by key (see termText). */
const FIXED_TEXT = new Map<string, string>([
  ['secondFront', SECOND_FRONT_TEXT], ['warCost', WAR_TEXT], ['window', WINDOW_TEXT], ['audience', AUDIENCE_TEXT], ['escalation', ESCALATION_TEXT],
]);
/** The partner of each alliance term's key. */
const ALLY_OF_KEY = new Map<string, ActorId>(ACTOR_IDS.map((k) => [ALLIANCE_KEYS[k], k]));

/**
 * The words of the term `key` worth `value` in `order`'s breakdown: the same text collectTerms writes
 * when it explains (goalText gets weight·delta, which is the term's value; an alliance term's weight
 * is 1). Term keys are unique: objectives never take the names of the other terms.
 */
export function termText(sit: Situation, key: string, value: number, order: Order, cost: { ap: number; moneyBn: number }): string {
  if (key === 'cost') return costText(cost.ap, cost.moneyBn);
  const fixed = FIXED_TEXT.get(key);
  if (fixed !== undefined) return fixed;
  const ally = ALLY_OF_KEY.get(key);
  if (ally !== undefined) return allianceText(ally, value > 0);
  return goalText(sit, key, value, order);
}

/**
 * The terms of U(a) for an expected effect `d`, in a fixed order, handed to `sink`. One source of
 * arithmetic for both consumers below: the breakdown (reasons) and the bare total (ranking every
 * candidate, where building term objects was most of the cost). The cost and escalation parts are
 * `costValue` and `escalationRisk`, computed apart so no result object is built per candidate.
 */
function collectTerms(sit: Situation, d: Delta, order: Order, sink: TermSink, explain: boolean): void {
  // The situation's goals are its weights in key order, resolved once (goals.ts weightedGoals).
  for (const g of sit.goals) {
    const delta = g.fn(d, sit, order) * g.scale;
    if (delta === 0) continue;
    sink(g.key, g.weight, delta, explain ? goalText(sit, g.key, g.weight * delta, order) : '');
  }
  collectOtherTerms(sit, d, order, sink, explain);
}

/**
 * The sum that collectTerms' goal terms add into `addToTotal`, in the same order and dropped the same
 * way, without a call to the sink per term: ranking runs this for every candidate.
 */
function goalsTotal(sit: Situation, d: Delta, order: Order): number {
  let sum = 0;
  for (const g of sit.goals) {
    const delta = g.fn(d, sit, order) * g.scale;
    if (delta === 0) continue;
    const v = g.weight * delta;
    if (Math.abs(v) > 1e-9) sum += v;
  }
  return sum;
}

/** The terms of U(a) after the goals (alliances, second front, war cost, window, audience), in order. */
function collectOtherTerms(sit: Situation, d: Delta, order: Order, sink: TermSink, explain: boolean): void {
  // Snyder: support a partner we fear losing; hold back from one that could entrap us.
  const withWhom = order.params.with;
  const explicit = order.params.explicitness === 'explicit';
  for (const f of sit.fearRows) {
    const k = f.id;
    const support = Math.max(0, d.rel[f.index]) / 10 + (withWhom === k ? 0.5 * routineNovelty(sit.state, sit.me, k) : 0) + (d.treaty?.with === k && d.treaty.kind === 'defencePact' ? (explicit ? 1 : 0.4) : 0);
    let v = support * f.balance * 2;
    // An explicit pact with an aggressive partner is the entrapment Snyder warns of (Shusha stays vague).
    if (d.treaty?.with === k && d.treaty.kind === 'defencePact') v -= aggressiveness(sit.state, k) * (explicit ? 2.5 : 0.5);
    if (Math.abs(v) > 1e-6) sink(ALLIANCE_KEYS[k], 1, v, explain ? allianceText(k, v > 0) : '');
  }
  // A state already fighting a war far away (Russia in Ukraine, Israel in Gaza: `distraction`) shuns a
  // pledge that could open a second front, an explicit one most: Moscow's 2025 treaty with Tehran has
  // no mutual-defence clause, and Russia's war load is why it does little for Yerevan (§Postwar).
  if (d.treaty?.kind === 'defencePact') {
    const away = sit.state.actors[sit.me].distraction / 100;
    const v = away >= 0.3 ? -away * (explicit ? 2 : 0.3) : 0;
    if (v < -1e-6) sink('secondFront', 1, v, SECOND_FRONT_TEXT);
  }
  // Fearon: war is costly (lives, money, the economy); force is weighed against that price, less so when already fighting.
  const war = WAR_COST.get(order.type === 'corridor.zangezur' && order.params.step === 'seize' ? 'seize' : order.type) ?? 0;
  if (war > 0) {
    const risk = sit.state.personalities[sit.me]?.riskTolerance ?? 0.4;
    sink('warCost', 1, -war * (1 - 0.5 * risk) * WAR_POSTURE[sit.posture], WAR_TEXT);
  }
  // Powell: a closing window rewards pressing now (Baku against Yerevan's incoming arms).
  if (sit.bargain.window && sit.me === 'AZE' && at(d.signal, 'ARM') > 0) {
    sink('window', 1, at(d.signal, 'ARM') * 1.5, WINDOW_TEXT);
  }
  const bd = backDown(sit, order);
  if (bd) {
    const c = backDownCost(sit.memory.threats, bd.target, bd.topic, sit.state.turn, sit.state.actors[sit.me].nationalism);
    const v = (c.stability + c.credibility) / 5;
    if (v > 1e-6) sink('audience', 1, -v, AUDIENCE_TEXT);
  }
}

/** The cost part of U(a): action points and money, the money measured against the treasury. */
function costValue(sit: Situation, cost: { ap: number; moneyBn: number }): number {
  const treasury = Math.max(0.3, sit.state.actors[sit.me].treasuryBn);
  return 0.12 * cost.ap + (1.2 * cost.moneyBn) / treasury;
}

/** The utility breakdown of an expected effect `d` (used for orders and for answers to proposals). */
export function scoreDelta(sit: Situation, d: Delta, order: Order, cost: { ap: number; moneyBn: number }): UtilityBreakdown {
  return breakdown(sit, d, order, cost, sit.explain);
}

/**
 * `scoreOrder` without the words of the objective, alliance and cost terms (their texts are ''): the
 * same terms and numbers. A chosen order's card shows two or three terms; finish writes only theirs
 * (termText), not a sentence for every term.
 */
export function scoreOrderUnworded(sit: Situation, order: Order, cost: { ap: number; moneyBn: number }): UtilityBreakdown {
  // The breakdown keeps numbers only, not the effect: the scratch effect serves.
  return breakdown(sit, expectedEffects(sit, order, SCRATCH), order, cost, false);
}

function breakdown(sit: Situation, d: Delta, order: Order, cost: { ap: number; moneyBn: number }, explain: boolean): UtilityBreakdown {
  const goals: GoalTerm[] = [];
  collectTerms(sit, d, order, (key, weight, delta, text) => { goals.push({ key, weight, delta, text }); }, explain);
  return utility(goals, { value: costValue(sit, cost), text: explain ? costText(cost.ap, cost.moneyBn) : '' }, { probability: escalationRisk(sit, d), rho: sit.rho, text: ESCALATION_TEXT });
}

/** The running sum of scoreOrderTotal: a field, not a `let`, so adding to it does not box a new number each time. */
const SUM = { total: 0 };
/**
 * The expected effect of the candidate being ranked, cleared and refilled for each: one Delta for all,
 * instead of five fresh objects per candidate (about a fifth of the bytes a turn allocated). Nothing
 * keeps a reference to it past the call.
 */
const SCRATCH = emptyDelta();
/** Adds a term as `utility` does: weight·delta, dropped when negligible. */
const addToTotal: TermSink = (_key, weight, delta) => {
  const v = weight * delta;
  if (Math.abs(v) > 1e-9) SUM.total += v;
};

/**
 * The parts of scoreOrderTotal that do not depend on the order's cost: the sum of the terms and the
 * escalation penalty ρ·P. Written into one shared object (read it before the next call).
 */
export const COSTLESS = { terms: 0, escalation: 0 };

/** Fills COSTLESS for `order` whose expected effect is `d` (see scoreOrderTotal). */
export function scoreEffect(sit: Situation, d: Delta, order: Order): void {
  // One sink for every candidate (nothing in collectTerms re-enters scoreOrderTotal). The goals come
  // first, summed without the sink (the same additions in the same order from 0).
  SUM.total = goalsTotal(sit, d, order);
  collectOtherTerms(sit, d, order, addToTotal, false);
  COSTLESS.terms = SUM.total;
  COSTLESS.escalation = sit.rho * escalationRisk(sit, d);
}

/** Fills COSTLESS for `order` (see scoreOrderTotal). */
export function scoreCostless(sit: Situation, order: Order): void {
  scoreEffect(sit, expectedEffects(sit, order, SCRATCH), order);
}

/** The total from the costless parts and the cost, added in `utility`'s order. */
export function totalWithCost(sit: Situation, terms: number, escalation: number, cost: { ap: number; moneyBn: number }): number {
  let total = terms;
  const c = costValue(sit, cost);
  if (c > 1e-9) total += -c;
  if (escalation > 1e-9) total += -escalation;
  return total;
}

/**
 * `scoreOrder(sit, order, cost).total` without building the breakdown: the same terms, dropped and
 * summed in the same order as `utility` does, so the number is identical (a test checks it).
 */
export function scoreOrderTotal(sit: Situation, order: Order, cost: { ap: number; moneyBn: number }): number {
  scoreCostless(sit, order);
  return totalWithCost(sit, COSTLESS.terms, COSTLESS.escalation, cost);
}
