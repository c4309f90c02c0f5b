/**
 * The end-of-game summary the CLI prints with `--json` (and tests read): the ending, each actor's
 * score and human cost, every pair's relation, rung and trust, the corridors, the events and refusals.
 */
import { ACTOR_IDS, PAIR_KEYS, type ActorId, type PairKey } from '../shared/ids.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import type { AgentView } from '../agents/types.js';
import { scorecard } from '../sim/scores.js';
import type { PlayResult } from './headless.js';

/** An actor's score, 0..100: the total of the sim's objective scorecard (src/sim/scores.ts). */
export function actorScore(state: GameState, actor: ActorId): number {
  return scorecard(state, actor).total;
}

export interface ActorSummary {
  score: number;
  /** Each objective's progress 0..1, by objective id. */
  objectives: Record<string, number>;
  stability: number;
  capability: GameState['actors'][ActorId]['capability'];
  readiness: string;
  posture?: string;
  alignment?: string;
  seat: 'human' | 'agent';
  casualties: number;
  displaced: number;
  treasuryBn: number;
}

export interface GameSummaryJson {
  scenario: string;
  seed: number;
  turnsPlayed: number;
  ending: { kind: string; turn: number | null; text?: string };
  actors: Record<ActorId, ActorSummary>;
  pairs: Record<PairKey, { relation: number; rung: number; trust: number; atWar: boolean }>;
  corridors: { zangezur: GameState['global']['zangezur']; aras: GameState['global']['aras'] };
  tension: number;
  events: Pick<GameEvent, 'id' | 'turn' | 'kind' | 'type' | 'actor' | 'outcome' | 'text'>[];
  rejected: { turn: number; stage: string; actor: string; type: string; reason: string }[];
  stateHash: string;
}

/** Builds the JSON summary of a played game. `views` gives agents' postures where known. */
export function summariseGame(result: PlayResult, seed: number, views?: (actor: ActorId) => AgentView | undefined): GameSummaryJson {
  const state = result.state;
  const actors = {} as GameSummaryJson['actors'];
  for (const id of ACTOR_IDS) {
    const a = state.actors[id];
    const seat = result.session.seats[id];
    let view: AgentView | undefined;
    try {
      view = seat === 'agent' ? views?.(id) : undefined;
    } catch {
      view = undefined; // a view is a nicety; a failing one must not lose the summary
    }
    const card = scorecard(state, id);
    actors[id] = {
      score: card.total, objectives: Object.fromEntries(card.objectives.map((o) => [o.id, o.progress])), stability: a.stability, capability: { ...a.capability }, readiness: a.readiness,
      ...(view ? { posture: view.posture, alignment: view.alignment } : {}),
      seat, casualties: a.casualties, displaced: a.displaced, treasuryBn: a.treasuryBn,
    };
  }
  const pairs = {} as GameSummaryJson['pairs'];
  for (const key of PAIR_KEYS) {
    const p = state.pairs[key];
    pairs[key] = { relation: p.relation, rung: p.rung, trust: p.trust, atWar: p.atWar };
  }
  return {
    scenario: state.scenario.id,
    seed,
    turnsPlayed: result.turnsPlayed,
    ending: state.ending ? { kind: state.ending.kind, turn: state.ending.turn, text: state.ending.text } : { kind: 'ongoing', turn: null },
    actors,
    pairs,
    corridors: { zangezur: { ...state.global.zangezur }, aras: { ...state.global.aras } },
    tension: state.global.tension,
    events: result.events.map((e) => ({ id: e.id, turn: e.turn, kind: e.kind, type: e.type, actor: e.actor, outcome: e.outcome, text: e.text })),
    rejected: result.rejected.map((r) => ({ turn: r.turn, stage: r.stage, actor: r.order.actor, type: r.order.type, reason: r.reason })),
    stateHash: result.stateHash,
  };
}
