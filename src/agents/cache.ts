/**
 * Per-state derived numbers, computed once and shared by every agent's assessment and scoring in a
 * turn. Game states are never mutated after `resolveTurn` returns them (Immer makes a new object for
 * every change), so a WeakMap keyed by the state object is a safe memo: a new state misses the cache,
 * an old one is collected with its entry.
 */
import { ACTOR_IDS, type ActorId } from '../shared/ids.js';
import type { GameState } from '../sim/state/types.js';
import { militaryStrength, offensiveCapability, power } from '../sim/state/selectors.js';

export interface StateFacts {
  power: Record<ActorId, number>;
  offence: Record<ActorId, number>;
  strength: Record<ActorId, number>;
  maxPower: number;
  maxOffence: number;
  /** Memo slots for agent-level derived data (threat rows, candidate lists), keyed by the caller. */
  memo: Map<string, unknown>;
}

const FACTS = new WeakMap<GameState, StateFacts>();

/**
 * The state asked about last and its facts. A turn asks for the same state's facts a few hundred times
 * (every threat term, every agent); comparing one reference is much cheaper than a WeakMap lookup,
 * whose table also fills with every state until the collector clears it. Keeps one state alive.
 */
let last: { state: GameState; facts: StateFacts } | null = null;

/** The derived numbers of `state`, computed on first use. */
export function facts(state: GameState): StateFacts {
  if (last !== null && last.state === state) return last.facts;
  const f = FACTS.get(state) ?? computeFacts(state);
  last = { state, facts: f };
  return f;
}

function computeFacts(state: GameState): StateFacts {
  const pw = {} as Record<ActorId, number>;
  const off = {} as Record<ActorId, number>;
  const str = {} as Record<ActorId, number>;
  let maxPower = 1e-9;
  let maxOffence = 1e-9;
  for (const a of ACTOR_IDS) {
    pw[a] = power(state, a);
    off[a] = offensiveCapability(state, a);
    str[a] = militaryStrength(state, a);
    maxPower = Math.max(maxPower, pw[a]);
    maxOffence = Math.max(maxOffence, off[a]);
  }
  const f: StateFacts = { power: pw, offence: off, strength: str, maxPower, maxOffence, memo: new Map() };
  FACTS.set(state, f);
  return f;
}

/** `compute()` once per state and key (callers include everything the value depends on in the key). */
export function memo<T>(state: GameState, key: string, compute: () => T): T {
  const m = facts(state).memo;
  if (m.has(key)) return m.get(key) as T;
  const v = compute();
  m.set(key, v);
  return v;
}
