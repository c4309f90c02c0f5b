/**
 * Seeded pseudo-random generator (mulberry32) whose state lives in GameState, so a game is a pure
 * function of scenario + seed + orders. Agents derive their own streams with `streamSeed`.
 */
import type { RngState } from './state/types.js';

export function createRng(seed: number): RngState {
  const s = (seed >>> 0) ^ 0x9e3779b9;
  return { seed: seed >>> 0, s: s >>> 0 };
}

/** Advances the generator in place (call on an Immer draft or a private copy) and returns [0,1). */
export function nextFloat(rng: RngState): number {
  rng.s = (rng.s + 0x6d2b79f5) >>> 0;
  let t = rng.s;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

/** True with probability p. */
export function chance(rng: RngState, p: number): boolean {
  return nextFloat(rng) < p;
}

/** FNV-1a over a string: used to derive independent streams and to hash states. */
export function hashString(text: string, basis = 0x811c9dc5): number {
  let h = basis >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // h is already unsigned. (A final `>>> 0` here made V8 deoptimise the loop's on-stack-replaced code on
  // every long hash: that operation never had type feedback when the loop was compiled.)
  return h;
}

/** Seed of an independent stream, e.g. for one agent on one turn: streamSeed(seed, 'IRN', turn). */
export function streamSeed(seed: number, ...parts: (string | number)[]): number {
  return hashString(parts.join('|'), hashString(String(seed)));
}
