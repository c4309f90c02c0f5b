/**
 * Attaches the classroom tools to a running game: a toolbar (After-action review, White Cell,
 * Forecast), the live forecast box, and the White Cell dialog. It listens to the session's turns
 * (session.subscribe) instead of changing the game controller's turn loop.
 */
import './classroom.css';
import type { GameSession } from '../../runtime/session.js';
import { el } from '../dom.js';
import { createForecastPanel } from './forecastPanel.js';
import { showReview } from './review.js';
import { createWhiteCell } from './whiteCell.js';

export interface ClassroomHooks {
  /** Redraw the game screen after a facilitator act. */
  refresh: () => void;
}

export interface Classroom {
  openReview(): void;
  openWhiteCell(): void;
  dispose(): void;
}

export function attachClassroom(session: GameSession, hooks: ClassroomHooks): Classroom {
  const side = document.getElementById('side');
  const foot = side?.querySelector('.foot') ?? null;
  document.getElementById('classroom-tools')?.remove();
  document.getElementById('forecast-box')?.remove();
  const box = el('div', { id: 'forecast-box', 'aria-live': 'polite', 'aria-label': 'Forecast' });
  const forecast = createForecastPanel(box, () => session);
  const openReview = () => { showReview(session, () => hooks.refresh()); };
  const whiteCell = createWhiteCell({ session: () => session, endGame: openReview, changed: () => hooks.refresh() });
  const tools = el('div', { id: 'classroom-tools', role: 'toolbar', 'aria-label': 'Classroom tools' },
    el('button', { id: 'open-review', onclick: openReview }, 'After-action review'),
    el('button', { id: 'open-white-cell', onclick: () => whiteCell.open() }, 'White Cell'),
    el('button', { id: 'refresh-forecast', onclick: () => forecast.update() }, 'Forecast'),
  );
  if (side) {
    side.insertBefore(box, foot);
    side.insertBefore(tools, foot);
  }
  // Pause: hold the End turn button while the White Cell has paused the game.
  const hold = (e: Event) => {
    if (whiteCell.paused && (e.target as HTMLElement | null)?.closest?.('#end-turn')) {
      e.stopImmediatePropagation();
      e.preventDefault();
    }
  };
  document.addEventListener('click', hold, true);
  const unsubscribe = session.subscribe(() => {
    whiteCell.applyScheduled();
    forecast.update();
  });
  forecast.update();
  return {
    openReview,
    openWhiteCell: () => whiteCell.open(),
    dispose() {
      unsubscribe();
      forecast.dispose();
      whiteCell.close();
      document.removeEventListener('click', hold, true);
      tools.remove();
      box.remove();
    },
  };
}
