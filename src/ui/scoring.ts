/**
 * The UI's view of the scorecards, read from the sim's score functions (src/sim/scores.ts) and turned
 * into display lines.
 */
import type { ActorId } from '../shared/ids.js';
import type { GameState } from '../sim/state/types.js';
import { scorecard as simScorecard, type Scorecard as SimScorecard } from '../sim/scores.js';

export interface ScoreItem {
  label: string;
  /** Whether the objective's test passes (the ✔/✘ in the label). */
  met: boolean;
  /** Progress 0..100. */
  value: number;
  detail?: string;
  /** Where the objective stands, in words (the sim's status). */
  status: string;
}

export interface Scorecard {
  actor: ActorId;
  total: number;
  items: ScoreItem[];
  note?: string;
}

/** The scorecard of `actor` for display. */
export function scorecard(state: GameState, actor: ActorId): Scorecard {
  const s: SimScorecard = simScorecard(state, actor);
  return {
    actor,
    total: Math.round(s.total),
    note: s.note,
    items: s.objectives.map((o) => ({
      label: `${o.met ? '✔' : '✘'} ${o.label}`,
      met: o.met,
      value: Math.round(o.progress * 100),
      detail: `weight ${o.weight}, ${o.claim}`,
      status: o.status,
    })),
  };
}

/** One-line summary for the top bar. */
export function scoreLine(state: GameState, actor: ActorId): string {
  const s = simScorecard(state, actor);
  return `${Math.round(s.total)} (${s.objectives.filter((o) => o.met).length}/${s.objectives.length})`;
}

/** The top bar's score in words, for its tooltip ("61 of 100 points; 1 of your 4 objectives met"). */
export function scoreTitle(state: GameState, actor: ActorId): string {
  const s = simScorecard(state, actor);
  return `${Math.round(s.total)} of 100 points; ${s.objectives.filter((o) => o.met).length} of your ${s.objectives.length} objectives met`;
}
