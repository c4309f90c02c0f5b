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

export type ValidationResult = { ok: true; order: Order; cost: ActionCost } | { ok: false; reason: string };

/** Formats a zod issue list as one line: `params.target: expected one of ...`. */
export function formatIssues(error: z.ZodError, prefix = ''): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/**
 * Checks an order's shape, who may take it, its parameters and the actor's remaining action points and
 * money. `spent` is what the actor has already committed this turn.
 */
export function validateOrder(state: GameState, raw: unknown, spent: ActionCost = { ap: 0, moneyBn: 0 }): ValidationResult {
  const parsed = orderSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `malformed order: ${formatIssues(parsed.error)}` };
  const order = parsed.data as Order;
  const spec = ACTION_SPECS[order.type];
  if (state.ending) return { ok: false, reason: 'the game has ended' };
  if (spec.who !== 'any' && !spec.who.includes(order.actor)) {
    return { ok: false, reason: `${order.type} is not open to ${order.actor} (only ${spec.who.join(', ')})` };
  }
  const problem = spec.check(state, order);
  if (problem) return { ok: false, reason: problem };
  const cost = spec.cost(state, order);
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
