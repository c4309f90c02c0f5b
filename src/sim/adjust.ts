/**
 * Facilitator adjustments: the White Cell sets a scenario value (an actor's stability, a pair's
 * relation, the Gaza war's intensity...) before the turn's orders resolve. Only a whitelist of numeric
 * paths is accepted; values are clamped to the field's range, and each change is recorded as a
 * 'facilitator' event carrying the note, so the news, the log and the review show it.
 */
import type { Draft } from 'immer';
import { isActorId, pairKey } from '../shared/ids.js';
import { adjustAmount, adjustLabel } from '../shared/adjustLabels.js';
import type { GameState } from './state/types.js';
import type { SimContext } from './context.js';
import { clamp, round2 } from './effects.js';

/** One requested change, as FacilitatorInput.adjust carries it. */
export interface Adjustment {
  path: string;
  value: number;
  note: string;
}

/** Adjustable actor fields and their ranges. */
export const ADJUST_ACTOR_FIELDS = {
  stability: [0, 100], treasuryBn: [0, 1e6], nationalism: [0, 100], credibility: [0, 100], standing: [0, 100], distraction: [0, 100],
} as const satisfies Record<string, readonly [number, number]>;

/** Adjustable pair fields ('AZE-IRN.relation'). */
export const ADJUST_PAIR_FIELDS = { relation: [-100, 100], trust: [0, 100], rung: [0, 10] } as const satisfies Record<string, readonly [number, number]>;

/**
 * Adjustable world fields ('global.gazaIntensity'). The tension index is left out: it is derived
 * from the rungs at the end of every turn, so setting it would be overwritten at once.
 */
export const ADJUST_GLOBAL_FIELDS = {
  gazaIntensity: [0, 10], israelIranLevel: [0, 10], russiaUkraineLoad: [0, 100], btcFlow: [0, 1],
} as const satisfies Record<string, readonly [number, number]>;

/** Where a path points: the object holding the field, the field and its range; null when refused. */
interface Target {
  holder: Record<string, unknown>;
  field: string;
  range: readonly [number, number];
  /** The canonical path (pairs in alphabetical order). */
  path: string;
}

function locate(state: Draft<GameState> | GameState, path: string): Target | null {
  const dot = path.indexOf('.');
  if (dot < 0) return null;
  const head = path.slice(0, dot);
  const field = path.slice(dot + 1);
  if (head === 'global' && Object.hasOwn(ADJUST_GLOBAL_FIELDS, field)) {
    return { holder: state.global as unknown as Record<string, unknown>, field, range: ADJUST_GLOBAL_FIELDS[field as keyof typeof ADJUST_GLOBAL_FIELDS], path };
  }
  if (isActorId(head) && Object.hasOwn(ADJUST_ACTOR_FIELDS, field)) {
    return { holder: state.actors[head] as unknown as Record<string, unknown>, field, range: ADJUST_ACTOR_FIELDS[field as keyof typeof ADJUST_ACTOR_FIELDS], path };
  }
  const [a, b, extra] = head.split('-');
  if (extra === undefined && isActorId(a) && isActorId(b) && a !== b && Object.hasOwn(ADJUST_PAIR_FIELDS, field)) {
    const key = pairKey(a, b);
    const pair = state.pairs[key];
    if (!pair) return null;
    return { holder: pair as unknown as Record<string, unknown>, field, range: ADJUST_PAIR_FIELDS[field as keyof typeof ADJUST_PAIR_FIELDS], path: `${key}.${field}` };
  }
  return null;
}

/** Why a path cannot be adjusted, or null when it can (the UI checks before queuing). */
export function adjustRefusal(state: GameState, path: string): string | null {
  return locate(state, path) ? null : `"${path}" is not an adjustable value (e.g. ARM.stability, AZE-IRN.relation, global.gazaIntensity)`;
}

/** The current value at an adjustable path, or null. */
export function adjustableValue(state: GameState, path: string): number | null {
  const t = locate(state, path);
  const v = t?.holder[t.field];
  return typeof v === 'number' ? v : null;
}

/** The range an adjustable path is clamped to, or null when the path is not adjustable. */
export function adjustableRange(state: GameState, path: string): readonly [number, number] | null {
  return locate(state, path)?.range ?? null;
}

/**
 * Applies the adjustments in order. A refused path or a non-finite value changes nothing and is
 * recorded as an 'info' facilitator event, so a hand-edited save cannot reach other fields.
 */
export function applyAdjustments(ctx: SimContext, adjustments: readonly Adjustment[]): void {
  for (const adj of adjustments) {
    const note = typeof adj.note === 'string' ? adj.note : '';
    const target = typeof adj.path === 'string' ? locate(ctx.state, adj.path) : null;
    if (!target || typeof adj.value !== 'number' || !Number.isFinite(adj.value)) {
      ctx.emit({ kind: 'facilitator', type: 'facilitator.adjust', actor: null, outcome: 'info', text: `The White Cell's adjustment of ${String(adj.path)} was refused: not an adjustable value.` });
      continue;
    }
    const from = target.holder[target.field] as number;
    const to = round2(clamp(adj.value, target.range[0], target.range[1]));
    target.holder[target.field] = to;
    const ev = ctx.emit({
      kind: 'facilitator', type: 'facilitator.adjust', actor: null, outcome: 'ok',
      // In words ("the escalation rung between Tehran and Israel"); the effect keeps the path for the log.
      text: `The White Cell set ${adjustLabel(target.path)} from ${adjustAmount(target.path, from)} to ${adjustAmount(target.path, to)}${note ? ` (${note})` : ''}.`,
    });
    ev.effects.push({ path: target.path, from, to });
  }
}
