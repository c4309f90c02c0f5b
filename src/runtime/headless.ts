/**
 * Plays a whole game without a screen: agents play every seat that has no script; a seat with a script
 * is a human seat that gives its script's orders each turn. Used by the CLI, Monte Carlo and tests.
 */
import { ACTOR_IDS, type ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState, Rejection } from '../sim/state/types.js';
import { stateHash, type FacilitatorInput } from '../sim/engine.js';
import type { AgentDirector, Difficulty } from '../agents/types.js';
import type { Seats, TurnLogEntry } from './types.js';
import { createSession, type GameSession } from './session.js';
import type { DirectorFactory } from './directors.js';

/** An order as a script gives it: the actor comes from the seat. */
export type ScriptOrder = Omit<Order, 'actor'> & { actor?: ActorId };

/** A human seat's play: orders per turn number, or a function of the state. */
export type HumanScript =
  | Readonly<Record<number, readonly ScriptOrder[]>>
  | ((state: GameState, turn: number) => readonly ScriptOrder[]);

export interface PlayOptions {
  /** Built-in scenario id or a scenario JSON object. */
  scenario: unknown;
  seed: number;
  /** Turns to play at most (default: the scenario's length); the game may end earlier. */
  turns?: number;
  humanScripts?: Partial<Record<ActorId, HumanScript>>;
  difficulty?: Difficulty;
  /** Plain-function agents instead of the XState machines. */
  plain?: boolean;
  /** Facilitator input per turn (workshop what-ifs). */
  facilitator?: Readonly<Record<number, FacilitatorInput>>;
  director?: AgentDirector;
  makeDirector?: DirectorFactory;
  /**
   * How turns are resolved (sim/engine.ts ResolveOptions). Default 'clone': the copy-based path, which
   * gives the same states as Immer's and is cheaper for batches.
   */
  engine?: 'immer' | 'clone';
  /** Keep per-turn snapshots for branching (default true; Monte Carlo turns it off). */
  keepStarts?: boolean;
  /** Called after each turn (progress, headlines). */
  onTurn?: (session: GameSession, turn: number) => void;
}

/** A script order refused when queued (it never reached the sim). */
export interface ScriptRejection extends Rejection {
  turn: number;
  stage: 'queue';
}

export interface PlayResult {
  state: GameState;
  events: GameEvent[];
  log: TurnLogEntry[];
  /** Orders refused: by the sim during resolution, and script orders refused when queued. */
  rejected: (Rejection & { turn: number; stage: 'queue' | 'resolve' })[];
  turnsPlayed: number;
  stateHash: string;
  session: GameSession;
}

function scriptOrders(script: HumanScript, state: GameState, turn: number): readonly ScriptOrder[] {
  return typeof script === 'function' ? script(state, turn) : (script[turn] ?? []);
}

/** Plays a game to its end or to `turns`. The session is returned undisposed (callers may save it). */
export function playGame(options: PlayOptions): PlayResult {
  const scripts = options.humanScripts ?? {};
  const seats: Partial<Seats> = {};
  for (const id of ACTOR_IDS) if (scripts[id]) seats[id] = 'human';
  const session = createSession({
    scenario: options.scenario, seed: options.seed, seats, difficulty: options.difficulty ?? 'standard',
    plain: options.plain, director: options.director, makeDirector: options.makeDirector,
    keepStarts: options.keepStarts, engine: options.engine ?? 'clone',
  });
  const limit = options.turns ?? session.state.scenario.turns;
  const rejected: PlayResult['rejected'] = [];
  let played = 0;
  while (!session.state.ending && played < limit) {
    const turn = session.state.turn;
    for (const id of ACTOR_IDS) {
      const script = scripts[id];
      if (!script) continue;
      for (const o of scriptOrders(script, session.state, turn)) {
        const order = { ...o, actor: id } as Order;
        const reason = session.queue(order);
        if (reason) rejected.push({ order: { actor: id, type: String(o.type), params: o.params }, reason, turn, stage: 'queue' });
      }
    }
    const extra = options.facilitator?.[turn];
    if (extra) session.facilitate(extra);
    const outcome = session.endTurn();
    for (const r of outcome.rejected) rejected.push({ ...r, turn, stage: 'resolve' });
    played++;
    options.onTurn?.(session, turn);
  }
  return {
    state: session.state,
    events: [...session.events],
    log: [...session.log],
    rejected,
    turnsPlayed: played,
    stateHash: stateHash(session.state),
    session,
  };
}
