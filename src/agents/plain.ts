/**
 * The plain-function director for Monte Carlo rollouts: the same memory, the same posture and
 * alignment rules (mind/posture.ts) and the same choice (mind/decide.ts) as the XState director,
 * without actors. A test checks both return the same orders.
 */
import { ACTOR_IDS, type ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import type { AgentDirector, Alignment, Posture } from './types.js';
import { DIFFICULTY_SETTINGS } from './difficulty.js';
import type { DirectorOptions } from './director.js';
import { emptyMemory, observeTurn, type AgentMemory } from './mind/memory.js';
import { assess } from './mind/assess.js';
import { chooseOrders, prepareDecision, type PreparedDecision } from './mind/decide.js';
import { nextAlignment, nextPosture, type Assessment } from './mind/posture.js';
import { agentSeed } from './mind/seed.js';
import { agentView } from './mind/view.js';

/**
 * The seed-independent part of one turn's decisions of the agents (decide.ts prepareDecision), made
 * by one director and playable by others with the same memory (`decide`'s `prepared` argument).
 */
export interface PreparedTurn {
  state: GameState;
  /** Per agent: its prepared decision (null: game over), or the error preparing it raised. */
  agents: Partial<Record<ActorId, { decision: PreparedDecision | null } | { error: string }>>;
}

/** The plain director, with the forecast's shortcut: the first turn of every rollout prepared once. */
export interface PlainDirector extends AgentDirector {
  /**
   * Prepares `ids`' decisions for `state`, without public orders, from the agents' current memory.
   * A director whose memory was restored from the same snapshot as this one's may then decide with
   * `decide(s, [], ids, prepared)`, where `s` is `state` or a copy with another generator position
   * (`rng.s`, which no decision reads): the same orders as deciding from scratch, minus the work.
   */
  prepare(state: GameState, ids: readonly ActorId[]): PreparedTurn;
  decide(state: GameState, publicOrders: readonly Order[], ids: readonly ActorId[], prepared?: PreparedTurn): ReturnType<AgentDirector['decide']>;
}

interface PlainAgent { memory: AgentMemory; posture: Posture; alignment: Alignment; assessment: Assessment | null }

function fresh(id: ActorId): PlainAgent {
  return { memory: emptyMemory(id), posture: 'guarded', alignment: 'hedging', assessment: null };
}

export function createPlainDirector(options: DirectorOptions): PlainDirector {
  const settings = DIFFICULTY_SETTINGS[options.difficulty];
  let agents = {} as Record<ActorId, PlainAgent>;
  for (const id of ACTOR_IDS) agents[id] = fresh(id);
  let lastState: GameState | null = null;

  const observeOne = (id: ActorId, state: GameState, events: readonly GameEvent[]): void => {
    const ag = agents[id];
    const memory = observeTurn(ag.memory, state, events, settings.unseenCovertWeight);
    const a = assess(state, memory);
    agents[id] = { memory, assessment: a, posture: nextPosture(ag.posture, a), alignment: nextAlignment(a) };
  };

  const prepareOne = (id: ActorId, state: GameState, publicOrders: readonly Order[]): PreparedDecision | null => {
    if (agents[id].memory.observedTurn !== state.turn) observeOne(id, state, []);
    const ag = agents[id];
    return prepareDecision({ state, publicOrders, memory: ag.memory, posture: ag.posture, alignment: ag.alignment, settings, score: options.score });
  };

  return {
    observe(state, events) {
      lastState = state;
      for (const id of ACTOR_IDS) {
        try { observeOne(id, state, events); } catch { /* memory unchanged */ }
      }
    },
    prepare(state, ids) {
      const out: PreparedTurn = { state, agents: {} };
      for (const id of ACTOR_IDS) {
        if (!ids.includes(id)) continue;
        try {
          out.agents[id] = { decision: prepareOne(id, state, []) };
        } catch (e) {
          out.agents[id] = { error: e instanceof Error ? e.message : String(e) };
        }
      }
      return out;
    },
    decide(state, publicOrders, ids, prepared) {
      lastState = state;
      const orders: Order[] = [];
      const failures: { actor: ActorId; error: string }[] = [];
      for (const id of ACTOR_IDS) {
        if (!ids.includes(id)) continue;
        try {
          const seed = agentSeed(state, id, options.seed);
          // Prepared decisions assume no public orders and a memory that has seen this turn (as the forecast's).
          const ready = publicOrders.length === 0 && agents[id].memory.observedTurn === state.turn ? prepared?.agents[id] : undefined;
          let decision: PreparedDecision | null;
          if (!ready) decision = prepareOne(id, state, publicOrders);
          else if ('error' in ready) throw new Error(ready.error);
          else decision = ready.decision;
          if (decision) orders.push(...chooseOrders(decision, seed, options.explain ?? true));
        } catch (e) {
          failures.push({ actor: id, error: e instanceof Error ? e.message : String(e) });
        }
      }
      return { orders, failures };
    },
    view(id) {
      const ag = agents[id];
      return agentView(ag.memory, ag.posture, ag.alignment, ag.assessment, lastState);
    },
    snapshot() {
      return JSON.parse(JSON.stringify(agents));
    },
    restore(snapshot) {
      agents = JSON.parse(JSON.stringify(snapshot)) as Record<ActorId, PlainAgent>;
    },
    stop() { /* nothing to stop */ },
  };
}
