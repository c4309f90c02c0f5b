/**
 * Random play for the property tests: a fast-check-generated list of numbers ("picks") drives every
 * choice (which actors act, which legal orders they give, which world events a facilitator injects),
 * so a failing game shrinks to a short list of picks and replays exactly.
 */
import { ACTOR_IDS } from '../../src/shared/ids.js';
import type { Order } from '../../src/shared/actions.js';
import type { GameState } from '../../src/sim/state/types.js';
import type { ActionCost } from '../../src/sim/context.js';
import type { FacilitatorInput } from '../../src/sim/engine.js';
import { legalOrders, validateOrder } from '../../src/sim/orders.js';
import { WORLD_EVENT_IDS } from '../../src/sim/systems/catalogue.js';

/** Reads the picks in turn, wrapping around, so any list (even a shrunk one) drives a whole game. */
export class Picker {
  #i = 0;
  constructor(private readonly picks: readonly number[]) {}
  /** A number in 0..n-1. */
  next(n: number): number {
    if (n <= 0) return 0;
    const v = this.picks.length ? this.picks[this.#i++ % this.picks.length] : 0;
    return v % n;
  }
}

/** One turn of random legal orders: each actor acts with probability 2/3 and gives up to three orders. */
export function randomLegalOrders(state: GameState, pick: Picker): Order[] {
  const orders: Order[] = [];
  for (const actor of ACTOR_IDS) {
    if (pick.next(3) === 0) continue;
    const legal = legalOrders(state, actor);
    if (!legal.length) continue;
    let spent: ActionCost = { ap: 0, moneyBn: 0 };
    const want = 1 + pick.next(3);
    for (let tries = 0; tries < want * 2 && orders.filter((o) => o.actor === actor).length < want; tries++) {
      const order = legal[pick.next(legal.length)];
      // Legal alone, but the actor's earlier orders this turn may have used up its points or money.
      const res = validateOrder(state, order, spent);
      if (!res.ok) continue;
      spent = { ap: spent.ap + res.cost.ap, moneyBn: spent.moneyBn + res.cost.moneyBn };
      orders.push(order);
    }
  }
  // Submission order matters only within an actor; shuffling across actors exercises the engine's sort.
  return orders.map((o, i) => ({ o, k: pick.next(1000) * 100 + i })).sort((a, b) => a.k - b.k).map((x) => x.o);
}

/** A facilitator inject one turn in ten. */
export function randomFacilitator(pick: Picker): FacilitatorInput {
  if (pick.next(10) !== 0) return {};
  return { injects: [{ event: WORLD_EVENT_IDS[pick.next(WORLD_EVENT_IDS.length)], note: 'fuzz' }] };
}
