/**
 * Why an action offers a player no option now, for the orders panel's "not available now". The panel
 * lists the legal orders (sim/orders.ts legalOrders); when an action has none, this asks the same checks
 * the sim applies to each candidate and returns the reason met most often, in plain words; when the
 * action has no candidate at all, what it needs (its spec's `needs`, beside the `enumerate` it describes).
 * Reasons may still name states by id: the UI words them with shared/reasonWords.
 */
import type { ActionType, Order } from '../shared/actions.js';
import { ACTOR_IDS, ACTOR_NAMES, SUPPLIER_IDS, SUPPLIER_NAMES, type ActorId } from '../shared/ids.js';
import { supplierRefusal } from '../sim/actions/armsCatalogue.js';
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

/** Actions whose only parameter is the state they are aimed at: their missing targets can be explained. */
const TARGET_ONLY: ReadonlySet<ActionType> = new Set(['diplomacy.summit', 'diplomacy.denounce', 'diplomacy.expel']);

/**
 * For an action aimed at one state, or an arms purchase, the states (or suppliers) it cannot be aimed at
 * now that the rules refuse by name, with the reason ("Israel": "Baku and Israel met last month: their
 * next talks are due in 2 months"; "France": "France does not sell arms to Iran (Western sanctions)").
 * Players had seen Israel vanish from the summit list, and France from Yerevan's arms list, without a
 * word. Targets the menu leaves out for no stated reason (a state cannot talk to itself) are not listed.
 */
export function missingTargets(state: GameState, actor: ActorId, type: ActionType, options: readonly Order[]): { who: string; reason: string }[] {
  if (state.ending) return [];
  const out: { who: string; reason: string }[] = [];
  if (type === 'arms.buy') {
    const offered = new Set(options.map((o) => o.params.supplier));
    for (const supplier of SUPPLIER_IDS) {
      if (supplier === actor || offered.has(supplier)) continue;
      const reason = supplierRefusal(state, actor, supplier);
      if (reason) out.push({ who: SUPPLIER_NAMES[supplier], reason: plain(reason) });
    }
    return out;
  }
  if (!TARGET_ONLY.has(type)) return [];
  const spec = ACTION_SPECS[type];
  const offered = new Set(options.map((o) => o.params.target));
  for (const target of ACTOR_IDS) {
    if (target === actor || offered.has(target)) continue;
    const reason = spec.check(state, { actor, type, params: { target } });
    if (reason) out.push({ who: ACTOR_NAMES[target].seat, reason: plain(reason) });
  }
  return out;
}
