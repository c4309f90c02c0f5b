/**
 * Test helpers for the runtime: a small, real, deterministic director (it picks one legal order per
 * agent per turn from a seeded stream and remembers how many events it has seen), so the session's
 * plumbing is tested independently of the full agents, and a session factory using it.
 */
import type { ActorId } from '../../src/shared/ids.js';
import type { Order } from '../../src/shared/actions.js';
import type { GameEvent, GameState } from '../../src/sim/state/types.js';
import type { AgentDirector, AgentView } from '../../src/agents/types.js';
import { legalOrders } from '../../src/sim/orders.js';
import { nextFloat, streamSeed, createRng } from '../../src/sim/rng.js';
import { createSession, type CreateSessionOptions, type GameSession } from '../../src/runtime/session.js';

export const SCENARIO = 'autumn-2023';

interface Memory { seen: number; turns: number; heard: number }

/** Picks, for each agent, one legal non-military order drawn from a stream of (seed, actor, turn, memory). */
export class SeededTestDirector implements AgentDirector {
  memory: Memory = { seen: 0, turns: 0, heard: 0 };
  constructor(readonly seed: number) {}
  observe(_state: GameState, events: readonly GameEvent[]): void {
    this.memory = { ...this.memory, seen: this.memory.seen + events.length, turns: this.memory.turns + 1 };
  }
  decide(state: GameState, publicOrders: readonly Order[], actors: readonly ActorId[]) {
    this.memory = { ...this.memory, heard: this.memory.heard + publicOrders.length };
    const orders: Order[] = [];
    for (const actor of actors) {
      const options = legalOrders(state, actor).filter((o) => !o.type.startsWith('military.'));
      if (!options.length) continue;
      // The memory enters the draw, so a director restored from the wrong snapshot would choose differently.
      const rng = createRng(streamSeed(this.seed, actor, state.turn, this.memory.seen));
      orders.push({ ...options[Math.floor(nextFloat(rng) * options.length)], reasons: [{ text: 'test draw', weight: 1 }] });
    }
    return { orders, failures: [] };
  }
  view(actor: ActorId): AgentView {
    return { actor, posture: 'guarded', alignment: 'hedging', summary: `seen ${this.memory.seen} events`, threat: {} };
  }
  snapshot(): unknown { return { ...this.memory }; }
  restore(snapshot: unknown): void { this.memory = { ...(snapshot as Memory) }; }
  stop(): void {}
}

/** A session on the default scenario with the test director. */
export function testSession(options: Partial<CreateSessionOptions> = {}): GameSession {
  const seed = options.seed ?? 7;
  return createSession({
    scenario: SCENARIO, seed, seats: {}, difficulty: 'standard',
    makeDirector: () => new SeededTestDirector(seed), ...options,
  });
}

/** Hashes of every turn of a log. */
export const hashes = (s: GameSession) => s.log.map((e) => e.stateHash);
