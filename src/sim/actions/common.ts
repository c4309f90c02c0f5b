/**
 * Parameter checks and event helpers shared by every action family. Checks return a reason that
 * names the parameter and the allowed values (or null when fine); they never throw.
 */
import { ACTOR_IDS, ACTOR_NAMES, isActorId, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { GameEvent, GameState, ProvinceState } from '../state/types.js';
import type { NewEvent, SimContext } from '../context.js';

/** The seat (capital) of an actor, as the news feed names it: "Baku", "Tehran". */
export const seat = (a: ActorId): string => ACTOR_NAMES[a].seat;

/** A province's name shown both ways where contested, e.g. "Syunik (Zangezur)". */
export function provinceLabel(state: GameState, id: string): string {
  const p = state.provinces[id];
  if (!p) return id;
  const alt = p.altName ? p.altName.split(' (')[0] : '';
  // A second name that only lengthens the first ("Nakhchivan Autonomous Republic") is left out.
  return alt && !alt.startsWith(p.name) ? `${p.name} (${alt})` : p.name;
}

function got(v: unknown): string {
  return v === undefined || v === null || v === '' ? 'nothing' : JSON.stringify(v);
}

/** `params.<key>` must be one of `values` (or absent when `optional`). */
export function checkEnum(order: Order, key: string, values: readonly string[], optional = false): string | null {
  const v = order.params[key];
  if (v === undefined && optional) return null;
  if (typeof v === 'string' && values.includes(v)) return null;
  return `params.${key}: expected one of ${values.join(', ')}; got ${got(v)}`;
}

/** `params.<key>` must be an actor other than the one giving the order. */
export function checkOtherActor(order: Order, key = 'target', optional = false): string | null {
  const v = order.params[key];
  if (v === undefined && optional) return null;
  if (!isActorId(v)) return `params.${key}: expected one of ${ACTOR_IDS.join(', ')}; got ${got(v)}`;
  if (v === order.actor) return `params.${key}: expected an actor other than ${order.actor} itself`;
  return null;
}

/** `params.province` must be a province of the map (optionally required). */
export function checkProvince(state: GameState, order: Order, optional = false): string | null {
  const v = order.params.province;
  if (v === undefined && optional) return null;
  // Own keys only: '__proto__' or 'toString' must not pass as provinces (found by the fuzz tests).
  if (typeof v !== 'string' || !Object.prototype.hasOwnProperty.call(state.provinces, v)) {
    const known = Object.keys(state.provinces).slice(0, 8).join(', ');
    return `params.province: expected a province of the map (e.g. ${known}); got ${got(v)}`;
  }
  return null;
}

// Checks are chained with `??`: `checkA(o) ?? checkB(o)` runs checkB only when checkA found nothing
// (checks return null, never ''), with no closure per check; agents run checks on every candidate.

/**
 * Whether `from` already has a proposal of `kind` pending with `to`. A plain loop: the check asks this
 * for every treaty candidate of every agent (and arms offers), over all the game's proposals so far (~18 on average).
 */
export function hasPendingProposal(s: GameState, from: ActorId, to: ActorId, kind: string): boolean {
  for (const x of s.proposals) if (x.status === 'pending' && x.from === from && x.to === to && x.kind === kind) return true;
  return false;
}

/** Who holds a province now: its occupier if occupied, else its owner. */
export const holder = (p: ProvinceState): ActorId => p.occupier ?? p.owner;

/** Reads a tunable rule constant from the scenario's params, with a default kept beside the rule. */
export function rule(state: { params: Record<string, number> }, key: string, dflt: number): number {
  const v = state.params[key];
  return typeof v === 'number' && Number.isFinite(v) ? v : dflt;
}

/** The order's target, already checked. */
export const targetOf = (order: Order): ActorId => order.params.target as ActorId;

/** Records the event of an order (kind 'order'), carrying the agent's reasons and the claim. */
export function orderEvent(
  ctx: SimContext,
  order: Order,
  text: string,
  claim: string,
  extra?: Partial<NewEvent>,
): GameEvent {
  const ev: NewEvent = {
    kind: 'order',
    type: order.type,
    actor: order.actor,
    target: isActorId(order.params.target) ? order.params.target : null,
    params: order.params,
    outcome: 'ok',
    text,
    claim,
  };
  // Assigned rather than spread from temporary objects: the same keys in the same order (a key of
  // `extra` already present keeps its place, as with a spread), without four throwaway objects per event.
  if (order.reasons) ev.reasons = order.reasons;
  if (order.trigger) ev.trigger = order.trigger;
  if (order.posture) ev.posture = order.posture;
  if (extra) for (const k in extra) (ev as Record<string, unknown>)[k] = (extra as Record<string, unknown>)[k];
  return ctx.emit(ev);
}

/**
 * Records a third party's reaction (kind 'reaction'): `who` notices `about`'s move. The caller applies
 * the effects to the returned event so they show up under the reaction, not the order.
 */
export function reactionEvent(
  ctx: SimContext,
  order: Order,
  who: ActorId,
  about: ActorId,
  text: string,
  claim: string,
  extra: Partial<NewEvent> = {},
): GameEvent {
  return ctx.emit({ kind: 'reaction', type: order.type, actor: who, target: about, outcome: 'info', text, claim, ...extra });
}

/** Other actors than those listed, in the fixed order. */
export const othersThan = (...ids: ActorId[]): ActorId[] => ACTOR_IDS.filter((a) => !ids.includes(a));

/** Rounds a probability for the log (3 decimals) and clamps it. */
export const prob = (p: number, lo = 0.02, hi = 0.95): number => Math.round(Math.min(hi, Math.max(lo, p)) * 1000) / 1000;

/**
 * Whether `a` and `b` hold no direct talks and sign no treaties: the Islamic Republic does not recognise
 * Israel (§Israel, §Conclusion: their confrontation runs through proxies, strikes and third countries).
 * Contacts between them go through a mediator (diplomacy.mediate), which stays open.
 */
export function noDirectTies(a: string, b: string): boolean {
  return (a === 'IRN' && b === 'ISR') || (a === 'ISR' && b === 'IRN');
}

/** The refusal of a direct contact between `a` and `b` that noDirectTies rules out. */
export const NO_DIRECT_TIES_TEXT = 'Tehran does not recognise Israel: the two hold no direct talks and sign no treaties (contacts go through a mediator)';
