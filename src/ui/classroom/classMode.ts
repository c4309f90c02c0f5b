/**
 * The start screen's "Class mode" box: tick one to four capitals as human teams and start a hot-seat
 * game; the agents play every other state. The single-capital buttons above it stay for one player.
 * The facilitator's button starts the same game with the White Cell open (after its confirmation), so
 * the teacher can raise the stakes or adjust a value before the first team takes the screen.
 */
import { ACTOR_NAMES, PLAYABLE_IDS, type PlayableId } from '../../shared/ids.js';
import { el } from '../dom.js';

/** How the class game starts: `whiteCell` opens the facilitator's White Cell at once. */
export interface ClassStartOptions {
  whiteCell: boolean;
}

/** Builds the box; `start` receives the chosen teams in the fixed order Baku, Yerevan, Tehran, Ankara. */
export function classModeBox(start: (teams: PlayableId[], opts: ClassStartOptions) => void): HTMLElement {
  const boxes = PLAYABLE_IDS.map((a) => el('input', { type: 'checkbox', value: a, id: `team-${a}`, 'aria-label': `${ACTOR_NAMES[a].seat} is a human team` }));
  const btn = el('button', { id: 'start-class', disabled: true }, 'Start class game');
  const facilitatorBtn = el('button', { id: 'start-class-white-cell', disabled: true, 'aria-describedby': 'white-cell-note' }, 'Start with the White Cell open (facilitator)');
  const note = el('p', { className: 'small muted', id: 'white-cell-note' },
    'The White Cell is the facilitator\'s desk: it shows every team\'s orders, pauses the game, injects events, forces an uncertain outcome, adjusts a value and ends the game. Every act is marked in the record. Tick the teams first; it also opens from the game screen\'s "White Cell" button.');
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value as PlayableId);
  const update = () => {
    const n = chosen().length;
    btn.disabled = n === 0;
    facilitatorBtn.disabled = n === 0;
    btn.textContent = n === 0 ? 'Start class game' : `Start class game (${n} team${n > 1 ? 's' : ''})`;
  };
  for (const b of boxes) b.addEventListener('change', update);
  btn.addEventListener('click', () => { if (chosen().length) start(chosen(), { whiteCell: false }); });
  facilitatorBtn.addEventListener('click', () => { if (chosen().length) start(chosen(), { whiteCell: true }); });
  return el('fieldset', { id: 'class-mode' },
    el('legend', {}, 'Class mode: several teams'),
    el('p', { className: 'small muted' }, 'Tick the capitals played by teams in the room. Each team enters its orders in turn behind a hand-over screen; the month then resolves for all together, and the computer agents play the other states.'),
    el('div', { role: 'group', 'aria-label': 'Human teams' }, ...PLAYABLE_IDS.map((a, i) => el('label', {}, boxes[i], ` ${ACTOR_NAMES[a].seat} (${ACTOR_NAMES[a].state})`))),
    btn, ' ', facilitatorBtn,
    note,
  );
}
