/**
 * Arms deliveries: orders whose arrival turn has come add capability to the buyer's branch and shift
 * its arms-import shares toward the supplier. A delivery routed through a transit state waits while
 * that state is hostile to the buyer (India's arms to Armenia cross Iran: [§Postwar]; MODELS.md).
 */
import { ACTOR_IDS, isActorId, type ActorId, type ArmsItem, type Branch } from '../../shared/ids.js';
import { SUPPLIER_NAMES, ACTOR_NAMES, ARMS_ITEM_NAMES } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addCapability, pairOf, round2 } from '../effects.js';
import { param } from '../scenario/params.js';
import type { ArmsOrder, GameState } from '../state/types.js';
import { exportLoad } from '../actions/armsCatalogue.js';

/** Which capability branch an arms item strengthens. */
export const ITEM_BRANCH: Record<ArmsItem, Branch> = {
  drones: 'drones',
  airDefence: 'airDefence',
  artillery: 'artillery',
  armour: 'ground',
  radar: 'airDefence',
  missiles: 'artillery',
};

/** The transit state of a route like 'via IRN', if it is a game actor. */
export function transitOf(route: string): ActorId | null {
  const m = /^via ([A-Z]{3})$/.exec(route);
  return m && isActorId(m[1]) ? m[1] : null;
}

/** Whether the transit state currently blocks a delivery to `buyer`. */
export function isBlocked(ctx: SimContext, buyer: ActorId, order: ArmsOrder): boolean {
  const via = transitOf(order.route);
  if (!via || via === buyer) return false;
  return pairOf(ctx.state, via, buyer).rung >= param(ctx.state, 'transitBlockRung');
}

function shiftShares(ctx: SimContext, buyer: ActorId, order: ArmsOrder): void {
  const a = ctx.state.actors[buyer];
  const stock = param(ctx.state, 'armsShareStock');
  const total = stock + order.amount;
  const shares = a.armsShare as Record<string, number>;
  for (const k of Object.keys(shares)) shares[k] = round2((shares[k] * stock) / total);
  shares[order.supplier] = round2((shares[order.supplier] ?? 0) + order.amount / total);
  // Rounding each share up can push the total past 1 (seen at 1.01 by the fuzz tests): take the excess
  // off the new supplier's share, so shares keep summing to at most 1.
  const sum = Object.values(shares).reduce((x, y) => x + y, 0);
  if (sum > 1) shares[order.supplier] = round2(Math.max(0, shares[order.supplier] - (sum - 1)));
}

/** Runs the deliveries of this turn for every actor. */
export function runDeliveries(ctx: SimContext): void {
  const turn = ctx.state.turn;
  for (const buyer of ACTOR_IDS) {
    const a = ctx.state.actors[buyer];
    // Most months nothing of an actor's is due: its list stays as it is (the loop would copy it whole).
    if (!a.armsOnOrder.some((o) => o.arrivalTurn <= turn)) continue;
    const remaining: ArmsOrder[] = [];
    for (const order of a.armsOnOrder as ArmsOrder[]) {
      if (order.arrivalTurn > turn) {
        remaining.push(order);
        continue;
      }
      // A supplier with a war load at home lets a due delivery slip with probability equal to that load;
      // after armsSlipLimit slips it cancels the order and keeps the money [§Postwar, §Conclusion].
      const load = exportLoad(ctx.state as GameState, order.supplier);
      if (load > 0 && ctx.roll(load)) {
        const slipped = (order.slipped ?? 0) + 1;
        const supplier = SUPPLIER_NAMES[order.supplier];
        if (slipped >= param(ctx.state, 'armsSlipLimit')) {
          ctx.emit({
            kind: 'delivery', type: 'system.deliveries', actor: buyer, target: isActorId(order.supplier) ? order.supplier : null, outcome: 'failure',
            probability: load, factors: [{ label: `${supplier}'s war load on its arms exports`, weight: Math.round(load * 100) }],
            text: `${supplier} cancels the ${ARMS_ITEM_NAMES[order.item]} ${ACTOR_NAMES[buyer].state} paid for ($${order.costBn.toFixed(2)}bn): its own war comes first, and the money is not returned.`,
            claim: '§Postwar',
          });
          continue;
        }
        ctx.emit({
          kind: 'delivery', type: 'system.deliveries', actor: buyer, target: isActorId(order.supplier) ? order.supplier : null, outcome: 'failure',
          probability: load, factors: [{ label: `${supplier}'s war load on its arms exports`, weight: Math.round(load * 100) }],
          text: `${supplier}'s delivery of ${ARMS_ITEM_NAMES[order.item]} to ${ACTOR_NAMES[buyer].state} is late${slipped > 1 ? ` again (${slipped} months)` : ''}: its own war comes first.`,
          claim: '§Postwar',
        });
        order.slipped = slipped;
        order.arrivalTurn += 1;
        remaining.push(order);
        continue;
      }
      if (isBlocked(ctx, buyer, order)) {
        if (!order.blocked) {
          order.blocked = true;
          const via = transitOf(order.route) as ActorId;
          ctx.emit({
            kind: 'delivery', type: 'system.deliveries', actor: buyer, target: via, outcome: 'failure',
            text: `${ACTOR_NAMES[via].state} holds up ${SUPPLIER_NAMES[order.supplier]}'s ${ARMS_ITEM_NAMES[order.item]} delivery to ${ACTOR_NAMES[buyer].state} while relations are hostile.`,
            claim: '§Postwar',
          });
        }
        remaining.push(order);
        continue;
      }
      const ev = ctx.emit({
        kind: 'delivery', type: 'system.deliveries', actor: buyer, outcome: 'ok',
        text: `${SUPPLIER_NAMES[order.supplier]} delivers ${ARMS_ITEM_NAMES[order.item]} to ${ACTOR_NAMES[buyer].state}${order.blocked ? ' after a transit hold-up' : ''}.`,
        claim: order.supplier === 'ISR' ? '§Israel' : '§Postwar',
      });
      addCapability(ctx.state, ev, buyer, ITEM_BRANCH[order.item], order.amount);
      shiftShares(ctx, buyer, order);
      // A delivery keeps the open promise made with it (due on its first arrival turn). A promise whose
      // delivery slipped or was held up is already broken by the ledger (systems/commitments.ts).
      const due = order.arrivalTurn - (order.slipped ?? 0);
      for (const c of ctx.state.commitments) {
        if (c.status === 'open' && c.kind === 'armsDelivery' && c.from === order.supplier && c.to === buyer && c.dueTurn === due) c.status = 'kept';
      }
    }
    a.armsOnOrder = remaining;
  }
}
