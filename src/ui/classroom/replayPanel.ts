/**
 * Replay and branch in the page: step through a game (the current one, or a save file imported just
 * for this) turn by turn, read-only — the map shows the state at the start of the chosen turn and the
 * panel the news that led there and the orders then played. "Branch from here" starts a what-if from
 * that turn (session.branch) as a new game; the original keeps its save slots.
 */
import type { GameState } from '../../sim/state/types.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import { turnLabel } from '../../sim/state/selectors.js';
import { stateHash } from '../../sim/engine.js';
import type { GameSession } from '../../runtime/session.js';
import { el, mount, toast } from '../dom.js';
import { describeOrder, people, provinceCities } from '../text/describe.js';
import { provinceNames } from '../../shared/reasonWords.js';
import { shownTo } from '../../runtime/debrief/audience.js';
import { ACTOR_IDS, ACTOR_NAMES } from '../../shared/ids.js';

export interface ReplayHooks {
  /** Draws a (past) state on the map. */
  showState: (state: GameState) => void;
  /** Starts the branch as the running game; `fromTurn` labels it. */
  branch: (session: GameSession, fromTurn: number) => void;
  /** Puts the running game back on the map after the replay closes. */
  restore: () => void;
}

/**
 * Opens the replay panel on `session` at its first turn. `owned` sessions (an imported file) are
 * disposed when the panel closes.
 */
export function openReplay(session: GameSession, hooks: ReplayHooks, owned = false, title = 'this game'): void {
  document.getElementById('replay-panel')?.remove();
  const box = el('aside', { id: 'replay-panel', role: 'dialog', 'aria-label': 'Replay and branch' });
  document.body.append(box);
  const starts = session.starts;
  let k = 0;
  const close = () => {
    box.remove();
    // The branch has its own agents' director, so an imported session can always be let go.
    if (owned) session.dispose();
    hooks.restore();
  };
  const render = () => {
    const start = starts[k];
    const st = start.state;
    // While teams are still playing, the replay keeps to what they may see, as the review does
    // (runtime/debrief/audience.ts): it had listed covert acts the news never showed.
    const viewers = ACTOR_IDS.filter((a) => session.seats[a] === 'human');
    const hiding = !session.state.ending && viewers.length > 0;
    const led = session.events.filter((e) => e.turn === start.turn - 1 && (!hiding || shownTo(e, viewers)));
    const log = session.log.find((e) => e.turn === start.turn);
    const ownCovert = (actor: string) => viewers.length === 1 && actor === viewers[0];
    const played = log && hiding ? { ...log, orders: log.orders.filter((o) => !o.type.startsWith('covert.') || ownCovert(o.actor)) } : log;
    const names = provinceNames(st);
    const cities = provinceCities(st.provinces);
    const select = el('select', { id: 'replay-turn', 'aria-label': 'Turn to show' },
      ...starts.map((s, i) => el('option', { value: String(i), selected: i === k }, `Turn ${s.turn}: ${turnLabel(s.state)}`)));
    select.addEventListener('change', () => { k = Number(select.value); render(); });
    hooks.showState(st);
    mount(box,
      el('h2', {}, `Replay of ${title} (read-only)`),
      el('div', { className: 'row' },
        el('button', { id: 'replay-prev', disabled: k === 0, onclick: () => { k -= 1; render(); } }, '◀ Previous'),
        select,
        el('button', { id: 'replay-next', disabled: k === starts.length - 1, onclick: () => { k += 1; render(); } }, 'Next ▶'),
      ),
      el('p', { id: 'replay-at', 'data-turn': String(start.turn), 'data-hash': stateHash(st) },
        `Start of turn ${start.turn} (${turnLabel(st)}). Tension ${Math.round(st.global.tension)}/100. Seats: ${Object.entries(start.seats).filter(([, w]) => w === 'human').map(([a]) => ACTOR_NAMES[a as keyof typeof ACTOR_NAMES].seat).join(', ') || 'all agents'}.`),
      hiding ? el('p', { className: 'small muted', id: 'replay-scope' }, 'Covert acts stay hidden until the game ends: the replay shows only what the teams may see.') : null,
      el('h3', {}, start.turn > 1 ? `What happened in turn ${start.turn - 1}` : 'The opening position'),
      led.length ? el('ul', { id: 'replay-news' }, ...led.map((e) => el('li', {}, e.text,
        (e.casualties ?? 0) + (e.displaced ?? 0) > 0 ? el('span', { className: 'human-cost' }, ` (${people(e.casualties ?? 0)} killed or wounded, ${people(e.displaced ?? 0)} displaced)`) : null)))
        : el('p', { className: 'small muted' }, 'No events yet.'),
      el('h3', {}, `Orders played in turn ${start.turn}`),
      played ? el('ul', { id: 'replay-orders' }, ...played.orders.map((o) => el('li', {}, `${ACTOR_NAMES[o.actor].seat}: ${describeOrder(o, ACTION_SPECS[o.type].label, names, cities)}`)))
        : el('p', { className: 'small muted' }, 'This turn has not been played yet.'),
      el('div', { className: 'row' },
        el('button', { id: 'replay-branch', className: 'primary', disabled: !!st.ending, onclick: () => {
          if (!window.confirm(`Start a what-if from the start of turn ${start.turn}? It becomes a new game; the original stays in the save slots.`)) return;
          let branch: GameSession;
          try {
            branch = session.branch(start.turn);
          } catch (err) {
            toast(err instanceof Error ? err.message : String(err), 'error');
            return;
          }
          close();
          hooks.branch(branch, start.turn);
        } }, 'Branch from here'),
        el('button', { id: 'replay-close', onclick: () => close() }, 'Close replay'),
      ),
    );
  };
  render();
}
