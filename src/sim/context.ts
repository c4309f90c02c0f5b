/**
 * What an action handler or an end-of-turn system receives: the Immer draft of the state, a way to
 * record events, and the seeded generator. Handlers never touch anything else.
 */
import type { Draft } from 'immer';
import type { GameEvent, GameState } from './state/types.js';
import type { Order, OrderParams } from '../shared/actions.js';
import type { ActionType } from '../shared/actions.js';
import type { ActorId } from '../shared/ids.js';
import { nextFloat } from './rng.js';

export type NewEvent = Omit<GameEvent, 'id' | 'turn' | 'effects' | 'visibility'> &
  Partial<Pick<GameEvent, 'effects' | 'visibility'>>;

export interface SimContext {
  /** The mutable draft of the state. */
  state: Draft<GameState>;
  /** Records an event (id and turn are filled in) and returns it so effects can be appended. */
  emit(event: NewEvent): GameEvent;
  /** Draws a uniform number in [0,1) from the state's generator. */
  random(): number;
  /**
   * Decides an uncertain outcome: draws against `p` unless the facilitator forced it.
   * Returns whether it succeeded; the caller records `probability` and `factors` on its event.
   */
  roll(p: number): boolean;
  /** A facilitator's forced outcome for the order being applied, if any. */
  forced?: 'success' | 'failure';
  forcedNote?: string;
}

/** Cost of an action: action points and money (US$ bn). */
export interface ActionCost {
  ap: number;
  moneyBn: number;
}

/**
 * One entry of the action catalogue. `check` returns a reason when the order is not allowed (the
 * order is then rejected without changing the state); `apply` changes the draft and emits events.
 */
export interface ActionSpec {
  type: ActionType;
  /** Short label for menus, e.g. "Hold a summit". */
  label: string;
  /** One line for the orders panel: what it does. */
  summary: string;
  /** Who may take it: 'any' or a list. */
  who: 'any' | readonly ActorId[];
  cost(state: GameState, order: Order): ActionCost;
  /** Section of the article behind the rule and a paraphrase of the claim. */
  claim: { section: string; note: string };
  /** Who notices and minds, in plain words, for the "likely reactions" hint. */
  reactions: string;
  /**
   * What the action needs before `enumerate` lists any option, in plain words ("needs a relation of -30
   * or less with a target you trade with"): the orders panel shows it when there is no option at all.
   * Kept beside `enumerate`, whose first condition it describes.
   */
  needs: string;
  check(state: GameState, order: Order): string | null;
  apply(ctx: SimContext, order: Order): void;
  /** Candidate parameter sets for `actor` (used by agents and the orders panel); each still goes through check. */
  enumerate(state: GameState, actor: ActorId): OrderParams[];
}

export function makeContext(
  state: Draft<GameState>,
  sink: GameEvent[],
  forced?: { outcome: 'success' | 'failure'; note: string },
): SimContext {
  const ctx: SimContext = {
    state,
    emit(event) {
      state.eventSeq += 1;
      // The keys of `{ effects: [], visibility: 'public', ...event, id, turn }`, in that order: a spread
      // after literal keys is a generic copy in V8, Object.assign onto the literal twice as fast (events
      // are built in code, so none has a `__proto__` key, where the two would differ).
      const full = Object.assign({ effects: [], visibility: 'public' }, event) as unknown as GameEvent;
      full.id = `t${state.turn}-${state.eventSeq}`;
      full.turn = state.turn;
      if (ctx.forced && (full.outcome === 'success' || full.outcome === 'failure') && full.probability !== undefined) {
        full.overridden = { note: ctx.forcedNote ?? '' };
      }
      sink.push(full);
      return full;
    },
    random: () => nextFloat(state.rng),
    roll(p) {
      // Draw even when forced, so a forced outcome does not shift every later random number.
      const drawn = nextFloat(state.rng) < p;
      if (ctx.forced) return ctx.forced === 'success';
      return drawn;
    },
    forced: forced?.outcome,
    forcedNote: forced?.note,
  };
  return ctx;
}
