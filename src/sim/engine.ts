/**
 * The simulation's entry points. `resolveTurn` is a reducer: state and orders in, a new state and the
 * turn's events out. Immer's `produce` is called here and nowhere else.
 *
 * Turn order (documented in docs/rules.md):
 *  0. facilitator adjustments of scenario values are applied (sim/adjust.ts);
 *  1. every order is validated in submission order, charging the actor's action points and money;
 *     refused orders are returned in `rejected` and change nothing;
 *  2. accepted orders resolve by phase (PHASES below), then by actor in ACTOR_IDS order, then in
 *     submission order; uncertain outcomes roll the state's seeded generator;
 *  3. treaty proposals still pending are settled;
 *  4. facilitator injects are applied;
 *  5. end-of-turn systems run (deliveries, economy, drift, tension, events, commitments, history,
 *     endings), then the turn counter advances.
 */
import { produce, setAutoFreeze } from 'immer';
import type { Order } from '../shared/actions.js';
import { ACTOR_IDS, actorIndex, type ActorId } from '../shared/ids.js';
import type { Controller, GameEvent, GameState, Rejection } from './state/types.js';
import { ACTION_SPECS } from './actions/index.js';
import { settleProposals } from './actions/proposals.js';
import { makeContext } from './context.js';
import { validateOrder } from './orders.js';
import { runEndOfTurn } from './systems/index.js';
import { applyWorldEvent } from './systems/events.js';
import { applyAdjustments } from './adjust.js';
import { canonicalJson, hashJson } from './canonical.js';
import { cloneState } from './clone.js';
import type { ActionCost } from './context.js';

// States are handed to agents, the UI and tests; freezing them deeply costs more than it protects here.
setAutoFreeze(false);

/** Resolution phases: talk before money, money before force. */
export const PHASES: readonly (readonly string[])[] = [
  ['rhetoric.set', 'diplomacy.summit', 'diplomacy.denounce', 'diplomacy.expel', 'diplomacy.openMission', 'diplomacy.mediate', 'diplomacy.realign', 'diplomacy.proposeTreaty'],
  ['economy.oil', 'economy.sanction'],
  ['arms.buy', 'arms.sell'],
  ['corridor.zangezur', 'corridor.aras'],
  ['covert.influence'],
  ['military.standDown', 'military.mobilise', 'military.drill', 'military.deploy'],
  ['military.strike'],
  ['military.offensive'],
];

export interface FacilitatorInput {
  /** World events to inject this turn (GAME.md's events), e.g. { event: 'israelIranStrikes' }. */
  injects?: { event: string; params?: Record<string, unknown>; note?: string }[];
  /** Forced outcomes of uncertain orders, keyed by the order's index in the submitted list. */
  overrides?: Record<number, { outcome: 'success' | 'failure'; note: string }>;
  /**
   * Scenario values set before the orders resolve (appended; see sim/adjust.ts for the whitelist of
   * paths, e.g. 'ARM.stability', 'AZE-IRN.relation', 'global.gazaIntensity'); clamped to range.
   */
  adjust?: { path: string; value: number; note: string }[];
}

export interface TurnResult {
  state: GameState;
  events: GameEvent[];
  rejected: Rejection[];
}

/** The phase of each action type, looked up once per order instead of searched per comparison. */
const PHASE_OF = new Map<string, number>(PHASES.flatMap((types, i) => types.map((t) => [t, i] as const)));

function phaseOf(type: string): number {
  return PHASE_OF.get(type) ?? PHASES.length;
}

/**
 * Steps 0 and 2-5 of the turn on a mutable state: an Immer draft (the default path) or a private copy
 * (the clone path). Both run the same handlers and systems, so both give the same state.
 */
function playOrders(
  draft: GameState,
  accepted: readonly { order: Order; index: number }[],
  facilitator: FacilitatorInput,
  events: GameEvent[],
  rejected: Rejection[],
): GameState {
  // One context for the whole turn (its closures are the same for every step); only an order's forced
  // outcome differs, set before the order and cleared after the last one.
  const ctx = makeContext(draft, events);
  // Adjustments come first: the facilitator sets the stage, then the month's orders play on it.
  if (facilitator.adjust?.length) applyAdjustments(ctx, facilitator.adjust);
  for (const { order, index } of accepted) {
    const spec = ACTION_SPECS[order.type];
    const forced = facilitator.overrides?.[index];
    ctx.forced = forced?.outcome;
    ctx.forcedNote = forced?.note;
    // An order validated at the start of the turn may have become moot (the target collapsed):
    // re-check against the current draft and record a refusal instead of applying it.
    const late = spec.check(draft, order);
    if (late) {
      rejected.push({ order, reason: `no longer possible: ${late}` });
      continue;
    }
    const cost = spec.cost(draft, order);
    draft.actors[order.actor].actionPoints -= cost.ap;
    draft.actors[order.actor].treasuryBn = Math.max(0, Math.round((draft.actors[order.actor].treasuryBn - cost.moneyBn) * 100) / 100);
    spec.apply(ctx, order);
  }
  ctx.forced = undefined;
  ctx.forcedNote = undefined;
  settleProposals(ctx);
  for (const inject of facilitator.injects ?? []) {
    applyWorldEvent(ctx, inject.event, inject.params ?? {}, { kind: 'facilitator', note: inject.note ?? '' });
  }
  runEndOfTurn(ctx);
  return draft;
}

/**
 * How `resolveTurn` changes the state. 'immer' (the default) applies the turn to an Immer draft, so
 * unchanged parts of the state are shared with the input; 'clone' copies the state once (sharing the
 * append-only history rows) and applies the turn to the plain copy, which is cheaper: Monte Carlo
 * batches, the forecast and headless games use it. Both give equal states (tests/sim/engine-paths).
 */
export interface ResolveOptions {
  engine?: 'immer' | 'clone';
}

/** Plays one turn. Never throws on bad orders: they come back in `rejected`. */
export function resolveTurn(
  state: GameState,
  orders: readonly unknown[],
  facilitator: FacilitatorInput = {},
  options: ResolveOptions = {},
): TurnResult {
  if (state.ending) {
    return { state, events: [], rejected: orders.map((o) => ({ order: o as Rejection['order'], reason: 'the game has ended' })) };
  }
  const events: GameEvent[] = [];
  const rejected: Rejection[] = [];
  const accepted: { order: Order; index: number }[] = [];
  const spent = new Map<string, ActionCost>();
  orders.forEach((raw, index) => {
    const actor = (raw as { actor?: string } | null)?.actor ?? '';
    const already = spent.get(actor) ?? { ap: 0, moneyBn: 0 };
    const res = validateOrder(state, raw, already);
    if (!res.ok) {
      rejected.push({ order: raw as Rejection['order'], reason: res.reason });
      return;
    }
    spent.set(actor, { ap: already.ap + res.cost.ap, moneyBn: already.moneyBn + res.cost.moneyBn });
    accepted.push({ order: res.order, index });
  });
  accepted.sort(
    (x, y) =>
      phaseOf(x.order.type) - phaseOf(y.order.type) ||
      actorIndex(x.order.actor) - actorIndex(y.order.actor) ||
      x.index - y.index,
  );

  const next = options.engine === 'clone'
    ? playOrders(cloneState(state), accepted, facilitator, events, rejected)
    : produce(state, (draft) => { playOrders(draft as GameState, accepted, facilitator, events, rejected); });
  return { state: next, events, rejected };
}

/**
 * `state` with each actor's `controller` as `seats` says (the same object when nothing changes). The
 * rules read it: an offer to a team's state waits for the team's answer, and no agent commits a team's
 * state to a joint drill. Seats change hands mid-game (a team absent today), so the runtime calls this
 * before each turn is decided and resolved, and replays apply a log entry's seats the same way.
 */
export function withControllers(state: GameState, seats: Partial<Record<ActorId, Controller>>): GameState {
  let actors: GameState['actors'] | null = null;
  for (const id of ACTOR_IDS) {
    const who = seats[id];
    if (!who || state.actors[id].controller === who) continue;
    actors ??= { ...state.actors };
    actors[id] = { ...state.actors[id], controller: who };
  }
  return actors ? { ...state, actors } : state;
}

/** A short, stable hash of the whole state: the replay check compares these. */
export function stateHash(state: GameState): string {
  return hashJson(state);
}

export { canonicalJson, hashJson };
export { createGame } from './scenario/build.js';
