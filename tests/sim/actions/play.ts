/** Test helpers for the action catalogue: play one turn and find events. */
import type { Order } from '../../../src/shared/actions.js';
import type { ActorId } from '../../../src/shared/ids.js';
import { resolveTurn, type TurnResult } from '../../../src/sim/engine.js';
import type { GameEvent, GameState } from '../../../src/sim/state/types.js';

/** Builds an order. */
export const order = (actor: ActorId, type: Order['type'], params: Order['params'] = {}): Order => ({ actor, type, params });

/** Plays one turn with the given orders. */
export const play = (s: GameState, ...orders: Order[]): TurnResult => resolveTurn(s, orders);

/** The first order event of `type` by `actor`. */
export function orderEv(r: TurnResult, type: string, actor?: ActorId): GameEvent {
  const ev = r.events.find((e) => e.kind === 'order' && e.type === type && (!actor || e.actor === actor));
  if (!ev) throw new Error(`no ${type} order event; rejected: ${JSON.stringify(r.rejected.map((x) => x.reason))}`);
  return ev;
}

/** The change recorded for `path` across all events of the turn (first from, last to). */
export function change(r: TurnResult, path: string): { from: unknown; to: unknown } | undefined {
  const hits = r.events.flatMap((e) => e.effects.filter((x) => x.path === path));
  return hits.length ? { from: hits[0].from, to: hits[hits.length - 1].to } : undefined;
}
