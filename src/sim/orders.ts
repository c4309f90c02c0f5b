/**
 * Order validation: the one gate every order passes, a human's, a script's or an agent's.
 * An invalid order is rejected with a reason that names what is wrong; it never throws.
 */
import { z } from 'zod';
import { ACTOR_IDS, type ActorId } from '../shared/ids.js';
import { ACTION_TYPES, type Order } from '../shared/actions.js';
import type { GameState } from './state/types.js';
import { ACTION_SPECS } from './actions/index.js';
import type { ActionCost } from './context.js';

const reasonSchema = z.object({ text: z.string().max(500), weight: z.number().finite() });

export const orderSchema = z.object({
  actor: z.enum(ACTOR_IDS),
  type: z.enum(ACTION_TYPES),
  params: z.record(z.string(), z.unknown()).default({}),
  reasons: z.array(reasonSchema).max(10).optional(),
  trigger: z.string().max(500).optional(),
  posture: z.string().max(50).optional(),
});

/**
 * Orders' parameters are copied into events and saves, so they must stay small, plain JSON. Returns
 * the first problem (`params.x: ...`) or null. Bounded in depth, so even a 100,000-deep list is cheap
 * (the fuzz tests found such a parameter accepted, after which the turn's events could not be saved).
 */
export function paramsProblem(value: unknown, path = 'params', depth = 0): string | null {
  if (value === null || typeof value === 'boolean') return null;
  if (typeof value === 'number') return Number.isFinite(value) ? null : `${path}: expected a finite number, got ${value}`;
  if (typeof value === 'string') return value.length <= 2000 ? null : `${path}: text too long (${value.length} characters; at most 2000)`;
  if (typeof value !== 'object') return `${path}: expected plain JSON, got a ${typeof value}`;
  if (depth >= 6) return `${path}: nested too deep (at most 6 levels)`;
  if (Array.isArray(value)) {
    if (value.length > 100) return `${path}: list too long (${value.length} items; at most 100)`;
    for (let i = 0; i < value.length; i++) {
      const p = paramsProblem(value[i], `${path}[${i}]`, depth + 1);
      if (p) return p;
    }
    return null;
  }
  const keys = Object.keys(value);
  if (keys.length > 50) return `${path}: too many keys (${keys.length}; at most 50)`;
  for (const k of keys) {
    const p = paramsProblem((value as Record<string, unknown>)[k], `${path}.${k.slice(0, 40)}`, depth + 1);
    if (p) return p;
  }
  return null;
}

export type ValidationResult = { ok: true; order: Order; cost: ActionCost } | { ok: false; reason: string };

/** Formats a zod issue list as one line: `params.target: expected one of ...`. */
export function formatIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

const ACTOR_SET = new Set<string>(ACTOR_IDS);
const TYPE_SET = new Set<string>(ACTION_TYPES);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const shortText = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;

/**
 * The fast path for orders that are already well typed (agents' and the UI's): checks exactly what
 * `orderSchema` checks and returns the same stripped copy, or null to let zod parse it and word the
 * error. Zod runs for anything unusual (a missing params object, extra keys, odd values).
 */
function wellFormed(raw: unknown): Order | null {
  if (!isRecord(raw)) return null;
  const { actor, type, params, reasons, trigger, posture } = raw;
  if (typeof actor !== 'string' || !ACTOR_SET.has(actor) || typeof type !== 'string' || !TYPE_SET.has(type)) return null;
  if (!isRecord(params) || Object.getPrototypeOf(params) !== Object.prototype) return null;
  const out: Order = { actor: actor as ActorId, type: type as Order['type'], params: { ...params } };
  if (reasons !== undefined) {
    if (!Array.isArray(reasons) || reasons.length > 10) return null;
    const copy: { text: string; weight: number }[] = [];
    for (const r of reasons) {
      if (!isRecord(r) || !shortText(r.text, 500) || typeof r.weight !== 'number' || !Number.isFinite(r.weight)) return null;
      copy.push({ text: r.text as string, weight: r.weight });
    }
    out.reasons = copy;
  }
  if (trigger !== undefined) { if (!shortText(trigger, 500)) return null; out.trigger = trigger as string; }
  if (posture !== undefined) { if (!shortText(posture, 50)) return null; out.posture = posture as string; }
  return out;
}

/**
 * Checks an order's shape, who may take it, its parameters and the actor's remaining action points and
 * money. `spent` is what the actor has already committed this turn.
 */
export function validateOrder(state: GameState, raw: unknown, spent: ActionCost = { ap: 0, moneyBn: 0 }): ValidationResult {
  let order = wellFormed(raw);
  if (!order) {
    const parsed = orderSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, reason: `malformed order: ${formatIssues(parsed.error)}` };
    order = parsed.data as Order;
  }
  const tooBig = paramsProblem(order.params);
  if (tooBig) return { ok: false, reason: tooBig };
  const spec = ACTION_SPECS[order.type];
  if (state.ending) return { ok: false, reason: 'the game has ended' };
  if (spec.who !== 'any' && !spec.who.includes(order.actor)) {
    return { ok: false, reason: `${order.type} is not open to ${order.actor} (only ${spec.who.join(', ')})` };
  }
  let problem: string | null;
  let cost: ActionCost;
  try {
    problem = spec.check(state, order);
    cost = problem ? { ap: 0, moneyBn: 0 } : spec.cost(state, order);
  } catch (err) {
    // A check that throws is a bug in the catalogue; the order is refused rather than crash the turn.
    return { ok: false, reason: `${order.type} could not be checked (${err instanceof Error ? err.message : String(err)})` };
  }
  if (problem) return { ok: false, reason: problem };
  const actor = state.actors[order.actor];
  if (spent.ap + cost.ap > actor.actionPoints) {
    return { ok: false, reason: `${order.actor} has ${actor.actionPoints - spent.ap} action points left; ${order.type} needs ${cost.ap}` };
  }
  if (spent.moneyBn + cost.moneyBn > actor.treasuryBn + 1e-9) {
    return { ok: false, reason: `${order.actor} has $${(actor.treasuryBn - spent.moneyBn).toFixed(2)}bn left; ${order.type} costs $${cost.moneyBn.toFixed(2)}bn` };
  }
  return { ok: true, order, cost };
}

/** Every order `actor` could legally give now (given nothing else spent), for agents and the orders panel. */
export function legalOrders(state: GameState, actor: ActorId, spent: ActionCost = { ap: 0, moneyBn: 0 }): Order[] {
  const out: Order[] = [];
  for (const type of ACTION_TYPES) {
    const spec = ACTION_SPECS[type];
    if (spec.who !== 'any' && !spec.who.includes(actor)) continue;
    for (const params of spec.enumerate(state, actor)) {
      const res = validateOrder(state, { actor, type, params }, spent);
      if (res.ok) out.push(res.order);
    }
  }
  return out;
}
