/**
 * Small helpers that change the draft and record each change as an Effect on an event, clamped to the
 * field's range. Handlers and systems use these instead of writing fields directly, so every change
 * shows up in the news feed and the debrief.
 */
import { param } from './scenario/params.js';
import type { Draft } from 'immer';
import { BRANCHES, type ActorId, type Branch } from '../shared/ids.js';
import { pairKeyOf } from './state/selectors.js';
import type { ActorState, GameEvent, GameState, GlobalState, PairState } from './state/types.js';

export const clamp = (v: number, lo: number, hi: number): number => (v < lo ? lo : v > hi ? hi : v);

/** Rounds to 2 decimals so that hashes and logs stay readable and stable. */
export const round2 = (v: number): number => Math.round(v * 100) / 100;

type NumericActorField = {
  [K in keyof ActorState]: ActorState[K] extends number ? K : never;
}[keyof ActorState];

const ACTOR_RANGES: Partial<Record<NumericActorField, [number, number]>> = {
  stability: [0, 100],
  nationalism: [0, 100],
  credibility: [0, 100],
  standing: [0, 100],
  distraction: [0, 100],
  treasuryBn: [0, 1e6],
  actionPoints: [0, 100],
  oilToIsrael: [0, 2],
  casualties: [0, 1e9],
  displaced: [0, 1e9],
  gdpBn: [0, 1e6],
  milexBn: [0, 1e6],
};

type Value = GameEvent['effects'][number]['from'];

function record(ev: GameEvent | null, path: string, from: Value, to: Value): void {
  if (!ev || from === to) return;
  const existing = ev.effects.find((e) => e.path === path);
  if (existing) existing.to = to;
  else ev.effects.push({ path, from, to });
}

/**
 * Effect paths like 'AZE-IRN.relation' or 'ARM.stability', built once per pair or actor and field: the
 * drift and the economy change most pairs and actors every turn, each change named by its path.
 */
const PATHS = new Map<string, Map<string, string>>();

function pathOf(head: string, field: string): string {
  let byField = PATHS.get(head);
  if (!byField) PATHS.set(head, (byField = new Map()));
  let path = byField.get(field);
  if (path === undefined) byField.set(field, (path = `${head}.${field}`));
  return path;
}

/** Records a change of `head.field` on `ev`; the path is looked up only when there is something to record. */
function recordField(ev: GameEvent | null, head: string, field: string, from: Value, to: Value): void {
  if (ev && from !== to) record(ev, pathOf(head, field), from, to);
}

export function pairOf(state: Draft<GameState> | GameState, a: ActorId, b: ActorId): PairState {
  return state.pairs[pairKeyOf(a, b)] as PairState;
}

/**
 * How much of a change that pushes a relation further from zero survives at relation `r`: all of it up to
 * ±`relationSaturationFrom` (param), then less and less, to none at ±100. Ties resist the extremes: the
 * monthly summit between close partners, or one more protest between rivals, moves little once they are
 * already very close or very hostile (the article's partners stay cordial and its rivals wary, not fused or
 * at war). A change back toward zero is not damped.
 */
export function saturation(state: Pick<GameState, 'params'>, r: number, delta: number): number {
  if (r === 0 || Math.sign(delta) !== Math.sign(r)) return 1;
  const from = param(state, 'relationSaturationFrom');
  const a = Math.abs(r);
  return a <= from || from >= 100 ? 1 : Math.max(0, (100 - a) / (100 - from));
}

/**
 * Changes a pair's relation by `delta` (clamped to -100..100), damped near the extremes (`saturation`)
 * unless `damped` is false (the drift back to the scenario's baseline).
 */
export function addRelation(state: Draft<GameState>, ev: GameEvent | null, a: ActorId, b: ActorId, delta: number, damped = true): void {
  if (a === b) return;
  const key = pairKeyOf(a, b);
  const p = state.pairs[key];
  const from = p.relation;
  const d = damped ? delta * saturation(state as GameState, from, delta) : delta;
  p.relation = round2(clamp(from + d, -100, 100));
  recordField(ev, key, 'relation', from, p.relation);
}

/** Changes a pair's trust by `delta` (0..100). */
export function addTrust(state: Draft<GameState>, ev: GameEvent | null, a: ActorId, b: ActorId, delta: number): void {
  if (a === b) return;
  const key = pairKeyOf(a, b);
  const p = state.pairs[key];
  const from = p.trust;
  p.trust = round2(clamp(from + delta, 0, 100));
  recordField(ev, key, 'trust', from, p.trust);
}

/** Moves a pair's escalation rung (0..10); a rise marks an incident so drift waits. */
export function addRung(state: Draft<GameState>, ev: GameEvent | null, a: ActorId, b: ActorId, delta: number): void {
  if (a === b) return;
  const key = pairKeyOf(a, b);
  const p = state.pairs[key];
  const from = p.rung;
  p.rung = clamp(Math.round(from + delta), 0, 10);
  if (delta > 0) p.lastIncidentTurn = state.turn;
  recordField(ev, key, 'rung', from, p.rung);
}

/** Raises a pair's rung to at least `rung` (an incident of that level). */
export function raiseRungTo(state: Draft<GameState>, ev: GameEvent | null, a: ActorId, b: ActorId, rung: number): void {
  const p = state.pairs[pairKeyOf(a, b)];
  if (p.rung < rung) addRung(state, ev, a, b, rung - p.rung);
  else p.lastIncidentTurn = state.turn;
}

/** Marks `a` and `b` at war (forces engaged), recording the change once. */
export function setAtWar(state: Draft<GameState>, ev: GameEvent | null, a: ActorId, b: ActorId): void {
  const key = pairKeyOf(a, b);
  const p = state.pairs[key];
  if (!p.atWar) noteChange(ev, `${key}.atWar`, false, true);
  p.atWar = true;
}

/** Changes a numeric actor field by `delta`, clamped to its range. */
export function addActor(state: Draft<GameState>, ev: GameEvent | null, actor: ActorId, field: NumericActorField, delta: number): void {
  const a = state.actors[actor];
  const from = a[field] as number;
  const [lo, hi] = ACTOR_RANGES[field] ?? [-1e9, 1e9];
  const to = round2(clamp(from + delta, lo, hi));
  (a as Record<string, unknown>)[field] = to;
  recordField(ev, actor, field, from, to);
}

/** Sets any actor field and records it. */
export function setActor<K extends keyof ActorState>(state: Draft<GameState>, ev: GameEvent | null, actor: ActorId, field: K, value: ActorState[K]): void {
  const a = state.actors[actor] as ActorState;
  const from = a[field];
  (a as unknown as Record<string, unknown>)[field] = value;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') {
    recordField(ev, actor, String(field), from as never, value);
  }
}

/** The field part of a capability's effect path, per branch ('capability.drones'). */
const CAPABILITY_FIELDS = Object.fromEntries(BRANCHES.map((b) => [b, `capability.${b}`])) as Record<Branch, string>;

/** Changes a capability branch (never below 0). */
export function addCapability(state: Draft<GameState>, ev: GameEvent | null, actor: ActorId, branch: keyof ActorState['capability'], delta: number): void {
  const cap = state.actors[actor].capability;
  const from = cap[branch];
  cap[branch] = round2(Math.max(0, from + delta));
  recordField(ev, actor, CAPABILITY_FIELDS[branch], from, cap[branch]);
}

type NumericGlobal = 'btcFlow' | 'gazaIntensity' | 'israelIranLevel' | 'russiaUkraineLoad' | 'tension';
const GLOBAL_RANGES: Record<NumericGlobal, [number, number]> = {
  btcFlow: [0, 1],
  gazaIntensity: [0, 10],
  israelIranLevel: [0, 10],
  russiaUkraineLoad: [0, 100],
  tension: [0, 100],
};

/** Changes a numeric global indicator by `delta`, clamped. */
export function addGlobal(state: Draft<GameState>, ev: GameEvent | null, field: NumericGlobal, delta: number): void {
  const g = state.global as GlobalState;
  const from = g[field];
  const [lo, hi] = GLOBAL_RANGES[field];
  g[field] = round2(clamp(from + delta, lo, hi));
  record(ev, field, from, g[field]);
}

/** Records a change of any other value (corridor status, a treaty flag) made by the caller. */
export function noteChange(ev: GameEvent | null, path: string, from: string | number | boolean | null, to: string | number | boolean | null): void {
  record(ev, path, from, to);
}

/** The routine counters of a pair: joint drills and summits, each building less as it repeats. */
export type RoutineKey = 'drills' | 'talks';

/** Counts one more joint drill or summit of `a` and `b` (PairState.drills / talks), recorded on `ev`. */
export function countRoutine(state: GameState, ev: GameEvent, a: ActorId, b: ActorId, key: RoutineKey): void {
  const pk = pairKeyOf(a, b);
  const p = state.pairs[pk];
  const before = p[key] ?? 0;
  p[key] = Math.round((before + 1) * 100) / 100;
  recordField(ev, pk, key, before, p[key]);
}

/** A routine counter after a month: `keep` of it, rounded to hundredths, and 0 once below 0.05. */
export function easeRoutine(count: number, keep: number): number {
  return count * keep < 0.05 ? 0 : Math.round(count * keep * 100) / 100;
}
