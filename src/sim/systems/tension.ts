/**
 * The regional tension index (0..100), recomputed each turn from the escalation ladder, the wars
 * under way, the Gaza war and the Israel-Iran confrontation. The highest rung dominates, so a single
 * crisis is visible even when every other pair is calm.
 */
import { PAIR_KEYS } from '../../shared/ids.js';
import type { SimContext } from '../context.js';
import { addGlobal, clamp, round2 } from '../effects.js';
import type { Factor, GameState } from '../state/types.js';

/** The tension index and its terms (the UI's tooltip shows the factors). */
export function computeTension(state: Pick<GameState, 'pairs' | 'global'>): { value: number; factors: Factor[] } {
  let maxRung = 0;
  let squares = 0;
  let wars = 0;
  for (const key of PAIR_KEYS) {
    const p = state.pairs[key];
    maxRung = Math.max(maxRung, p.rung);
    squares += (p.rung / 10) ** 2;
    if (p.atWar) wars += 1;
  }
  const factors: Factor[] = [
    { label: 'highest escalation rung', weight: round2(3.5 * maxRung) },
    { label: 'all rungs (weighted toward the high ones)', weight: round2(10 * squares) },
    { label: 'wars under way', weight: 8 * wars },
    { label: 'Gaza war', weight: round2(1.5 * state.global.gazaIntensity) },
    { label: 'Israel-Iran confrontation', weight: round2(2 * state.global.israelIranLevel) },
  ];
  const value = round2(clamp(factors.reduce((s, f) => s + f.weight, 0), 0, 100));
  return { value, factors };
}

/** Updates global.tension; records an event only when it moves by at least one point. */
export function runTension(ctx: SimContext): void {
  const { value, factors } = computeTension(ctx.state as GameState);
  const from = ctx.state.global.tension;
  if (Math.abs(value - from) >= 1) {
    const ev = ctx.emit({
      kind: 'world', type: 'system.tension', actor: null, outcome: 'info', factors,
      text: `Regional tension ${value > from ? 'rises' : 'eases'} to ${Math.round(value)} of 100.`,
    });
    addGlobal(ctx.state, ev, 'tension', value - from);
  } else {
    ctx.state.global.tension = value;
  }
}
