/**
 * Attaches the classroom tools to a running game: a toolbar (After-action review, White Cell,
 * Forecast), the live forecast box, and the White Cell dialog. It listens to the session's turns
 * (session.subscribe) instead of changing the game controller's turn loop.
 */
import './classroom.css';
import type { GameSession } from '../../runtime/session.js';
import { el, toast } from '../dom.js';
import { createForecastPanel } from './forecastPanel.js';
import { whenIdle } from '../idle.js';
import { createWhiteCell } from './whiteCell.js';
import { openAbout } from '../panels/about.js';
import { createSeatsDialog } from './seatsDialog.js';
import { openReplay } from './replayPanel.js';
import { importText } from '../saves.js';
import type { ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';

export interface ClassroomHooks {
  /** Redraw the game screen after a facilitator act. */
  refresh: () => void;
  /** A seat changed hands (the game controller picks the team at the screen). */
  seatsChanged: (actor: ActorId, who: 'human' | 'agent') => void;
  /** Draws a past state on the map (replay), and puts the running game back. */
  showState: (state: GameState) => void;
  restoreMap: () => void;
  /** Runs a what-if branch as the game; `fromTurn` labels it. */
  runBranch: (session: GameSession, fromTurn: number) => void;
  /** Set when the running game is a branch: shown as a banner. */
  branchOf?: number | null;
}

export interface Classroom {
  /** A turn is about to resolve: a forecast still running stops (a new one follows the turn). */
  turnStarting(): void;
  openReview(): void;
  /** Opens the White Cell after its confirmation; `aboveHandover` for a class game started with it open. */
  openWhiteCell(opts?: { aboveHandover?: boolean }): void;
  /** Whether the White Cell has paused the game: End turn is then off (the game screen shows why). */
  readonly paused: boolean;
  openSeats(): void;
  openReplay(): void;
  dispose(): void;
}

type ReviewModule = typeof import('./review.js');
let reviewModule: ReviewModule | null = null;
let reviewLoad: Promise<ReviewModule> | null = null;

/**
 * The after-action review (with chart.js) is a chunk of its own, loaded when the page is idle after a
 * game starts, so opening the review later is immediate; opened before that, it waits for the chunk.
 */
export function loadReview(): Promise<ReviewModule> {
  reviewLoad ??= import('./review.js').then((m) => (reviewModule = m));
  return reviewLoad;
}

export function attachClassroom(session: GameSession, hooks: ClassroomHooks): Classroom {
  const side = document.getElementById('side');
  const foot = side?.querySelector('.foot') ?? null;
  document.getElementById('classroom-tools')?.remove();
  document.getElementById('forecast-box')?.remove();
  const box = el('div', { id: 'forecast-box', 'aria-live': 'polite', 'aria-label': 'Forecast' });
  const forecast = createForecastPanel(box, () => session);
  const replayHooks = { showState: hooks.showState, restore: hooks.restoreMap, branch: hooks.runBranch };
  const replay = () => { document.getElementById('review')?.setAttribute('hidden', ''); openReplay(session, replayHooks); };
  const openReview = () => {
    const show = (m: ReviewModule) => {
      m.showReview(session, () => hooks.refresh());
      document.querySelector('#review .review-actions')?.append(el('button', { id: 'review-replay', onclick: replay }, 'Replay and branch'));
    };
    if (reviewModule) show(reviewModule);
    else loadReview().then(show, (e: unknown) => toast(`The review could not be loaded: ${e instanceof Error ? e.message : String(e)}`, 'error'));
  };
  const seats = createSeatsDialog({ session: () => session, changed: (a, who) => hooks.seatsChanged(a, who) });
  const whiteCell = createWhiteCell({ session: () => session, endGame: openReview, changed: () => hooks.refresh(), openSeats: () => seats.open() });
  const file = el('input', { type: 'file', accept: '.json,application/json', id: 'replay-file', 'aria-label': 'Replay a save file', hidden: true });
  file.addEventListener('change', () => {
    const f = file.files?.[0];
    file.value = '';
    if (!f) return;
    void f.text().then((text) => {
      const r = importText(text);
      if (r.ok) openReplay(r.session, replayHooks, true, `the save ${f.name}`);
      else toast(`Cannot replay this file. ${r.error}`, 'error');
    });
  });
  const tools = el('div', { id: 'classroom-tools', role: 'toolbar', 'aria-label': 'Classroom tools' },
    el('button', { id: 'open-review', onclick: openReview }, 'After-action review'),
    el('button', { id: 'open-white-cell', onclick: () => whiteCell.open() }, 'White Cell'),
    el('button', { id: 'open-seats', onclick: () => seats.open() }, 'Seats'),
    el('button', { id: 'open-replay', onclick: replay }, 'Replay'),
    el('button', { id: 'replay-save', onclick: () => file.click() }, 'Replay a save file'),
    el('button', { id: 'open-about-game', onclick: () => openAbout() }, 'About this model'),
    file,
    el('button', { id: 'refresh-forecast', onclick: () => forecast.update() }, 'Forecast'),
  );
  document.getElementById('branch-banner')?.remove();
  const banner = hooks.branchOf
    ? el('div', { id: 'branch-banner', role: 'note' }, `What-if branch from turn ${hooks.branchOf}: a new game; the original stays in the save slots.`)
    : null;
  if (side) {
    side.insertBefore(box, foot);
    side.insertBefore(tools, foot);
    if (banner) side.prepend(banner);
  }
  // Pause: the game screen turns End turn off while paused (refresh reads `paused`); this also holds a
  // click that reaches the button anyway.
  const hold = (e: Event) => {
    if (whiteCell.paused && (e.target as HTMLElement | null)?.closest?.('#end-turn')) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  };
  document.addEventListener('click', hold, true);
  // The forecast starts once the new turn is on screen and the page is idle: sending the state to
  // the worker and the worker's first rollouts would otherwise compete with the turn's first frame.
  let cancelForecast: (() => void) | null = null;
  const forecastSoon = () => {
    cancelForecast?.();
    cancelForecast = whenIdle(() => {
      cancelForecast = null;
      forecast.update();
    }, 1500);
  };
  const unsubscribe = session.subscribe(() => {
    whiteCell.applyScheduled();
    forecastSoon();
  });
  forecastSoon();
  const cancelPreload = whenIdle(() => void loadReview().catch(() => undefined), 10_000);
  return {
    turnStarting() {
      cancelForecast?.();
      cancelForecast = null;
      forecast.interrupt();
    },
    openReview,
    openWhiteCell: (opts) => whiteCell.open(opts),
    get paused() { return whiteCell.paused; },
    openSeats: () => seats.open(),
    openReplay: replay,
    dispose() {
      seats.close();
      document.getElementById('replay-panel')?.remove();
      banner?.remove();
      unsubscribe();
      cancelForecast?.();
      cancelPreload();
      forecast.dispose();
      whiteCell.close();
      document.removeEventListener('click', hold, true);
      tools.remove();
      box.remove();
    },
  };
}
