/** Appends the turn's indicators to the history (charts and the debrief read it). */
import { ACTOR_IDS, PAIR_KEYS, type ActorId, type PairKey } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import type { GameState, TurnRecord } from '../state/types.js';

/** The indicators of a state as one history row (also used by the history system). */
export function turnRecord(state: Pick<GameState, 'turn' | 'global' | 'pairs' | 'actors'>, turn = state.turn): TurnRecord {
  const relations = {} as Record<PairKey, number>;
  const rungs = {} as Record<PairKey, number>;
  for (const key of PAIR_KEYS) {
    relations[key] = state.pairs[key].relation;
    rungs[key] = state.pairs[key].rung;
  }
  const stability = {} as Record<ActorId, number>;
  let casualties = 0;
  let displaced = 0;
  for (const id of ACTOR_IDS) {
    stability[id] = state.actors[id].stability;
    casualties += state.actors[id].casualties;
    displaced += state.actors[id].displaced;
  }
  return { turn, tension: state.global.tension, relations, rungs, stability, casualties, displaced };
}

export function runHistory(ctx: SimContext): void {
  const rec = turnRecord(ctx.state as GameState);
  const h = ctx.state.history;
  // Replace rather than duplicate if a record for this turn exists (a re-run after a facilitator undo).
  const i = h.findIndex((r) => r.turn === rec.turn);
  if (i >= 0) h[i] = rec;
  else h.push(rec);
}
