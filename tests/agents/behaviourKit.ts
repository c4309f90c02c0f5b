/**
 * Counterfactual batches for the behaviour tests: many seeds of a short game with the plain director,
 * optionally a scripted (human) seat and a mutated start, returning the final states and every order.
 * Rates come with 95% Wilson intervals (the runtime's Monte Carlo helper).
 */
import { ACTOR_IDS, type ActorId } from '../../src/shared/ids.js';
import type { Order } from '../../src/shared/actions.js';
import type { GameState } from '../../src/sim/state/types.js';
import { resolveTurn } from '../../src/sim/engine.js';
import { createPlainDirector } from '../../src/agents/plain.js';
import { wilson, type Interval } from '../../src/runtime/montecarlo.js';
import { setupGame } from '../helpers/setupGame.js';

export interface ArmOptions {
  seeds: number;
  turns: number;
  /** A scripted seat: its orders per turn index (0-based); it gives nothing else. */
  script?: { actor: ActorId; orders: (turn: number, s: GameState) => Order[] };
  mutate?: (s: GameState) => void;
}

export interface Game { start: GameState; final: GameState; orders: Order[] }

/** Plays `seeds` short games (seeds 1..n) and returns each one's start, end and agents' orders. */
export function runArm(o: ArmOptions): Game[] {
  const out: Game[] = [];
  for (let seed = 1; seed <= o.seeds; seed++) {
    const seats = o.script ? { [o.script.actor]: 'human' as const } : {};
    let s = setupGame({ seed, seats, mutate: o.mutate });
    const start = s;
    const d = createPlainDirector({ difficulty: 'standard' });
    const agents = ACTOR_IDS.filter((a) => a !== o.script?.actor);
    const orders: Order[] = [];
    for (let t = 0; t < o.turns && !s.ending; t++) {
      const human = o.script ? o.script.orders(t, s) : [];
      const res = d.decide(s, human, agents);
      orders.push(...res.orders);
      const r = resolveTurn(s, [...human, ...res.orders]);
      d.observe(r.state, r.events);
      s = r.state;
    }
    out.push({ start, final: s, orders });
  }
  return out;
}

/** The share of games meeting `pred`, with its 95% interval. */
export function rate(games: readonly Game[], pred: (g: Game) => boolean): Interval {
  return wilson(games.filter(pred).length, games.length);
}

/** Mean of `f` over the games. */
export function mean(games: readonly Game[], f: (g: Game) => number): number {
  return games.reduce((a, g) => a + f(g), 0) / Math.max(1, games.length);
}

/** "0.62 [0.52, 0.71]" for test messages and the docs. */
export function show(i: Interval): string {
  return `${i.rate.toFixed(2)} [${i.low.toFixed(2)}, ${i.high.toFixed(2)}]`;
}

export const pass = (): Order[] => [];
