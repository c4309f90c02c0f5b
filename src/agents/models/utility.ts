/**
 * The agent's utility of an action (MODELS.md "Agent choice"):
 *   U(a) = Σ_k w_k·Δgoal_k(a) − cost(a) − ρ·P(escalation above rung 8 | a)
 * Returned as a breakdown of named terms so the largest can be shown to the player as reasons.
 */
import type { Reason } from '../../shared/actions.js';

export interface UtilityTerm {
  /** Objective id, or 'cost' / 'escalation'. */
  key: string;
  /** Plain words for the "Why?" card. */
  text: string;
  /** Signed contribution to U. */
  value: number;
}

export interface UtilityBreakdown { terms: UtilityTerm[]; total: number }

export interface GoalTerm { key: string; text: string; weight: number; delta: number }

/** ρ: how much an escalation risk weighs, from the personality's risk tolerance (0..1). */
export function riskAversion(riskTolerance: number, scale = 8): number {
  return scale * (1 - Math.max(0, Math.min(1, riskTolerance)));
}

/** Assembles U(a) from goal changes, the action's cost and its escalation risk. Zero terms are dropped. */
export function utility(goals: readonly GoalTerm[], cost: { value: number; text: string }, escalation: { probability: number; rho: number; text: string }): UtilityBreakdown {
  const terms: UtilityTerm[] = [];
  for (const g of goals) {
    const v = g.weight * g.delta;
    if (Math.abs(v) > 1e-9) terms.push({ key: g.key, text: g.text, value: v });
  }
  if (cost.value > 1e-9) terms.push({ key: 'cost', text: cost.text, value: -cost.value });
  const esc = escalation.rho * escalation.probability;
  if (esc > 1e-9) terms.push({ key: 'escalation', text: escalation.text, value: -esc });
  let total = 0;
  for (const t of terms) total += t.value;
  return { terms, total };
}

const bySizeThenKey = (x: UtilityTerm, y: UtilityTerm): number => Math.abs(y.value) - Math.abs(x.value) || x.key.localeCompare(y.key);

/**
 * A copy of `terms` sorted by size, largest first, ties by key. An insertion sort: stable, so the same
 * order as the built-in sort with this comparator, and cheaper for the handful of terms an order has
 * (reasons are written for every chosen order).
 */
function bySize(terms: readonly UtilityTerm[]): UtilityTerm[] {
  const out: UtilityTerm[] = [];
  for (const t of terms) {
    let i = out.length;
    while (i > 0 && bySizeThenKey(out[i - 1], t) > 0) i--;
    out.splice(i, 0, t);
  }
  return out;
}

/**
 * The 2-3 largest terms by size, as reasons (rounded weights). Terms under a tenth of the largest are
 * left out so a card never lists noise.
 */
export function topReasons(b: UtilityBreakdown, n = 3): Reason[] {
  return topTerms(b, n).map(asReason);
}

/** A term as a reason on the card (its weight rounded). */
export const asReason = (t: UtilityTerm): Reason => ({ text: t.text, weight: Math.round(t.value * 100) / 100 });

/** The terms topReasons shows, in its order. */
export function topTerms(b: UtilityBreakdown, n = 3): UtilityTerm[] {
  const sorted = bySize(b.terms);
  if (!sorted.length) return [];
  const floor = Math.abs(sorted[0].value) / 10;
  return sorted.slice(0, n).filter((t, i) => i < 2 || Math.abs(t.value) >= floor);
}
