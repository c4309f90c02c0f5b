/**
 * Read-only views of the state shared by the sim, the agents and the UI. Pure functions of plain data.
 */
import { param } from '../scenario/params.js';
import { ACTOR_IDS, actorIndex, pairKey, type ActorId, type PairKey } from '../../shared/ids.js';
import type { CorridorMode } from '../../shared/actions.js';
import type { GameState, PairState, Proposal } from './types.js';

/** Land borders between the six (Armenia-Turkey is closed but shared; Azerbaijan-Turkey via Nakhchivan). */
const LAND_BORDERS: readonly PairKey[] = ['ARM-AZE', 'AZE-IRN', 'AZE-RUS', 'ARM-IRN', 'ARM-TUR', 'AZE-TUR', 'IRN-TUR'];

/** Rough distance in "hops" between capitals' theatres when no border is shared. */
const HOPS: Partial<Record<PairKey, number>> = {
  'ARM-RUS': 2, // across Georgia
  'IRN-RUS': 2, // across the Caspian
  'RUS-TUR': 2, // across the Black Sea / Georgia
  'ISR-TUR': 2,
  'IRN-ISR': 3,
  'AZE-ISR': 3,
  'ARM-ISR': 3,
  'ISR-RUS': 3,
};

export function sharesBorder(a: ActorId, b: ActorId): boolean {
  return a !== b && LAND_BORDERS.includes(pairKey(a, b));
}

/** MODELS.md proximity: 1 for a shared border, else 1/(1+hops). */
export function proximity(a: ActorId, b: ActorId): number {
  if (a === b) return 1;
  if (sharesBorder(a, b)) return 1;
  return 1 / (1 + (HOPS[pairKey(a, b)] ?? 3));
}

/** pairKey of every ordered pair, at actorIndex(a) * 6 + actorIndex(b) (pair() is the hottest read in the game). */
const KEY_TABLE: readonly PairKey[] = ACTOR_IDS.flatMap((a) => ACTOR_IDS.map((b) => pairKey(a, b)));
if (ACTOR_IDS.some((a, i) => actorIndex(a) !== i)) throw new Error('actorIndex is out of step with ACTOR_IDS');

/**
 * pairKey(a, b) from the table: the same string, without building it (and V8 looking the new string up
 * among the state's keys) on every call.
 */
export function pairKeyOf(a: ActorId, b: ActorId): PairKey {
  const i = actorIndex(a);
  const j = actorIndex(b);
  return i >= 0 && j >= 0 ? KEY_TABLE[i * ACTOR_IDS.length + j] : pairKey(a, b);
}

export function pair(state: GameState, a: ActorId, b: ActorId): PairState {
  return state.pairs[pairKeyOf(a, b)];
}

/**
 * How much a new joint drill of partners `a` and `b` still builds between them, 0..1: 1 for the first,
 * less as their drills become routine (PairState.drills; param `drillRoutineWeight`). The article
 * treats exercises as occasional demonstrations (Baku and Ankara answering Iran's drills in 2022)
 * [§Iran-Armenia, §Turkey]: the tenth exercise of the same partners adds little to their partnership.
 */
export function routineNovelty(state: GameState, a: ActorId, b: ActorId): number {
  return 1 / (1 + param(state, 'drillRoutineWeight') * (pair(state, a, b).drills ?? 0));
}

/**
 * How much a new summit of `a` and `b` still builds between them, 0..1: 1 after a quiet spell, less
 * when they met in the last months (PairState.talks; param `talksRoutineWeight`). Leaders' visits in
 * the article are occasions (Cohen in Baku in April 2023, the Shusha Declaration) [§Israel, §Turkey],
 * not a monthly routine that lifts relations without end.
 */
export function talksNovelty(state: GameState, a: ActorId, b: ActorId): number {
  return 1 / (1 + param(state, 'talksRoutineWeight') * (pair(state, a, b).talks ?? 0));
}

const READINESS_FACTOR = { peace: 0.8, alert: 0.9, mobilised: 1 } as const;

/** Usable military strength: capability branches weighted, scaled by readiness and by distraction elsewhere. */
export function militaryStrength(state: GameState, id: ActorId): number {
  const a = state.actors[id];
  const c = a.capability;
  const raw = c.ground + 0.8 * c.artillery + 0.9 * c.drones + 0.6 * c.airDefence;
  return raw * READINESS_FACTOR[a.readiness] * (1 - a.distraction / 200);
}

/** MODELS.md power P_j: log(GDP) plus the military stock (scaled to comparable magnitudes). */
export function power(state: GameState, id: ActorId): number {
  const a = state.actors[id];
  return Math.log10(1 + a.gdpBn) * 10 + militaryStrength(state, id) / 10;
}

/** Offensive capability (drones, missiles-as-artillery, long-range strike). */
export function offensiveCapability(state: GameState, id: ActorId): number {
  const c = state.actors[id].capability;
  return c.drones + 0.7 * c.artillery;
}

/** Actors currently at war with at least one other actor. */
export function fightingActors(state: GameState): ActorId[] {
  return ACTOR_IDS.filter((a) => ACTOR_IDS.some((b) => b !== a && pair(state, a, b).atWar));
}

/** Highest rung among all pairs. */
export function maxRung(state: GameState): number {
  return Math.max(...Object.values(state.pairs).map((p) => p.rung));
}

/** Calendar label of a turn, e.g. 'Oct 2023' for turn 1 of a scenario starting 2023-10. */
export function turnLabel(state: GameState, turn = state.turn): string {
  const [y, m] = state.scenario.start.split('-').map(Number);
  const idx = (m - 1) + (turn - 1);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${months[((idx % 12) + 12) % 12]} ${y + Math.floor(idx / 12)}`;
}

/** Human-controlled seats. */
export function humanActors(state: GameState): ActorId[] {
  return ACTOR_IDS.filter((a) => state.actors[a].controller === 'human');
}

/**
 * How many counter-proposals led to proposal `p`: the unbroken chain of earlier proposals of its kind
 * between the same two states, alternating in direction, each answered by a counter (0 for a fresh
 * offer). The agents concede more the longer talks go on and break them off after a few rounds
 * (agents/mind/proposals.ts); the news numbers the rounds.
 */
export function counterRounds(state: GameState, p: Proposal): number {
  let n = 0;
  let from = p.to;
  for (let i = state.proposals.indexOf(p) - 1; i >= 0; i--) {
    const q = state.proposals[i];
    if (q.kind !== p.kind || !((q.from === p.from && q.to === p.to) || (q.from === p.to && q.to === p.from))) continue;
    if (q.from !== from || q.status !== 'countered') break;
    n++;
    from = q.to;
  }
  return n;
}

/**
 * The point on the 0-100 sovereignty scale a proposal's terms name (`terms.sovereignty`), kept on the
 * side of 70 its mode is on (transit below, extraterritorial from 70: scores.ts counts 70 as a
 * Nakhchivan link); null when the terms name none. Counter-offers in a negotiation carry one: "transit
 * under Armenian control" with guarantees for Baku's traffic (a third-party operator, as in the 2025
 * TRIPP arrangement) sits between ordinary transit (0) and an extraterritorial corridor (100).
 */
export function proposalSovereignty(p: { params: Proposal['params'] }, mode: CorridorMode): number | null {
  const v = (p.params.terms as Record<string, unknown> | undefined)?.sovereignty;
  if (typeof v !== 'number' || !Number.isFinite(v)) return null;
  return mode === 'extraterritorial' ? Math.min(100, Math.max(70, v)) : Math.max(0, Math.min(69, v));
}

/** Corridor mode named by a proposal (params.mode or terms.mode), if any. */
export function proposalMode(p: { params: Proposal['params'] }): CorridorMode | null {
  const m = p.params.mode ?? (p.params.terms as Record<string, unknown> | undefined)?.mode;
  return m === 'transit' || m === 'extraterritorial' ? m : null;
}

/** The point on the sovereignty scale a corridor offer names: its terms, else its mode's end (0 or 100), as the sim signs it. */
export function offerPoint(p: { params: Proposal['params'] }): number {
  const mode = proposalMode(p) ?? 'transit';
  return proposalSovereignty(p, mode) ?? (mode === 'extraterritorial' ? 100 : 0);
}

/**
 * The proposal `p` counters: the latest earlier one of its kind from `p`'s addressee to its proposer, if
 * that one was answered with a counter; null for a fresh offer or after talks that ended.
 */
export function counteredOffer(state: GameState, p: Proposal): Proposal | null {
  for (let i = state.proposals.indexOf(p) - 1; i >= 0; i--) {
    const q = state.proposals[i];
    if (q.kind === p.kind && q.from === p.to && q.to === p.from) return q.status === 'countered' ? q : null;
  }
  return null;
}

/** Syunik (Zangezur), the Armenian province the route to Nakhchivan crosses. */
export const SYUNIK = 'AM.SU';

/** The round of talks a pending offer `p` is (1 for a fresh offer, counters before it + 1). */
export function talksRound(state: GameState, p: Proposal): number {
  return counterRounds(state, p) + 1;
}
