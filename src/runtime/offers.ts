/**
 * Whether a pending offer can still take effect, for the Orders panel: the UI reads the simulation's
 * rules only through the runtime and the action specs (architecture rule), and a player had accepted an
 * arms offer from Moscow that could not take effect ("Russia has no arms to spare") without being told.
 */
import type { GameState, Proposal } from '../sim/state/types.js';
import { proposalBlocked } from '../sim/actions/settle.js';

/** Why `p` could not take effect if accepted now, or null. */
export function offerBlocked(state: GameState, p: Proposal): string | null {
  return proposalBlocked(state, p);
}
