/**
 * Why an action offers a player no option now, for the orders panel's "not available now". The panel
 * lists the legal orders (sim/orders.ts legalOrders); when an action has none, this asks the same checks
 * the sim applies to each candidate and returns the reason met most often, in plain words; when the
 * action has no candidate at all, what it needs (the condition its candidate list starts from).
 * Reasons may still name states by id: the UI words them with shared/reasonWords.
 */
import type { ActionType, Order } from '../shared/actions.js';
import type { ActorId } from '../shared/ids.js';
import { ACTION_SPECS } from '../sim/actions/index.js';
import { validateOrder } from '../sim/orders.js';
import type { ActionCost } from '../sim/context.js';
import type { GameState } from '../sim/state/types.js';

/**
 * What each action needs before it lists any option, in plain words: the condition each action's
 * candidate list (its `enumerate` in sim/actions) starts from. Shown when there is no candidate at all.
 */
export const NEEDS: Readonly<Record<ActionType, string>> = {
  'diplomacy.summit': 'needs a state you have diplomatic ties with',
  'diplomacy.denounce': 'needs another state to denounce',
  'diplomacy.expel': 'needs an embassy or a consulate of the other side to expel',
  'diplomacy.openMission': 'no state accepts a new embassy or consulate now: the host needs a fair relation and a calm dispute',
  'diplomacy.proposeTreaty': 'no treaty is open now: the pairs already have them, or relations are too poor',
  'diplomacy.mediate': 'needs two friends (relation 20 or more with you) on poor terms with each other (below 30)',
  'diplomacy.realign': 'every change of alignment open to Armenia has been made',
  'arms.buy': 'no supplier will sell to you now',
  'arms.sell': 'needs a buyer with a relation of 20 or more that you may arm',
  'corridor.zangezur': 'the corridor question is settled, or no step of it is yours now',
  'corridor.aras': 'no step of the Aras route is open now',
  'military.drill': 'needs a rival (a relation below 0) within reach',
  'military.deploy': 'needs a border province you hold or are invited into',
  'military.mobilise': 'your forces are already fully mobilised',
  'military.standDown': 'your forces are already at peacetime readiness',
  'military.strike': 'needs a dispute at rung 3 (economic pressure) or higher with the target',
  'military.offensive': 'needs a neighbouring province held by a state you are in confrontation with (rung 4 or higher)',
  'economy.oil': 'no change of the oil flow is open now',
  'economy.sanction': 'needs a relation of -30 or less with a target you trade with',
  'rhetoric.set': 'no other line to take',
  'covert.influence': 'needs a rival (a relation below 0) to work against',
};

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
  if (candidates === 0) return NEEDS[type];
  let best = '';
  let most = 0;
  for (const [r, n] of counts) if (n > most) { best = r; most = n; }
  return best;
}
