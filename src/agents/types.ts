/**
 * The agents' public interface. The runtime talks to agents only through `AgentDirector`; the XState
 * director and the plain-function path (used by Monte Carlo rollouts) both implement it and must
 * return the same orders for the same inputs.
 */
import type { ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState } from '../sim/state/types.js';

export type Difficulty = 'novice' | 'standard' | 'expert';
export const DIFFICULTIES: readonly Difficulty[] = ['novice', 'standard', 'expert'];

export type Posture = 'cooperative' | 'guarded' | 'hostile' | 'mobilised' | 'atWar';

/** A posture in words for players ("at war", not the id "atWar"). */
export function postureWords(p: string): string {
  return p === 'atWar' ? 'at war' : p;
}
export type Alignment = 'balancing' | 'hedging' | 'bandwagoning';

/** What the UI shows about an agent's mind (country panel, "Why?" cards). */
export interface AgentView {
  actor: ActorId;
  posture: Posture;
  alignment: Alignment;
  /** Whom it balances against and with whom, in plain words. */
  summary: string;
  /** Perceived threat from each other actor, 0..1 normalised. */
  threat: Partial<Record<ActorId, number>>;
}

export interface AgentDirector {
  /**
   * Updates every agent's memory from the turn just resolved (called for all six states, human seats
   * included, so an agent that takes over a seat mid-game knows the history).
   */
  observe(state: GameState, events: readonly GameEvent[]): void;
  /**
   * Chooses orders for `actors` (the computer-controlled seats) given the state before resolution and
   * the turn's public orders from humans. Never throws: an agent that fails passes the turn and the
   * failure is reported in `failures`.
   */
  decide(state: GameState, publicOrders: readonly Order[], actors: readonly ActorId[]): { orders: Order[]; failures: { actor: ActorId; error: string }[] };
  view(actor: ActorId): AgentView;
  /** Plain-JSON memory of all agents, for branching and saves. */
  snapshot(): unknown;
  restore(snapshot: unknown): void;
  stop(): void;
}
