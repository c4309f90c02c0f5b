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
import { decideTurn } from './mind/decide.js';
import { nextAlignment, nextPosture, type Assessment } from './mind/posture.js';
import { agentSeed } from './mind/seed.js';
import { agentView } from './mind/view.js';

interface PlainAgent { memory: AgentMemory; posture: Posture; alignment: Alignment; assessment: Assessment | null }

function fresh(id: ActorId): PlainAgent {
  return { memory: emptyMemory(id), posture: 'guarded', alignment: 'hedging', assessment: null };
}

export function createPlainDirector(options: DirectorOptions): AgentDirector {
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

  return {
    observe(state, events) {
      lastState = state;
      for (const id of ACTOR_IDS) {
        try { observeOne(id, state, events); } catch { /* memory unchanged */ }
      }
    },
    decide(state, publicOrders, ids) {
      lastState = state;
      const orders: Order[] = [];
      const failures: { actor: ActorId; error: string }[] = [];
      for (const id of ACTOR_IDS) {
        if (!ids.includes(id)) continue;
        try {
          if (agents[id].memory.observedTurn !== state.turn) observeOne(id, state, []);
          const ag = agents[id];
          orders.push(...decideTurn({
            state, publicOrders, memory: ag.memory, posture: ag.posture, alignment: ag.alignment, settings,
            seed: agentSeed(state, id, options.seed), score: options.score,
          }));
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
