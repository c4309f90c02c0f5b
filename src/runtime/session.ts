/**
 * A game session: owns the state, the seats, the orders queued by human seats, the facilitator's input
 * for the turn, the turn log, and a snapshot of the state and the agents' memory at the start of every
 * turn (for branching and the debrief). The state is only ever changed by `resolveTurn`.
 */
import { ACTOR_IDS, PLAYABLE_IDS, isActorId, type ActorId } from '../shared/ids.js';
import type { Order } from '../shared/actions.js';
import type { GameEvent, GameState } from '../sim/state/types.js';
import { createGame, resolveTurn, stateHash, withControllers, type FacilitatorInput } from '../sim/engine.js';
import { validateOrder } from '../sim/orders.js';
import type { ActionCost } from '../sim/context.js';
import type { AgentDirector, AgentView, Difficulty } from '../agents/types.js';
import type { GameSessionApi, Seats, SessionOptions, TurnLogEntry, TurnOutcome } from './types.js';
import { directorFactory, type DirectorFactory } from './directors.js';
import { withLazyHash } from './lazyHash.js';
import { canonicalJson } from '../sim/canonical.js';

/** What the session remembers about the start of each turn. */
export interface TurnStart {
  turn: number;
  state: GameState;
  /** The agents' memory before they decided this turn (JSON). */
  agents: unknown;
  seats: Seats;
}

export interface CreateSessionOptions extends SessionOptions {
  /** A ready director (tests, the forecast); otherwise one is made by `makeDirector` or the default. */
  director?: AgentDirector;
  /** Makes directors for branches and loads; defaults to the XState (or plain) director. */
  makeDirector?: DirectorFactory;
  /** Use the plain-function agents instead of the XState machines. */
  plain?: boolean;
  /**
   * How turns are resolved (sim/engine.ts ResolveOptions): 'immer' (default) or 'clone', the cheaper
   * copy-based path headless batches use. Both give the same states.
   */
  engine?: 'immer' | 'clone';
  /**
   * Keep the state and the agents' memory at the start of every turn (default true: branching and the
   * debrief need them). Monte Carlo rollouts turn it off to save the agents' snapshots.
   */
  keepStarts?: boolean;
}

/** Internal: a session restored mid-game (branch, load). */
interface Resume {
  starts: TurnStart[];
  log: TurnLogEntry[];
  events: GameEvent[];
}

interface AgentPreview {
  /** The agents' memory before they decided, to undo the decision if it must be taken again. */
  memory: unknown;
  decision: { orders: Order[]; failures: { actor: ActorId; error: string }[] };
}

const NO_COST: ActionCost = { ap: 0, moneyBn: 0 };

/** A forced outcome of an agent's order (the White Cell's preview). */
export interface AgentForce {
  outcome: 'success' | 'failure';
  note: string;
}

/**
 * A forced outcome the White Cell had set on an agent's order that the agents, deciding again (a team
 * changed its queue, a seat changed hands), no longer plan: the force is not applied, and the White Cell
 * says so instead of losing it without a word.
 */
export interface DroppedForce extends AgentForce {
  /** The turn it was set for. */
  turn: number;
  /** The order it was set on, which the agents no longer plan. */
  order: Order;
}

/** Whether two orders are the same order: same actor, type and parameters (key order aside). */
export function sameOrder(a: Order, b: Order): boolean {
  return a.actor === b.actor && a.type === b.type && canonicalJson(a.params) === canonicalJson(b.params);
}

/** Seats with every actor filled in; ISR and RUS are always agents. */
export function normaliseSeats(partial: Partial<Seats> = {}): Seats {
  const seats = {} as Seats;
  for (const id of ACTOR_IDS) {
    seats[id] = partial[id] === 'human' && (PLAYABLE_IDS as readonly string[]).includes(id) ? 'human' : 'agent';
  }
  return seats;
}

/** Orders the other states can see: covert acts are deniable, so agents do not hear of them. */
function isPublic(order: Order): boolean {
  return !order.type.startsWith('covert.');
}

/** Creates a session for a new game. Throws if the scenario is invalid (the CLI and UI validate first). */
export function createSession(options: CreateSessionOptions): GameSession {
  return new GameSession(options);
}

export class GameSession implements GameSessionApi {
  readonly difficulty: Difficulty;
  readonly seed: number;
  /** The scenario as given (an id or a JSON object), kept for branches and saves. */
  readonly scenarioInput: unknown;
  readonly plain: boolean;
  readonly engine: 'immer' | 'clone';
  readonly #keepStarts: boolean;
  #state: GameState;
  #seats: Seats;
  #director: AgentDirector;
  readonly #makeDirector: DirectorFactory;
  #starts: TurnStart[];
  #log: TurnLogEntry[];
  #events: GameEvent[];
  #queued: { order: Order; cost: ActionCost }[] = [];
  #facilitator: FacilitatorInput = {};
  #seatChanged = false;
  /** The agents' decision computed ahead by `previewAgentOrders`, reused by `endTurn` (see there). */
  #preview: AgentPreview | null = null;
  /** Forced outcomes of previewed agent orders, keyed by their index in the preview's list. */
  #agentOverrides: Record<number, AgentForce> = {};
  /**
   * Forced outcomes of a dropped preview with the orders they were set on, waiting for the agents'
   * next decision: each goes back onto the same order there, or into `#droppedForces`.
   */
  #carriedForces: { order: Order; force: AgentForce }[] = [];
  /** Forced outcomes dropped because the agents no longer planned their order (every turn, oldest first). */
  #droppedForces: DroppedForce[] = [];
  readonly #listeners = new Set<(o: TurnOutcome) => void>();

  constructor(options: CreateSessionOptions, resume?: Resume) {
    this.difficulty = options.difficulty;
    this.seed = options.seed;
    this.scenarioInput = options.scenario;
    this.plain = options.plain ?? false;
    this.engine = options.engine ?? 'immer';
    this.#keepStarts = options.keepStarts ?? true;
    this.#makeDirector = options.makeDirector ?? directorFactory({ difficulty: options.difficulty, seed: options.seed, plain: options.plain });
    this.#seats = normaliseSeats(options.seats);
    if (resume) {
      const start = resume.starts[resume.starts.length - 1];
      this.#state = start.state;
      this.#seats = { ...start.seats };
      this.#starts = resume.starts;
      this.#log = resume.log;
      this.#events = resume.events;
      this.#director = options.director ?? this.#makeDirector();
      this.#director.restore(start.agents);
    } else {
      this.#state = createGame(options.scenario, options.seed, { seats: this.#seats });
      this.#director = options.director ?? this.#makeDirector();
      this.#starts = [{ turn: this.#state.turn, state: this.#state, agents: this.#director.snapshot(), seats: { ...this.#seats } }];
      this.#log = [];
      this.#events = [];
    }
  }

  get state(): GameState { return this.#state; }
  get seats(): Seats { return { ...this.#seats }; }
  get log(): readonly TurnLogEntry[] { return this.#log; }
  get events(): readonly GameEvent[] { return this.#events; }
  /** Snapshots of the start of every turn played so far and of the current one. */
  get starts(): readonly TurnStart[] { return this.#starts; }
  /** The facilitator's input queued for this turn. */
  get facilitator(): FacilitatorInput { return this.#facilitator; }
  get director(): AgentDirector { return this.#director; }

  pending(actor: ActorId): readonly Order[] {
    return this.#queued.filter((q) => q.order.actor === actor).map((q) => q.order);
  }

  /** Everything queued this turn by human seats, in submission order. */
  allPending(): readonly Order[] {
    return this.#queued.map((q) => q.order);
  }

  queue(order: Order): string | null {
    const actor = (order as { actor?: unknown } | null)?.actor;
    if (!isActorId(actor)) return `unknown actor ${JSON.stringify(actor)} (expected one of ${ACTOR_IDS.join(', ')})`;
    if (this.#seats[actor] !== 'human') return `${actor} is played by an agent this game; only human seats queue orders`;
    const spent = this.#queued
      .filter((q) => q.order.actor === actor)
      .reduce((s, q) => ({ ap: s.ap + q.cost.ap, moneyBn: s.moneyBn + q.cost.moneyBn }), NO_COST);
    const res = validateOrder(this.#state, order, spent);
    if (!res.ok) return res.reason;
    this.#queued.push({ order: res.order, cost: res.cost });
    this.#dropPreview();
    return null;
  }

  unqueue(actor: ActorId, index: number): void {
    let seen = -1;
    const at = this.#queued.findIndex((q) => q.order.actor === actor && ++seen === index);
    if (at >= 0) {
      this.#queued.splice(at, 1);
      this.#dropPreview();
    }
  }

  facilitate(input: FacilitatorInput): void {
    const cur = this.#facilitator;
    const injects = [...(cur.injects ?? []), ...(input.injects ?? [])];
    const overrides = { ...(cur.overrides ?? {}), ...(input.overrides ?? {}) };
    const adjust = [...(cur.adjust ?? []), ...(input.adjust ?? [])];
    this.#facilitator = {
      ...(injects.length ? { injects } : {}),
      ...(Object.keys(overrides).length ? { overrides } : {}),
      ...(adjust.length ? { adjust } : {}),
    };
  }

  /**
   * The orders the agents will play this turn, computed now without resolving anything, so the White
   * Cell can see them and force an uncertain outcome before it is applied. The decision is cached and
   * `endTurn` plays exactly these orders; if the humans' queue or the seats change afterwards, the
   * agents' memory is restored and they decide again (at the next preview or at `endTurn`). A forced
   * outcome then goes back onto the same order (actor, type and parameters) of the new decision; one
   * whose order the agents no longer plan is dropped and kept in `droppedForces`.
   * Agent order `i` of the preview is resolved at index `offset + i` of the turn's order list.
   */
  previewAgentOrders(): { orders: readonly Order[]; offset: number; failures: { actor: ActorId; error: string }[] } {
    if (!this.#preview) {
      const memory = this.#director.snapshot();
      this.#preview = { memory, decision: this.#decideAgents(withControllers(this.#state, this.#seats)) };
    }
    return { orders: this.#preview.decision.orders, offset: this.#queued.length, failures: this.#preview.decision.failures };
  }

  /** Forces the outcome of previewed agent order `index` (see previewAgentOrders); null clears it. */
  forceAgentOutcome(index: number, force: AgentForce | null): void {
    if (!this.#preview || index < 0 || index >= this.#preview.decision.orders.length) throw new Error(`no previewed agent order ${index}`);
    if (force) this.#agentOverrides[index] = force;
    else delete this.#agentOverrides[index];
  }

  /** Forced outcomes of previewed agent orders (by preview index). */
  get agentOverrides(): Readonly<Record<number, AgentForce>> {
    return this.#agentOverrides;
  }

  /**
   * Forced outcomes dropped because the agents, deciding again, no longer planned the order they were
   * set on (oldest first; the White Cell shows this turn's and last turn's).
   */
  get droppedForces(): readonly DroppedForce[] {
    return this.#droppedForces;
  }

  /**
   * Forgets a preview: the agents' memory goes back to before it, so deciding again is exact. Its forced
   * outcomes are carried, with their orders, to the agents' next decision (#decideAgents).
   */
  #dropPreview(): void {
    if (!this.#preview) return;
    const orders = this.#preview.decision.orders;
    for (const [i, force] of Object.entries(this.#agentOverrides)) this.#carriedForces.push({ order: orders[Number(i)], force });
    this.#director.restore(this.#preview.memory);
    this.#preview = null;
    this.#agentOverrides = {};
  }

  /**
   * The agents decide for the turn (from `state`, the seats as they are now, hearing the humans' public
   * orders); forced outcomes carried from a dropped preview go back onto the same orders, in order (the
   * k-th force set on an order goes to its k-th copy), or are recorded as dropped.
   */
  #decideAgents(state: GameState): { orders: Order[]; failures: { actor: ActorId; error: string }[] } {
    const humanOrders = this.#queued.map((q) => q.order);
    const agentActors = ACTOR_IDS.filter((a) => this.#seats[a] === 'agent');
    const decision = this.#safeDecide(state, humanOrders.filter(isPublic), agentActors);
    const carried = this.#carriedForces;
    this.#carriedForces = [];
    const taken = new Set<number>();
    for (const { order, force } of carried) {
      const at = decision.orders.findIndex((o, i) => !taken.has(i) && sameOrder(o, order));
      if (at >= 0) {
        taken.add(at);
        this.#agentOverrides[at] = force;
      } else {
        this.#droppedForces.push({ turn: this.#state.turn, order, ...force });
      }
    }
    return decision;
  }

  setSeat(actor: ActorId, who: 'human' | 'agent'): void {
    if (!isActorId(actor)) throw new Error(`unknown actor ${JSON.stringify(actor)}`);
    if (who === 'human' && !(PLAYABLE_IDS as readonly string[]).includes(actor)) {
      throw new Error(`${actor} is always played by an agent (playable: ${PLAYABLE_IDS.join(', ')})`);
    }
    if (this.#seats[actor] === who) return;
    this.#seats[actor] = who;
    this.#seatChanged = true;
    // A seat handed to an agent drops the human's queued orders: the agent decides for itself.
    if (who === 'agent') this.#queued = this.#queued.filter((q) => q.order.actor !== actor);
    this.#dropPreview();
  }

  endTurn(): TurnOutcome {
    if (this.#state.ending) throw new Error(`the game has ended (${this.#state.ending.kind}, turn ${this.#state.ending.turn})`);
    // The seats as they are now: a state handed to a team (or back to an agent) this turn is its.
    const before = withControllers(this.#state, this.#seats);
    const turn = before.turn;
    const humanOrders = this.#queued.map((q) => q.order);
    const agentActors = ACTOR_IDS.filter((a) => this.#seats[a] === 'agent');
    const decision = this.#preview
      ? { orders: [...this.#preview.decision.orders], failures: [...this.#preview.decision.failures] }
      : this.#decideAgents(before);
    const orders = [...humanOrders, ...decision.orders];
    const facilitator = this.#withAgentOverrides(humanOrders.length);
    const result = resolveTurn(before, orders, facilitator, { engine: this.engine });
    const observeFailure = this.#safeObserve(result.state, result.events);
    if (observeFailure) decision.failures.push(...agentActors.map((actor) => ({ actor, error: observeFailure })));
    // The hash is computed when first read (a save, a replay check): most headless turns never need it.
    const entry = withLazyHash({
      turn,
      orders,
      ...(facilitator.injects || facilitator.overrides || facilitator.adjust ? { facilitator } : {}),
      ...(this.#seatChanged ? { seats: { ...this.#seats } } : {}),
      rejected: result.rejected,
      agentFailures: decision.failures,
    }, result.state);
    this.#commit(entry, result.state, result.events);
    const outcome: TurnOutcome = {
      turn, events: result.events, rejected: result.rejected, agentOrders: decision.orders,
      agentFailures: decision.failures, state: result.state,
    };
    for (const listener of this.#listeners) listener(outcome);
    return outcome;
  }

  /**
   * Applies a recorded turn exactly (used by loading a save): the recorded orders of every actor are
   * resolved as they were; agents only observe. Returns the new state's hash.
   */
  applyRecorded(entry: Pick<TurnLogEntry, 'orders' | 'facilitator' | 'seats'> & Partial<TurnLogEntry>): string {
    if (entry.seats) this.#seats = normaliseSeats(entry.seats);
    const facilitator = entry.facilitator ?? {};
    const result = resolveTurn(withControllers(this.#state, this.#seats), entry.orders, facilitator);
    this.#safeObserve(result.state, result.events);
    const hash = stateHash(result.state);
    const full: TurnLogEntry = {
      turn: this.#state.turn,
      orders: entry.orders,
      ...(entry.facilitator ? { facilitator: entry.facilitator } : {}),
      ...(entry.seats ? { seats: normaliseSeats(entry.seats) } : {}),
      rejected: result.rejected,
      agentFailures: entry.agentFailures ?? [],
      stateHash: hash,
    };
    this.#commit(full, result.state, result.events);
    return hash;
  }

  /** The turn's facilitator input with forced agent outcomes moved to their index in the resolved list. */
  #withAgentOverrides(offset: number): FacilitatorInput {
    const extra = Object.entries(this.#agentOverrides);
    if (extra.length === 0) return this.#facilitator;
    const overrides = { ...(this.#facilitator.overrides ?? {}) };
    for (const [i, force] of extra) overrides[offset + Number(i)] = force;
    return { ...this.#facilitator, overrides };
  }

  /**
   * What the agent of `actor` thinks. For a seat a team plays the summary is empty: the agent behind it
   * only shadows the seat (to take over if asked), and its posture and alignment are not the team's; the
   * White Cell had listed a human Tehran as "Posture: mobilised" after the team stood down.
   */
  agentView(actor: ActorId): AgentView {
    const view = this.#director.view(actor);
    return this.#seats[actor] === 'human' ? { ...view, summary: '' } : view;
  }

  branch(turn: number): GameSession {
    const idx = this.#starts.findIndex((s) => s.turn === turn);
    if (idx < 0) {
      const first = this.#starts[0].turn;
      throw new Error(`cannot branch from turn ${turn}: turns ${first} to ${this.#state.turn} can be branched`);
    }
    const options: CreateSessionOptions = {
      scenario: this.scenarioInput, seed: this.seed, seats: this.#starts[idx].seats,
      difficulty: this.difficulty, makeDirector: this.#makeDirector, plain: this.plain, engine: this.engine, keepStarts: true,
    };
    return new GameSession(options, {
      starts: this.#starts.slice(0, idx + 1),
      log: this.#log.filter((e) => e.turn < turn),
      events: this.#events.filter((e) => e.turn < turn),
    });
  }

  subscribe(listener: (outcome: TurnOutcome) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Stops the agents' actors; the session should not be used afterwards. */
  dispose(): void {
    this.#director.stop();
    this.#listeners.clear();
  }

  /** A director that throws must not take the game down: every agent passes and the error is logged. */
  #safeDecide(state: GameState, publicOrders: Order[], actors: ActorId[]): { orders: Order[]; failures: { actor: ActorId; error: string }[] } {
    if (actors.length === 0) return { orders: [], failures: [] };
    try {
      return this.#director.decide(state, publicOrders, actors);
    } catch (err) {
      const error = err instanceof Error ? err.message : String(err);
      return { orders: [], failures: actors.map((actor) => ({ actor, error })) };
    }
  }

  /**
   * The built-in directors never throw while observing, but a director that does must not lose the
   * resolved turn (found by tests/reliability): the error is returned for the turn log instead.
   */
  #safeObserve(state: GameState, events: readonly GameEvent[]): string | null {
    try {
      this.#director.observe(state, events);
      return null;
    } catch (err) {
      return `observe failed: ${err instanceof Error ? err.message : String(err)}`;
    }
  }

  #commit(entry: TurnLogEntry, next: GameState, events: GameEvent[]): void {
    this.#log.push(entry);
    this.#events.push(...events);
    this.#state = next;
    this.#queued = [];
    this.#facilitator = {};
    this.#seatChanged = false;
    this.#preview = null;
    this.#agentOverrides = {};
    this.#carriedForces = [];
    if (this.#keepStarts) this.#starts.push({ turn: next.turn, state: next, agents: this.#director.snapshot(), seats: { ...this.#seats } });
  }
}
