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

/** Softmax then sample: the index of the chosen utility. */
export function chooseIndex(utilities: readonly number[], temperature: number, rng: RngState): number {
  return sampleIndex(softmax(utilities, temperature), rng);
}
