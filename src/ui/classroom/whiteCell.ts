/**
 * The White Cell (facilitator) dialog: see every seat and every queued order, pause the game, inject
 * any world event now or at a later turn, force the outcome of a queued uncertain order (with a note),
 * and end the game into the review. Every act goes through `session.facilitate`, so it is kept in the
 * turn log and marked in the review. Opening it asks for a confirmation only (a classroom tool).
 */
import { ACTOR_IDS, ACTOR_NAMES } from '../../shared/ids.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { INJECTABLE_EVENTS as WORLD_EVENTS } from '../../runtime/facilitator.js';
import type { GameSession } from '../../runtime/session.js';
import { provinceNames } from '../../shared/reasonWords.js';
import { el, mount } from '../dom.js';
import { describeOrderOf, provinceCities, stateAndSeat } from '../text/describe.js';
import { createWhiteCellExtras } from './whiteCellExtra.js';

/** A world event's title for the queue ("Armenia-Azerbaijan border clash", not borderClash); an unknown id is shown as is. */
export function eventTitle(id: string): string {
  return WORLD_EVENTS.find((w) => w.id === id)?.title ?? id;
}

/** Orders whose outcome is drawn (the ones an override can force). */
const UNCERTAIN = new Set(['military.strike', 'military.offensive', 'covert.influence']);

export interface WhiteCellHooks {
  session: () => GameSession | null;
  endGame: () => void;
  /** Called after any act so the game screen can redraw. */
  changed: () => void;
  /** Opens the Seats dialog (switch states between teams and agents). */
  openSeats?: () => void;
}

export interface WhiteCell {
  /**
   * Asks for the confirmation and opens the dialog. `aboveHandover` keeps it above the hand-over screen
   * (a class game started with the White Cell open, before the first team takes the screen).
   */
  open(opts?: { aboveHandover?: boolean }): void;
  close(): void;
  readonly paused: boolean;
  /** Applies injects scheduled for the session's current turn (call after every turn). */
  applyScheduled(): void;
}

export function createWhiteCell(hooks: WhiteCellHooks): WhiteCell {
  let paused = false;
  const scheduled: { turn: number; event: string; note: string }[] = [];
  let box: HTMLElement | null = null;
  const extras = createWhiteCellExtras();

  const inject = (turn: number, event: string, note: string) => {
    const s = hooks.session();
    if (!s) return;
    if (turn <= s.state.turn) s.facilitate({ injects: [{ event, note: note || 'White Cell inject' }] });
    else scheduled.push({ turn, event, note });
    render();
    hooks.changed();
  };

  const render = () => {
    const s = hooks.session();
    if (!box || !s) return;
    const evSel = el('select', { id: 'wc-event', 'aria-label': 'World event' }, ...WORLD_EVENTS.map((w) => el('option', { value: w.id }, w.title)));
    const turnIn = el('input', { id: 'wc-turn', type: 'number', min: s.state.turn, max: s.state.scenario.turns, value: s.state.turn, 'aria-label': 'Turn' });
    const noteIn = el('input', { id: 'wc-note', type: 'text', placeholder: 'note for the record', 'aria-label': 'Note' });
    const queued = s.facilitator.injects ?? [];
    const pending = s.allPending();
    const names = provinceNames(s.state);
    const cities = provinceCities(s.state.provinces);
    mount(box,
      el('h2', {}, 'White Cell'),
      el('p', { className: 'small muted' }, `Turn ${s.state.turn}. Every act here is kept in the record and marked in the review.`),
      el('section', {},
        el('button', { id: 'wc-pause', 'aria-pressed': String(paused), onclick: () => { paused = !paused; render(); hooks.changed(); } }, paused ? 'Resume the game' : 'Pause the game'),
        el('span', { className: 'small', id: 'wc-paused' }, paused ? ' Paused: End turn is off for every team until you resume.' : ''),
      ),
      extras.crisis(s, () => { render(); hooks.changed(); }),
      el('section', {}, el('h3', {}, 'Inject a world event'),
        el('label', {}, 'Event', evSel), el('label', {}, 'At turn', turnIn), el('label', {}, 'Note', noteIn),
        el('button', { id: 'wc-inject', onclick: () => inject(Number(turnIn.value) || s.state.turn, evSel.value, noteIn.value) }, 'Inject'),
        queued.length ? el('p', { className: 'small', id: 'wc-queued' }, `This turn: ${queued.map((q) => eventTitle(q.event)).join(', ')}`) : null,
        scheduled.length ? el('p', { className: 'small', id: 'wc-scheduled' }, `Scheduled: ${scheduled.map((q) => `${eventTitle(q.event)} at turn ${q.turn}`).join(', ')}`) : null,
      ),
      el('section', {}, el('h3', {}, 'Queued orders (all teams)'),
        pending.length ? el('ul', {}, ...pending.map((o, i) => el('li', {},
          describeOrderOf(o, ACTION_SPECS[o.type].label, s.state.proposals, names, cities),
          UNCERTAIN.has(o.type) ? el('span', {}, ' ',
            el('button', { onclick: () => { s.facilitate({ overrides: { [i]: { outcome: 'success', note: noteIn.value || 'White Cell forced success' } } }); render(); } }, 'force success'),
            el('button', { onclick: () => { s.facilitate({ overrides: { [i]: { outcome: 'failure', note: noteIn.value || 'White Cell forced failure' } } }); render(); } }, 'force failure'),
            s.facilitator.overrides?.[i] ? el('b', {}, ` forced: ${s.facilitator.overrides[i].outcome}`) : null) : null,
        ))) : el('p', { className: 'small muted' }, 'No team has queued an order yet this turn.'),
      ),
      el('section', {}, el('h3', {}, 'Seats and minds'),
        el('ul', {}, ...ACTOR_IDS.map((a) => {
          let mind = '';
          // The summary already names the posture and the alignment in words.
          try { mind = s.agentView(a).summary; } catch { mind = ''; }
          const who = `${stateAndSeat(a)}, ${s.seats[a] === 'human' ? 'played by a team' : 'played by an agent'}`;
          return el('li', {}, `${who}${mind ? `: ${mind}` : ''}`);
        })),
        hooks.openSeats ? el('button', { id: 'wc-seats', onclick: () => hooks.openSeats?.() }, 'Change seats…') : null,
      ),
      ...extras.sections(s, () => noteIn.value, () => { render(); hooks.changed(); }),
      el('section', {},
        el('button', { id: 'wc-end', onclick: () => { if (window.confirm('End the game now and open the review?')) { close(); hooks.endGame(); } } }, 'End the game'),
        el('button', { className: 'primary', onclick: () => close() }, 'Close'),
      ),
    );
  };

  const close = () => { box?.remove(); box = null; };

  return {
    open(opts = {}) {
      if (box) return;
      if (!window.confirm('Open the White Cell? It shows every team\'s orders and lets you change the game.')) return;
      box = el('aside', { id: 'white-cell', role: 'dialog', 'aria-label': 'White Cell' });
      // The hand-over screen sits at z-index 80 (classroom.css); the dialog is 40 otherwise.
      if (opts.aboveHandover) box.style.zIndex = '90';
      document.body.append(box);
      render();
    },
    close,
    get paused() { return paused; },
    applyScheduled() {
      const s = hooks.session();
      if (!s) return;
      for (let i = scheduled.length - 1; i >= 0; i--) {
        if (scheduled[i].turn === s.state.turn) {
          s.facilitate({ injects: [{ event: scheduled[i].event, note: scheduled[i].note || 'White Cell inject (scheduled)' }] });
          scheduled.splice(i, 1);
        }
      }
      render();
    },
  };
}
