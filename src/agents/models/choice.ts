/**
 * Seeded softmax choice. Temperature sets how carefully an agent thinks (difficulty): near 0 it
 * always takes the best option, high values make it erratic. The generator is the agent's own stream.
 */
import { nextFloat } from '../../sim/rng.js';
import type { RngState } from '../../sim/state/types.js';

/** Softmax probabilities of `utilities` at temperature `t` (t <= 0 picks the maximum). */
export function softmax(utilities: readonly number[], t: number): number[] {
  if (!utilities.length) return [];
  let max = -Infinity;
  for (const u of utilities) if (u > max) max = u;
  if (t <= 1e-9) {
    const first = utilities.indexOf(max);
    return utilities.map((_, i) => (i === first ? 1 : 0));
  }
  const exps = utilities.map((u) => Math.exp((u - max) / t));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

/** Index drawn from `probabilities` with one draw of the generator (mutated in place). */
export function sampleIndex(probabilities: readonly number[], rng: RngState): number {
  const r = nextFloat(rng);
  let acc = 0;
  for (let i = 0; i < probabilities.length; i++) {
    acc += probabilities[i];
    if (r < acc) return i;
  }
  return probabilities.length - 1;
}

/** Scratch for chooseIndex's exponentials (a Float64Array holds each double exactly). */
let EXPS = new Float64Array(256);

/**
 * Softmax then sample: the index of the chosen utility, among the first `n` of `utilities`. The same
 * arithmetic as `sampleIndex(softmax(...))` (the same exponentials, summed and accumulated in the same
 * order) without the three arrays: agents call this several times a turn over ~70 candidates each.
 */
export function chooseIndex(utilities: ArrayLike<number>, temperature: number, rng: RngState, n = utilities.length): number {
  if (n === 0 || temperature <= 1e-9) return sampleIndex(softmax(Array.prototype.slice.call(utilities, 0, n) as number[], temperature), rng);
  let max = -Infinity;
  for (let i = 0; i < n; i++) if (utilities[i] > max) max = utilities[i];
  if (EXPS.length < n) EXPS = new Float64Array(2 * n);
  const exps = EXPS;
  let sum = 0;
  for (let i = 0; i < n; i++) {
    exps[i] = Math.exp((utilities[i] - max) / temperature);
    sum += exps[i];
  }
  const r = nextFloat(rng);
  let acc = 0;
  for (let i = 0; i < n; i++) {
    acc += exps[i] / sum;
    if (r < acc) return i;
  }
  return n - 1;
}
