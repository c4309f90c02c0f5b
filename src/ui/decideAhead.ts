/**
 * The agents' orders for the coming turn, decided ahead in idle time once a turn is on screen, so that
 * End turn only has to resolve them (milliseconds) and the next frame can show the new turn.
 *
 * The session does the deciding (`GameSession.previewAgentOrders`, which the White Cell uses too):
 * End turn then plays exactly the orders it decided, and any change to the human orders or the seats
 * makes it drop them and decide again, exactly (the agents' memory is restored first). So the game is
 * the same whether or not, and whenever, the orders were decided ahead. This class only tracks whether
 * they were decided for the session, state and orders now on screen: the page calls `changed` on every
 * redraw of its panels (which follows every change to the orders or the seats).
 *
 * Not on a new game's first turn: there the agents first take in the opening state, which would change
 * what the Country panel and the White Cell show of them before the turn ends.
 */
import type { GameState } from '../sim/state/types.js';

/** What is needed of a game session (runtime/session.ts). */
export interface DecidingSession {
  readonly state: GameState;
  readonly log: readonly unknown[];
  previewAgentOrders(): unknown;
}

/** Runs `f` later (when the page is idle); returns a cancel function. */
export type IdleScheduler = (f: () => void) => () => void;

export class DecideAhead<S extends DecidingSession = DecidingSession> {
  private epoch = 0;
  private decided: { session: S; state: GameState; epoch: number } | null = null;
  private cancel: (() => void) | null = null;

  /** @param idle schedules the deciding (the page: `whenIdle`, after the next paint) */
  constructor(private readonly idle: IdleScheduler) {}

  /**
   * The page redrew for `session` (a new turn, changed orders or seats, another game): what was decided
   * before no longer counts, and the agents decide again when the page is idle, unless `busy` says
   * then that a turn is being resolved.
   */
  changed(session: S | null, busy: () => boolean = () => false): void {
    this.stop();
    this.epoch++;
    if (!session || session.state.ending || session.log.length === 0) return;
    const epoch = this.epoch;
    this.cancel = this.idle(() => {
      this.cancel = null;
      if (busy() || session.state.ending || this.epoch !== epoch) return;
      try {
        session.previewAgentOrders();
        this.decided = { session, state: session.state, epoch };
      } catch {
        // Only a head start: End turn decides as usual.
      }
    });
  }

  /** Whether the agents' orders for `session`'s coming turn, with the orders now queued, are decided. */
  ready(session: S): boolean {
    const d = this.decided;
    return !!d && d.session === session && d.state === session.state && d.epoch === this.epoch;
  }

  /** Cancels a deciding not yet started (a turn is starting, or the page leaves the game). */
  stop(): void {
    this.cancel?.();
    this.cancel = null;
  }
}
