/**
 * The after-action review of a game, built from its record alone (state, events, turn log): the
 * timeline, chart series, scorecards with the human cost, turning points and debrief questions, with
 * JSON and CSV exports. Pure and DOM-free: the debrief page, the CLI and tests share it.
 */
import { ACTOR_IDS, ACTOR_NAMES } from '../shared/ids.js';
import type { Ending } from '../sim/state/types.js';
import { scorecards, type Scorecard } from '../sim/scores.js';
import { stateHash } from '../sim/engine.js';
import { buildTimeline, type DebriefInput, type TimelineTurn } from './debrief/timeline.js';
import { buildSeries, routeSeries, type DebriefSeries } from './debrief/series.js';
import { findTurningPoints, type TurningPoint, type TurningPointOptions } from './debrief/turningPoints.js';
import { buildQuestions, type DebriefQuestion } from './debrief/questions.js';
import { csvTable } from './debrief/csv.js';
import { monthOf, seatName } from './debrief/calendar.js';
import { debriefScope, forAudience, SCOPE_NOTES, type DebriefScope } from './debrief/audience.js';
import { triggerWords } from '../shared/reasonWords.js';

export type { DebriefInput, TimelineTurn, TimelineItem } from './debrief/timeline.js';
export type { DebriefSeries, PairChoice } from './debrief/series.js';
export type { TurningPoint } from './debrief/turningPoints.js';
export type { DebriefQuestion } from './debrief/questions.js';
export { riskIndex, liveliestPairs, chartPairs } from './debrief/series.js';
export { parseCsv, csvField } from './debrief/csv.js';
export { monthOf } from './debrief/calendar.js';
export { debriefScope, SCOPE_NOTES, type DebriefScope } from './debrief/audience.js';

export interface Debrief {
  scenario: { id: string; title: string; start: string };
  /** 'teams' while the game runs with a team at the screen: covert acts left out (debrief/audience.ts). */
  scope: DebriefScope;
  /** The scope in a sentence, for the page and the exports. */
  scopeNote: string;
  /** Turns resolved so far. */
  turnsPlayed: number;
  ending: Ending | null;
  stateHash: string;
  timeline: TimelineTurn[];
  series: DebriefSeries;
  scorecards: Scorecard[];
  humanCost: { casualties: number; displaced: number; byActor: Record<string, { casualties: number; displaced: number }> };
  turningPoints: TurningPoint[];
  questions: DebriefQuestion[];
  /** Every facilitator act, in order ("turn 3, May 2024: White Cell injected ..."). */
  facilitatorActs: string[];
}

/** Builds the whole debrief. */
export function buildDebrief(full: DebriefInput, options: TurningPointOptions = {}): Debrief {
  // Everything below reads only what this review's readers may see.
  const scope = debriefScope(full);
  const input = forAudience(full);
  const { state } = input;
  const timeline = buildTimeline(input);
  const series = buildSeries(state);
  series.route = routeSeries(state, input.events, series.turns);
  const turningPoints = findTurningPoints(input, series, options);
  const byActor: Debrief['humanCost']['byActor'] = {};
  for (const id of ACTOR_IDS) byActor[id] = { casualties: state.actors[id].casualties, displaced: state.actors[id].displaced };
  const sum = (k: 'casualties' | 'displaced') => ACTOR_IDS.reduce((s, id) => s + state.actors[id][k], 0);
  return {
    scenario: { id: state.scenario.id, title: state.scenario.title, start: state.scenario.start },
    scope, scopeNote: SCOPE_NOTES[scope],
    turnsPlayed: input.log.length,
    ending: state.ending,
    stateHash: stateHash(state),
    timeline, series,
    scorecards: scorecards(state),
    humanCost: { casualties: sum('casualties'), displaced: sum('displaced'), byActor },
    turningPoints,
    questions: buildQuestions(state, timeline, turningPoints),
    facilitatorActs: timeline.flatMap((t) => t.facilitator.map((f) => `turn ${t.turn}, ${t.month}: ${f}`)),
  };
}

/** The debrief as a JSON document (pretty-printed). */
export function debriefJson(debrief: Debrief): string {
  return `${JSON.stringify({ format: 'unlikely-alliances/debrief', version: 1, ...debrief }, null, 2)}\n`;
}

/** Columns of the CSV export, one row per event. */
export const CSV_COLUMNS = [
  'turn', 'month', 'event_id', 'kind', 'type', 'label', 'actor', 'seat', 'target', 'outcome', 'probability',
  'reasons', 'trigger', 'consequences', 'casualties', 'displaced', 'facilitator', 'claim', 'text',
] as const;

/** The timeline as CSV (RFC 4180), one row per event, decisions before the other events of a turn. */
export function debriefCsv(debrief: Debrief): string {
  const rows = debrief.timeline.flatMap((t) => [...t.decisions, ...t.happenings].map((i) => [
    i.turn, t.month, i.eventId, i.kind, i.type, i.label, i.actor ? `${i.actor} (${seatName(i.actor)})` : '', i.seat ?? '',
    i.target ?? '', i.outcome, i.probability === null ? '' : i.probability,
    i.reasons.map((r) => `${r.text} (${r.weight >= 0 ? '+' : ''}${r.weight})`).join('; '), i.trigger ? triggerWords(i.trigger) : '',
    i.consequences.join('; '), i.casualties, i.displaced, i.facilitator ?? '', i.claim ?? '', i.text,
  ]));
  return csvTable(CSV_COLUMNS, rows);
}

/** A one-line title for the printed review: "Autumn 2023 — October 2023 to March 2024, ended: settlement". */
export function debriefTitle(d: Debrief): string {
  const last = d.timeline[d.timeline.length - 1]?.turn ?? 0;
  const span = last ? `${monthOf(d.scenario.start, 1)} to ${monthOf(d.scenario.start, last)}` : 'not yet played';
  return `${d.scenario.title}: ${span}${d.ending ? `, ended: ${d.ending.kind}` : ''}`;
}

/** Each state's name as the review prints it ("Azerbaijan (Baku)"). */
export function actorLabel(id: (typeof ACTOR_IDS)[number]): string {
  // "Israel", not "Israel (Israel)": the state and its seat share a name.
  return ACTOR_NAMES[id].state === ACTOR_NAMES[id].seat ? ACTOR_NAMES[id].state : `${ACTOR_NAMES[id].state} (${ACTOR_NAMES[id].seat})`;
}
