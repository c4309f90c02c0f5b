/**
 * A turn log entry whose `stateHash` is computed when first read. Hashing the whole state costs about
 * half a millisecond a turn and grows with the history; headless games and Monte Carlo batches never
 * read most entries' hashes, while saves, replays and the UI read them as before and get the same
 * value (the states are never changed after `resolveTurn` returns them, so hashing later is exact).
 */
import { stateHash } from '../sim/engine.js';
import type { GameState } from '../sim/state/types.js';
import type { TurnLogEntry } from './types.js';

/** `entry` with an enumerable `stateHash` of `state`, computed once on first read (JSON.stringify and spreads read it too). */
export function withLazyHash(entry: Omit<TurnLogEntry, 'stateHash'>, state: GameState): TurnLogEntry {
  let hash: string | null = null;
  Object.defineProperty(entry, 'stateHash', {
    enumerable: true,
    configurable: true,
    get: () => (hash ??= stateHash(state)),
  });
  return entry as TurnLogEntry;
}
