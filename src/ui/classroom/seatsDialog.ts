/**
 * The "Seats" dialog: switch any of the four playable states between a human team and an agent in
 * the middle of a game (a team absent today, a class of three groups). A state handed to a team shows
 * the hand-over brief of where it stands. The change goes through `session.setSeat`, so the turn log
 * records the new seats and a replay stays exact.
 */
import { ACTOR_NAMES, PLAYABLE_IDS, type ActorId } from '../../shared/ids.js';
import type { GameSession } from '../../runtime/session.js';
import { el, mount, toast } from '../dom.js';
import { seatBrief } from './seatBrief.js';

export interface SeatsHooks {
  session: () => GameSession | null;
  /** Called after a seat changed hands, with the state and its new controller. */
  changed: (actor: ActorId, who: 'human' | 'agent') => void;
}

export interface SeatsDialog {
  open(): void;
  close(): void;
}

export function createSeatsDialog(hooks: SeatsHooks): SeatsDialog {
  let box: HTMLElement | null = null;
  let briefFor: ActorId | null = null;

  const render = () => {
    const s = hooks.session();
    if (!box || !s) return;
    mount(box,
      el('h2', {}, 'Seats'),
      el('p', { className: 'small muted' }, 'Hand a state to a team in the room or to a computer agent. Israel and Russia are always agents. A team handed a state gets a short brief of where it stands.'),
      el('ul', {}, ...PLAYABLE_IDS.map((a) => {
        const sel = el('select', { id: `seat-${a}`, 'aria-label': `${ACTOR_NAMES[a].seat} is played by` },
          el('option', { value: 'human', selected: s.seats[a] === 'human' }, 'a team'),
          el('option', { value: 'agent', selected: s.seats[a] === 'agent' }, 'an agent'));
        sel.addEventListener('change', () => {
          const who = sel.value === 'human' ? 'human' : 'agent';
          try {
            s.setSeat(a, who);
          } catch (err) {
            toast(err instanceof Error ? err.message : String(err), 'error');
            return;
          }
          briefFor = who === 'human' ? a : null;
          toast(`${ACTOR_NAMES[a].seat} is now played by ${who === 'human' ? 'a team' : 'an agent'}.`);
          render();
          hooks.changed(a, who);
        });
        return el('li', {}, el('label', {}, `${ACTOR_NAMES[a].seat} (${ACTOR_NAMES[a].state}) `, sel));
      })),
      briefFor ? seatBrief(briefFor, s.state, s.events) : null,
      el('button', { className: 'primary', id: 'close-seats', onclick: () => close() }, 'Close'),
    );
  };

  const close = () => { box?.remove(); box = null; briefFor = null; };

  return {
    open() {
      if (box) { render(); return; }
      box = el('aside', { id: 'seats-dialog', role: 'dialog', 'aria-label': 'Seats' });
      document.body.append(box);
      render();
    },
    close,
  };
}
