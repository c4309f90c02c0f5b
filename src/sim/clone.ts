/**
 * A private copy of a game state for the clone-based resolution path (engine.ts, `engine: 'clone'`):
 * handlers then mutate plain objects instead of Immer proxies, which is several times cheaper for
 * the rollouts of Monte Carlo batches and the forecast. The state is plain JSON, so a hand-written
 * recursive copy is exact (and faster than structuredClone on objects this small).
 *
 * `history` is append-only: the history system pushes a new row or replaces a row by assignment and
 * never edits one in place, so the copy shares the rows by reference and only copies the array.
 */
import type { GameState } from './state/types.js';

/** A deep copy of a plain JSON value (objects, arrays, strings, numbers, booleans, null). */
export function copyJson<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const n = value.length;
    const out = new Array(n);
    for (let i = 0; i < n; i++) {
      const v = value[i];
      // Most arrays hold ids (neighbours, consulates, memberships): copy those without a call each.
      out[i] = v !== null && typeof v === 'object' ? copyJson(v) : v;
    }
    return out as T;
  }
  // Spread, then deepen in place: the spread copies the source's hidden class, so a copied actor (20
  // fields) keeps fast properties. Adding keys one by one (`out[k] = ...`) turned every object of more
  // than ~16 keys into a slow dictionary after the first turn, and every read of it into a hash lookup.
  const out = { ...(value as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copyJson(v);
  }
  return out as T;
}

/** A copy of `state` that may be mutated freely without touching `state` (history rows are shared). */
export function cloneState(state: GameState): GameState {
  const out = { ...state } as unknown as Record<string, unknown>;
  for (const k in out) out[k] = k === 'history' ? state.history.slice() : copyJson(out[k]);
  return out as unknown as GameState;
}
