/**
 * The after-action timeline: every turn's decisions with their reasons, probabilities and consequences,
 * what else happened (world events, reactions, deliveries), the orders refused, and every facilitator
 * act, marked as such. Built only from the session's record (state, events, log).
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import { isActionType, type Reason } from '../../shared/actions.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { WORLD_EVENTS } from '../../sim/systems/catalogue.js';
import type { Seats, TurnLogEntry } from '../types.js';
import { monthOf, seatName } from './calendar.js';
import { consequenceLine, type ConsequenceContext } from './consequences.js';
import { adjustAmount, adjustLabel } from '../../shared/adjustLabels.js';
import { provinceNames, reasonInWords, withArticles } from '../../shared/reasonWords.js';

/** What the debrief needs from a session (a GameSessionApi, a loaded save or a PlayResult all fit). */
export interface DebriefInput {
  state: GameState;
  events: readonly GameEvent[];
  log: readonly TurnLogEntry[];
  /**
   * The seats when the game began (a session's `starts[0].seats`). The state's controllers are the seats
   * of the last resolved turn (the runtime updates them when a seat changes hands), so without this the
   * starting seats are reconstructed from the log (`startingSeats`).
   */
  startSeats?: Seats;
  /**
   * The human seats at the screen while the game runs. Set, non-empty and the game not ended, the review
   * keeps to what the teams may see (audience.ts); absent or empty, everything is shown.
   */
  viewers?: readonly ActorId[];
}

export interface TimelineItem {
  eventId: string;
  turn: number;
  kind: GameEvent['kind'];
  type: string;
  /** The action's or world event's title, e.g. "Deploy forces", "Israel-Iran strike exchange". */
  label: string;
  actor: ActorId | null;
  /** Who gave the order: a human team or an agent (null for non-orders). */
  seat: 'human' | 'agent' | null;
  target: ActorId | null;
  outcome: GameEvent['outcome'];
  probability: number | null;
  reasons: Reason[];
  trigger: string | null;
  /** Each effect in words: "Baku–Tehran rung: 3 → 5". */
  consequences: string[];
  casualties: number;
  displaced: number;
  /** Set for facilitator injects and forced outcomes: the note kept in the record. */
  facilitator: string | null;
  claim: string | null;
  text: string;
}

export interface TimelineTurn {
  turn: number;
  month: string;
  /** Orders resolved this turn (kind 'order'). */
  decisions: TimelineItem[];
  /** Everything else: reactions, world and scripted events, deliveries, systems, the ending. */
  happenings: TimelineItem[];
  refused: { actor: string; type: string; reason: string }[];
  /** Facilitator acts of this turn in words (injects and overrides), from the log. */
  facilitator: string[];
  seats: Seats;
}

/** The end-of-turn systems and other non-order event types, in words (the news shows these, not ids). */
const SYSTEM_LABELS: Record<string, string> = {
  'system.corridors': 'Corridors', 'system.economy': 'Economy', 'system.drift': 'Relations drift',
  'system.tension': 'Regional tension', 'system.deliveries': 'Arms deliveries', 'system.commitments': 'Promises kept and broken',
  'system.widening': 'The war widens',
  'facilitator.adjust': 'White Cell adjustment',
};

/** A plain-words label for an event's type: the action's name, the world event's title, or the system's. */
export function labelOf(type: string): string {
  if (isActionType(type)) return ACTION_SPECS[type].label;
  if (type.startsWith('event.')) {
    const id = type.slice('event.'.length);
    return WORLD_EVENTS.find((w) => w.id === id)?.title ?? id;
  }
  if (type.startsWith('ending.')) return 'The ending';
  return SYSTEM_LABELS[type] ?? type;
}

/**
 * The seats when the game began: the input's `startSeats` when given. Otherwise from the record: with no
 * seat change logged, the state's controllers (never changed since the start); with one, the seats of the
 * first change, corrected by who moved before it (an agent's order carries its reasons, a team's none).
 */
export function startingSeats(input: DebriefInput): Seats {
  if (input.startSeats) return { ...input.startSeats };
  const current = {} as Seats;
  for (const id of ACTOR_IDS) current[id] = input.state.actors[id].controller;
  const first = input.log.find((e) => e.seats);
  if (!first?.seats) return current;
  const seats: Seats = { ...first.seats };
  const before = input.events.filter((e) => e.turn < first.turn && e.kind === 'order' && e.actor);
  for (const id of ACTOR_IDS) {
    const own = before.filter((e) => e.actor === id);
    if (!own.length) continue;
    seats[id] = own.some((e) => (e.reasons?.length ?? 0) > 0) ? 'agent' : 'human';
  }
  return seats;
}

/** Seats in force on each turn of the log (a seat change is recorded on the turn it took effect). */
export function seatsByTurn(input: DebriefInput): Map<number, Seats> {
  let seats = startingSeats(input);
  const out = new Map<number, Seats>();
  for (const entry of input.log) {
    if (entry.seats) seats = { ...entry.seats };
    out.set(entry.turn, seats);
  }
  return out;
}

/** What consequence lines need from the state: province names, the start month, the Aras route's length. */
export function consequenceContext(state: GameState): ConsequenceContext {
  return { provinces: provinceNames(state), start: state.scenario.start, arasMonths: state.global.aras.buildTurnsNeeded };
}

/**
 * The chance beside an item: a gamble's chance with its result ("chance 60%, success"); a world event's
 * chance of happening that month ("a 6% chance this month"); never the record's 'info' or 'ok'.
 */
export function chanceWords(i: Pick<TimelineItem, 'probability' | 'outcome' | 'kind'>): string | null {
  if (i.probability === null) return null;
  const p = Math.round(i.probability * 100);
  if (i.outcome === 'success' || i.outcome === 'failure') return `(chance ${p}%, ${i.outcome})`;
  return i.kind === 'order' ? `(chance ${p}%)` : `(a ${p}% chance this month)`;
}

/** One event as a timeline item. */
export function toItem(ev: GameEvent, seats: Seats | undefined, ctx: ConsequenceContext = {}): TimelineItem {
  const isOrder = ev.kind === 'order';
  const facilitator = ev.kind === 'facilitator' ? (ev.overridden?.note ?? ev.text) : ev.overridden ? `outcome forced: ${ev.overridden.note}` : null;
  return {
    eventId: ev.id, turn: ev.turn, kind: ev.kind, type: ev.type, label: labelOf(ev.type),
    actor: ev.actor, seat: isOrder && ev.actor && seats ? seats[ev.actor] : null, target: ev.target ?? null,
    outcome: ev.outcome, probability: ev.probability ?? null, reasons: ev.reasons ?? [], trigger: ev.trigger ?? null,
    consequences: ev.effects.map((e) => consequenceLine(e, ctx)).filter((c): c is string => c !== null),
    casualties: ev.casualties ?? 0, displaced: ev.displaced ?? 0, facilitator, claim: ev.claim ?? null, text: withArticles(ev.text),
  };
}

function facilitatorActs(entry: TurnLogEntry | undefined): string[] {
  const f = entry?.facilitator;
  if (!f) return [];
  const acts = (f.injects ?? []).map((i) => `White Cell injected "${labelOf(`event.${i.event}`)}"${i.note ? ` (note: ${i.note})` : ''}`);
  for (const [index, o] of Object.entries(f.overrides ?? {})) {
    const order = entry?.orders[Number(index)];
    const what = order ? `${seatName(order.actor)}'s ${labelOf(order.type).toLowerCase()}` : `order #${index}`;
    acts.push(`White Cell forced ${what} to ${o.outcome} (note: ${o.note})`);
  }
  for (const a of f.adjust ?? []) acts.push(`White Cell set ${adjustLabel(a.path)} to ${adjustAmount(a.path, a.value)}${a.note ? ` (note: ${a.note})` : ''}`);
  return acts;
}

/** One effect in words ("Baku–Tehran escalation rung: 3 → 5"); a line that says nothing is empty. */
export function consequenceWords(e: { path: string; from: unknown; to: unknown }, ctx: ConsequenceContext = {}): string {
  return consequenceLine(e, ctx) ?? '';
}

/** The timeline, one entry per resolved turn, oldest first. */
export function buildTimeline(input: DebriefInput): TimelineTurn[] {
  const seats = seatsByTurn(input);
  const start = input.state.scenario.start;
  const places = provinceNames(input.state);
  const ctx = consequenceContext(input.state);
  const first = startingSeats(input);
  const turns = new Set<number>([...input.log.map((e) => e.turn), ...input.events.map((e) => e.turn)]);
  return [...turns].sort((a, b) => a - b).map((turn) => {
    const entry = input.log.find((e) => e.turn === turn);
    const s = seats.get(turn) ?? first;
    const items = input.events.filter((e) => e.turn === turn).map((e) => toItem(e, s, ctx));
    return {
      turn, month: monthOf(start, turn),
      decisions: items.filter((i) => i.kind === 'order'),
      happenings: items.filter((i) => i.kind !== 'order'),
      refused: (entry?.rejected ?? []).map((r) => ({ actor: String(r.order?.actor ?? ''), type: String(r.order?.type ?? ''), reason: reasonInWords(r.reason, places) })),
      facilitator: facilitatorActs(entry),
      seats: s,
    };
  });
}
