/**
 * Turning points: the turns where the war-risk index (series.ts `riskIndex`, or a caller's own per-turn
 * estimate such as a forecast) moved most, each tied to the decision that moved the ladder most that
 * turn. Why this choice: the index is recomputed from state.history alone, so every saved game can be
 * debriefed instantly and identically; within a turn, the order whose recorded effects moved rungs
 * (weighted 10 per rung), war status and relations most is the one named, since rungs drive the endings.
 */
import type { GameEvent } from '../../sim/state/types.js';
import type { DebriefSeries } from './series.js';
import { consequenceContext, toItem, seatsByTurn, type DebriefInput, type TimelineItem } from './timeline.js';
import { monthOf, seatName } from './calendar.js';

export interface TurningPoint {
  turn: number;
  month: string;
  riskBefore: number;
  riskAfter: number;
  /** riskAfter - riskBefore. */
  delta: number;
  /** The decision that moved it most (or the event, when none moved it at least half as far). */
  decisive: TimelineItem | null;
  /** Other events of the turn that moved the ladder, most first (ids). */
  alsoMoved: string[];
  text: string;
}

/**
 * How far an event pushed the ladder toward war (positive) or away from it (negative): a rung counts
 * 10 a step, a war starting or ending 20, and a relation 1 per 5 points (worse relations push up).
 */
export function ladderWeight(ev: GameEvent): number {
  let w = 0;
  for (const e of ev.effects) {
    const d = typeof e.from === 'number' && typeof e.to === 'number' ? e.to - e.from : 0;
    if (e.path.endsWith('.rung')) w += 10 * d;
    else if (e.path.endsWith('.relation')) w -= d / 5;
    else if (e.path.endsWith('.atWar') && e.from !== e.to) w += e.to === true ? 20 : -20;
  }
  return Math.round(w * 100) / 100;
}

export interface TurningPointOptions {
  /** How many to return (default 5). */
  count?: number;
  /**
   * Ignore moves smaller than this (default 0.03: 3 points of the 0-100 index). Smaller moves are the
   * index's month-to-month noise (a drill, a protest), not turning points a debrief should dwell on.
   */
  minDelta?: number;
  /** A per-turn risk to use instead of the index (e.g. forecasts), by turn number; turn 0 = start. */
  risk?: Readonly<Record<number, number>>;
}

/** The turning points of a game, largest move first. */
export function findTurningPoints(input: DebriefInput, series: DebriefSeries, options: TurningPointOptions = {}): TurningPoint[] {
  const count = options.count ?? 5;
  const minDelta = options.minDelta ?? 0.03;
  const riskAt = (i: number) => options.risk?.[series.turns[i]] ?? series.risk[i];
  const seats = seatsByTurn(input);
  const points: TurningPoint[] = [];
  for (let i = 1; i < series.turns.length; i++) {
    const turn = series.turns[i];
    const before = riskAt(i - 1);
    const after = riskAt(i);
    const delta = Math.round((after - before) * 1000) / 1000;
    if (Math.abs(delta) < minDelta) continue;
    // Only events that pushed the same way as the risk moved, strongest first; a decision is preferred.
    const sign = Math.sign(delta);
    const weighed = input.events
      .filter((e) => e.turn === turn)
      .map((e) => ({ e, w: ladderWeight(e) * sign }))
      .filter((x) => x.w > 0)
      .sort((a, b) => b.w - a.w || a.e.id.localeCompare(b.e.id));
    // A decision is named before a world event, unless the event moved the ladder more than twice as far:
    // a review had named Baku turning down an arms offer in the month the White Cell injected a border clash.
    // Reactions are consequences of a move (a review had named "Moscow: Limited strike" for Moscow weighing
    // its commitments after Baku's strike), and the monthly drift of relations is no one's move: neither
    // is named while a move or an event of the world moved the ladder too.
    const movers = weighed.filter((x) => x.e.kind !== 'reaction' && !x.e.type.startsWith('system.'));
    const decision = movers.find((x) => x.e.kind === 'order');
    const top = movers[0] ?? weighed[0];
    const pick = decision && decision.w * 2 >= top.w ? decision : top;
    const decisive = pick ? toItem(pick.e, seats.get(turn), consequenceContext(input.state)) : null;
    const month = monthOf(input.state.scenario.start, turn);
    const dir = delta > 0 ? 'rose' : 'fell';
    // A reaction carries the type of the move it answers: named as a reaction, not as that move.
    const who = !decisive ? 'no single decision'
      : pick!.e.kind === 'reaction' && decisive.actor ? `${seatName(decisive.actor)}'s reaction to a ${decisive.label.toLowerCase()}`
        : `${decisive.actor ? `${seatName(decisive.actor)}: ` : ''}${decisive.label}`;
    points.push({
      turn, month, riskBefore: before, riskAfter: after, delta, decisive,
      alsoMoved: weighed.filter((x) => x !== pick).slice(0, 4).map((x) => x.e.id),
      text: `${month}: war risk ${dir} from ${Math.round(before * 100)} to ${Math.round(after * 100)} (of 100); the move that shifted the ladder most was ${who}.`,
    });
  }
  return points.sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.turn - b.turn).slice(0, count);
}
