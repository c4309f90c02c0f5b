/**
 * What the review may show while a game runs. The news hides covert acts from those who did not see
 * them (GameEvent.visibility); a review opened from a team's screen mid-game had listed them all ("Baku
 * works covertly through networks among Iran's Azerbaijanis", "White Cell forced Baku's covert influence
 * to success"). While the game runs and a seat is human, the review keeps to what the teams may see:
 * - in hot seat (two or more human seats) every team reads the same screen, so only public events;
 * - with one human seat, public events and those that seat saw (its own covert acts), as its news does.
 * White Cell forced outcomes of covert orders, covert orders refused, and triggers naming a hidden event
 * are left out too. Once the game has ended, or with no human seat (a demonstration), everything shows.
 */
import type { ActorId } from '../../shared/ids.js';
import type { GameEvent } from '../../sim/state/types.js';
import type { TurnLogEntry } from '../types.js';
import type { DebriefInput } from './timeline.js';
import { triggerEventId } from '../../shared/reasonWords.js';

/** 'all' shows every act; 'teams' keeps to what the teams at the screen may see. */
export type DebriefScope = 'all' | 'teams';

/** The line the review prints about its scope. */
export const SCOPE_NOTES: Record<DebriefScope, string> = {
  teams: 'Covert acts stay hidden until the game ends: this review shows only what the teams may see.',
  all: 'Everything is shown, covert acts included.',
};

/** Which scope applies to `input`: 'teams' while the game runs with a human seat at the screen. */
export function debriefScope(input: Pick<DebriefInput, 'state' | 'viewers'>): DebriefScope {
  return !input.state.ending && (input.viewers?.length ?? 0) > 0 ? 'teams' : 'all';
}

const isCovert = (type: string | undefined): boolean => !!type && type.startsWith('covert.');

/** Whether the teams at the screen may see `ev`. */
export function shownTo(ev: GameEvent, viewers: readonly ActorId[]): boolean {
  if (ev.visibility === 'public') return true;
  // One team at the screen sees what its news showed it; several share the screen, so none sees another's.
  return viewers.length === 1 && ev.visibility.includes(viewers[0]);
}

/** A log entry without what would reveal a covert order: its refusal, or the White Cell forcing it. */
function scrubEntry(entry: TurnLogEntry, viewers: readonly ActorId[]): TurnLogEntry {
  const own = (actor: ActorId | undefined) => viewers.length === 1 && actor === viewers[0];
  const rejected = entry.rejected.filter((r) => !isCovert(r.order?.type) || own(r.order?.actor));
  const f = entry.facilitator;
  if (!f?.overrides) return { ...entry, rejected };
  const overrides = Object.fromEntries(Object.entries(f.overrides).filter(([i]) => {
    const order = entry.orders[Number(i)];
    return !order || !isCovert(order.type) || own(order.actor);
  }));
  return { ...entry, rejected, facilitator: { ...f, overrides } };
}

/**
 * The record as the teams may see it (the input unchanged in scope 'all'). An agent's trigger naming a
 * hidden event ("t3-12: Baku works covertly ...") is dropped with it.
 */
export function forAudience(input: DebriefInput): DebriefInput {
  if (debriefScope(input) === 'all') return input;
  const viewers = input.viewers ?? [];
  const events = input.events.filter((e) => shownTo(e, viewers));
  const hidden = new Set(input.events.filter((e) => !shownTo(e, viewers)).map((e) => e.id));
  const clean = events.map((e) => {
    const id = e.trigger ? triggerEventId(e.trigger) : undefined;
    if (!id || !hidden.has(id)) return e;
    const { trigger: _hidden, ...rest } = e;
    return rest as GameEvent;
  });
  return { ...input, events: clean, log: input.log.map((e) => scrubEntry(e, viewers)) };
}
