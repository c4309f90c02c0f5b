/**
 * The session runtime's public interface, used by the browser UI, the CLI and the tests.
 * A session owns the state, the turn loop, the order log, saves, replay and branching.
 */
import type { ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState, Rejection } from '../sim/state/types.js';
import type { FacilitatorInput } from '../sim/engine.js';
import type { AgentView, Difficulty } from '../agents/types.js';

export type Seats = Record<ActorId, 'human' | 'agent'>;

/** One resolved turn as the log keeps it: enough to replay it exactly. */
export interface TurnLogEntry {
  turn: number;
  /** Every order resolved this turn, human and agent, in submission order. */
  orders: Order[];
  facilitator?: FacilitatorInput;
  /** Seat changes made before this turn resolved. */
  seats?: Seats;
  rejected: Rejection[];
  agentFailures: { actor: ActorId; error: string }[];
  stateHash: string;
}

export interface TurnOutcome {
  turn: number;
  events: GameEvent[];
  rejected: Rejection[];
  agentOrders: Order[];
  agentFailures: { actor: ActorId; error: string }[];
  state: GameState;
}

export interface SessionOptions {
  scenario: unknown; // a scenario object (validated) or an id known to the registry
  seed: number;
  seats: Partial<Seats>;
  difficulty: Difficulty;
}

export interface GameSessionApi {
  readonly state: GameState;
  readonly seats: Seats;
  readonly difficulty: Difficulty;
  readonly seed: number;
  /** Turn log so far. */
  readonly log: readonly TurnLogEntry[];
  /** Events of every resolved turn, oldest first. */
  readonly events: readonly GameEvent[];
  /** Orders queued this turn by each human seat. */
  pending(actor: ActorId): readonly Order[];
  /** Queues an order for a human seat; returns a refusal reason, or null when queued. */
  queue(order: Order): string | null;
  unqueue(actor: ActorId, index: number): void;
  /** Facilitator: inject an event or force an outcome for this turn. */
  facilitate(input: FacilitatorInput): void;
  setSeat(actor: ActorId, who: 'human' | 'agent'): void;
  /** Resolves the turn: agents decide, the sim resolves, the log grows, listeners hear. */
  endTurn(): TurnOutcome;
  /** The agent's view of `actor`; its summary is empty for a seat a team plays (the agent only shadows it). */
  agentView(actor: ActorId): AgentView;
  /** A new session from the start of `turn` (1-based), with the same history before it. */
  branch(turn: number): GameSessionApi;
  subscribe(listener: (outcome: TurnOutcome) => void): () => void;
}
