/**
 * The XState director: one nation actor per state, driven turn by turn by OBSERVE and DECIDE events.
 * An agent that throws passes its turn; its failure is reported and its actor is restored from the
 * last good snapshot, so the others are unaffected.
 */
import { createActor, type Actor, type SnapshotFrom } from 'xstate';
import { ACTOR_IDS, type ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import type { AgentDirector, AgentView, Difficulty } from './types.js';
import { DIFFICULTY_SETTINGS } from './difficulty.js';
import { nationMachine } from './machines/nation.js';
import type { ScoreModel } from './mind/decide.js';
import { agentSeed } from './mind/seed.js';
import { agentView } from './mind/view.js';

export interface DirectorOptions {
  difficulty: Difficulty;
  /** Mixed into every agent's stream; leave undefined to use the game's seed alone. */
  seed?: number;
  /** Replaces the scoring model (tests inject a failing one for a given actor). */
  score?: ScoreModel;
  /**
   * Write each chosen order's reasons and trigger (default true). The forecast's rollouts turn it off:
   * nobody reads their orders' words, and writing them was ~5% of a rollout. The orders are the same.
   */
  explain?: boolean;
}

type NationActor = Actor<typeof nationMachine>;

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function createDirector(options: DirectorOptions): AgentDirector {
  const settings = DIFFICULTY_SETTINGS[options.difficulty];
  const actors = {} as Record<ActorId, NationActor>;
  let lastState: GameState | null = null;

  const spawn = (id: ActorId, snapshot?: unknown): NationActor => {
    const a = snapshot
      ? createActor(nationMachine, { input: { actor: id, settings }, snapshot: snapshot as SnapshotFrom<typeof nationMachine> })
      : createActor(nationMachine, { input: { actor: id, settings } });
    // Errors are handled by `send` (restore and report); a subscriber keeps XState from rethrowing them.
    a.subscribe({ error: () => undefined });
    a.start();
    return a;
  };
  for (const id of ACTOR_IDS) actors[id] = spawn(id);

  /** Sends an event; if the actor errored, restores it from `before` and rethrows the error. */
  const send = (id: ActorId, event: Parameters<NationActor['send']>[0]): void => {
    const before = actors[id].getPersistedSnapshot();
    actors[id].send(event);
    const snap = actors[id].getSnapshot();
    if (snap.status === 'error') {
      actors[id].stop();
      actors[id] = spawn(id, before);
      throw snap.error instanceof Error ? snap.error : new Error(String(snap.error));
    }
  };

  const observeOne = (id: ActorId, state: GameState, events: readonly GameEvent[]): void => send(id, { type: 'OBSERVE', state, events });

  return {
    observe(state, events) {
      lastState = state;
      for (const id of ACTOR_IDS) {
        try { observeOne(id, state, events); } catch { /* memory unchanged; the next decide reports it */ }
      }
    },
    decide(state, publicOrders, ids) {
      lastState = state;
      const orders: Order[] = [];
      const failures: { actor: ActorId; error: string }[] = [];
      for (const id of ACTOR_IDS) {
        if (!ids.includes(id)) continue;
        try {
          // An agent that has not yet seen this state (first turn, a restored save) looks first.
          if (actors[id].getSnapshot().context.memory.observedTurn !== state.turn) observeOne(id, state, []);
          send(id, { type: 'DECIDE', state, publicOrders, seed: agentSeed(state, id, options.seed), score: options.score });
          const c = actors[id].getSnapshot().context;
          if (c.lastError !== null) throw new Error(c.lastError);
          orders.push(...c.lastOrders);
        } catch (e) {
          failures.push({ actor: id, error: errorText(e) });
        }
      }
      return { orders, failures };
    },
    view(id): AgentView {
      const c = actors[id].getSnapshot().context;
      return agentView(c.memory, c.posture, c.alignment, c.memory.observedTurn >= 0 ? c.assessment : null, lastState);
    },
    snapshot() {
      const out: Record<string, unknown> = {};
      for (const id of ACTOR_IDS) out[id] = actors[id].getPersistedSnapshot();
      return JSON.parse(JSON.stringify(out));
    },
    restore(snapshot) {
      const snap = snapshot as Record<ActorId, unknown>;
      for (const id of ACTOR_IDS) {
        actors[id].stop();
        actors[id] = spawn(id, snap[id]);
      }
    },
    stop() {
      for (const id of ACTOR_IDS) actors[id].stop();
    },
  };
}
