/**
 * World events: scripted (the scenario's schedule), random (hazard x context, drawn from the seeded
 * generator) and injected by a facilitator. Every event is recorded with its kind, its claim and,
 * for random ones, the probability and the factors behind it.
 */
import type { SimContext } from '../context.js';
import type { GameState } from '../state/types.js';
import { param } from '../scenario/params.js';
import { WORLD_EVENT_IDS, WORLD_EVENTS, isWorldEventId } from './catalogue.js';
import { hazard, hazardChance } from './hazards.js';
import { EVENT_TEXT, WORLD_EFFECTS, type EventParams } from './worldEffects.js';

export { WORLD_EVENTS, WORLD_EVENT_IDS, isWorldEventId };
export type { WorldEventId, WorldEventInfo } from './catalogue.js';

export interface WorldEventMeta {
  kind: 'scripted' | 'random' | 'facilitator';
  note: string;
  probability?: number;
  factors?: { label: string; weight: number }[];
}

/**
 * Applies a world event by id. Unknown ids emit nothing and do not throw (the facilitator path
 * validates ids first). Returns whether the event was applied.
 */
/** The catalogue by id. */
const INFO = new Map(WORLD_EVENTS.map((e) => [e.id as string, e]));

/**
 * A scenario note as the news shows it: without its provenance reference to the dated timeline
 * ("(timeline iran_strikes_israel)"), an id for maintainers that players had read in the news.
 */
export function playerNote(note: string): string {
  return note.replace(/\s*\(timeline [a-z0-9_]+\)/g, '').trim();
}

export function applyWorldEvent(ctx: SimContext, eventId: string, params: Record<string, unknown> = {}, meta: WorldEventMeta = { kind: 'scripted', note: '' }): boolean {
  if (!isWorldEventId(eventId)) return false;
  const info = INFO.get(eventId);
  const safeParams: EventParams = params && typeof params === 'object' ? params : {};
  const ev = ctx.emit({
    kind: meta.kind,
    type: `event.${eventId}`,
    actor: null,
    outcome: 'info',
    text: meta.note ? `${EVENT_TEXT[eventId]} (${playerNote(meta.note)})` : EVENT_TEXT[eventId],
    claim: info?.claim,
    ...(meta.probability !== undefined ? { probability: meta.probability, factors: meta.factors } : {}),
    ...(meta.kind === 'facilitator' ? { overridden: { note: meta.note } } : {}),
  });
  WORLD_EFFECTS[eventId](ctx, ev, safeParams);
  return true;
}

/** Applies the scheduled events of the current turn, in the order the scenario lists them. */
export function runScheduledEvents(ctx: SimContext): string[] {
  const done: string[] = [];
  for (const e of ctx.state.schedule) {
    if (e.turn !== ctx.state.turn) continue;
    if (applyWorldEvent(ctx, e.event, (e.params ?? {}) as Record<string, unknown>, { kind: 'scripted', note: e.note ?? '' })) done.push(e.event);
  }
  return done;
}

/**
 * Draws each random event in catalogue order. One number is drawn per event every turn, whether or
 * not it can happen, so the generator's stream does not depend on the context.
 */
export function runRandomEvents(ctx: SimContext, skip: readonly string[] = []): string[] {
  const fired: string[] = [];
  const enabled = param(ctx.state, 'randomEvents') > 0;
  for (const id of WORLD_EVENT_IDS) {
    if (!INFO.get(id)?.random) continue;
    const draw = ctx.random();
    if (!enabled || skip.includes(id)) continue;
    // The chance first; the factors, for the log, only for an event that happens.
    if (draw < hazardChance(ctx.state as GameState, id)) {
      const h = hazard(ctx.state as GameState, id);
      applyWorldEvent(ctx, id, {}, { kind: 'random', note: '', probability: h.p, factors: h.factors });
      fired.push(id);
    }
  }
  return fired;
}

/** The events system: scripted events of this turn, then random ones (not repeating a scripted one). */
export function runWorldEvents(ctx: SimContext): void {
  const scripted = runScheduledEvents(ctx);
  runRandomEvents(ctx, scripted);
}
