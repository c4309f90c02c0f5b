/**
 * Replaying a save without agents: the recorded orders of every actor are resolved turn by turn. Used
 * by `npm run replay` and the replay tests; the hash it ends with must equal the game's own.
 */
import { getScenario } from '../sim/scenario/registry.js';
import { createGame, resolveTurn, stateHash, withControllers } from '../sim/engine.js';
import type { FacilitatorInput } from '../sim/engine.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import type { SaveFile } from './save-schema.js';

export interface ReplayResult {
  ok: true;
  state: GameState;
  /** Hash after each replayed turn, in log order. */
  hashes: { turn: number; hash: string; recorded?: string }[];
  finalHash: string;
  /** True when every recorded hash, and the final one, was reproduced. */
  matches: boolean;
  /** First turn whose hash differs from the recorded one, if any. */
  firstMismatch: number | null;
  events: GameEvent[];
}

/** Replays a parsed save. Never throws: problems come back as `{ ok: false, error }`. */
export function replaySave(save: SaveFile, scenario?: unknown): ReplayResult | { ok: false; error: string } {
  try {
    const file = scenario ?? getScenario(save.scenario.id);
    if (file === undefined) return { ok: false, error: `this save is from scenario ${save.scenario.id}, which this game does not have` };
    let state = createGame(file, save.seed, { seats: save.seats });
    if (state.scenario.hash !== save.scenario.hash) {
      return { ok: false, error: `this save is from another version of scenario ${save.scenario.id} (file hash ${save.scenario.hash}, this game's is ${state.scenario.hash})` };
    }
    const hashes: ReplayResult['hashes'] = [];
    const events: GameEvent[] = [];
    let firstMismatch: number | null = null;
    for (const entry of save.turns) {
      // A seat that changed hands this turn is recorded with the turn (session.ts endTurn).
      if (entry.seats) state = withControllers(state, entry.seats);
      const res = resolveTurn(state, entry.orders, (entry.facilitator ?? {}) as FacilitatorInput);
      state = res.state;
      events.push(...res.events);
      const hash = stateHash(state);
      hashes.push({ turn: entry.turn, hash, ...(entry.stateHash ? { recorded: entry.stateHash } : {}) });
      if (firstMismatch === null && entry.stateHash && entry.stateHash !== hash) firstMismatch = entry.turn;
    }
    const finalHash = stateHash(state);
    return { ok: true, state, hashes, finalHash, matches: firstMismatch === null && finalHash === save.stateHash, firstMismatch, events };
  } catch (err) {
    return { ok: false, error: `the save could not be replayed (${err instanceof Error ? err.message : String(err)})` };
  }
}
