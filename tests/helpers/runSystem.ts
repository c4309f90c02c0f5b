/** Runs one end-of-turn system (or any draft function) on a state through Immer, as the engine does. */
import { produce } from 'immer';
import { makeContext, type SimContext } from '../../src/sim/context.js';
import type { GameEvent, GameState } from '../../src/sim/state/types.js';

export function runSystem(state: GameState, fn: (ctx: SimContext) => void): { state: GameState; events: GameEvent[] } {
  const events: GameEvent[] = [];
  const next = produce(state, (draft) => {
    fn(makeContext(draft, events));
  });
  return { state: next, events };
}
