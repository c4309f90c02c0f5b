/** Each agent draws from its own stream: streamSeed(game seed, actor, turn), mixed with the director's seed if given. */
import type { ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { streamSeed } from '../../sim/rng.js';

export function agentSeed(state: GameState, actor: ActorId, directorSeed?: number): number {
  return directorSeed === undefined ? streamSeed(state.rng.seed, actor, state.turn) : streamSeed(state.rng.seed, actor, state.turn, directorSeed);
}
