/**
 * Where the runtime gets its agents: the XState director for play, the plain-function director for
 * Monte Carlo rollouts. Both implement `AgentDirector` and must choose the same orders.
 */
import type { AgentDirector, Difficulty } from '../agents/types.js';
import { createDirector } from '../agents/director.js';
import { createPlainDirector } from '../agents/plain.js';

/** Makes a fresh director; the session calls it again when it branches or loads a save. */
export type DirectorFactory = () => AgentDirector;

export interface DirectorChoice {
  difficulty: Difficulty;
  seed: number;
  /** Use the plain-function path instead of the XState machines (faster, same choices). */
  plain?: boolean;
}

/** The default factory for a game: XState machines unless `plain` is set. */
export function directorFactory(choice: DirectorChoice): DirectorFactory {
  const opts = { difficulty: choice.difficulty, seed: choice.seed };
  return choice.plain ? () => createPlainDirector(opts) : () => createDirector(opts);
}
