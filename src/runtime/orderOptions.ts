/**
 * Why an action offers a player no option now, for the orders panel's "not available now". The panel
 * lists the legal orders (sim/orders.ts legalOrders); when an action has none, this asks the same checks
 * the sim applies to each candidate and returns the reason met most often, in plain words; when the
 * action has no candidate at all, what it needs (its spec's `needs`, beside the `enumerate` it describes).
 * Reasons may still name states by id: the UI words them with shared/reasonWords.
 */
import type { ActionType, Order } from '../shared/actions.js';
import type { ActorId } from '../shared/ids.js';
import { ACTION_SPECS } from '../sim/actions/index.js';
import { validateOrder } from '../sim/orders.js';
import type { ActionCost } from '../sim/context.js';
import type { GameState } from '../sim/state/types.js';

function money(bn: number): string {
  return bn >= 1 ? `$${bn.toFixed(1)}bn` : `$${Math.round(Math.max(0, bn) * 1000)}m`;
}

/** A check's reason without the parameter name it starts with ("params.province: "), for a player. */
function plain(reason: string): string {
  return reason.replace(/^params(\.[\w[\]]+)*: /, '');
}

/**
 * Why `actor` has no option for `type` now, or '' if it has one. `spent` is what its queued orders
 * already commit. The reason met by the most candidates wins (ties: the first candidate's).
 */
export function unavailableReason(state: GameState, actor: ActorId, type: ActionType, spent: ActionCost = { ap: 0, moneyBn: 0 }): string {
  if (state.ending) return 'the game has ended';
  const spec = ACTION_SPECS[type];
  if (spec.who !== 'any' && !spec.who.includes(actor)) return 'not open to your state';
  const me = state.actors[actor];
  const apLeft = me.actionPoints - spent.ap;
  const moneyLeft = me.treasuryBn - spent.moneyBn;
  const counts = new Map<string, number>();
  let candidates = 0;
  for (const params of spec.enumerate(state, actor)) {
    candidates++;
    const order: Order = { actor, type, params };
    let reason: string | null;
    try {
      reason = spec.check(state, order);
      if (!reason) {
        const c = spec.cost(state, order);
        if (c.ap > apLeft) reason = `not enough action points: it needs ${c.ap}, ${Math.max(0, apLeft)} left`;
        else if (c.moneyBn > moneyLeft + 1e-9) reason = `not enough money: it costs ${money(c.moneyBn)}, ${money(moneyLeft)} left`;
        else {
          const v = validateOrder(state, order, spent);
          reason = v.ok ? null : v.reason;
        }
      }
    } catch (err) {
      reason = `it could not be checked (${err instanceof Error ? err.message : String(err)})`;
    }
    if (reason === null) return '';
    const r = plain(reason);
    counts.set(r, (counts.get(r) ?? 0) + 1);
  }
  if (candidates === 0) return spec.needs;
  let best = '';
  let most = 0;
  for (const [r, n] of counts) if (n > most) { best = r; most = n; }
  return best;
}
