/**
 * The start screen's "Class mode" box: tick one to four capitals as human teams and start a hot-seat
 * game; the agents play every other state. The single-capital buttons above it stay for one player.
 */
import { ACTOR_NAMES, PLAYABLE_IDS, type PlayableId } from '../../shared/ids.js';
import { el } from '../dom.js';

/** Builds the box; `start` receives the chosen teams in the fixed order Baku, Yerevan, Tehran, Ankara. */
export function classModeBox(start: (teams: PlayableId[]) => void): HTMLElement {
  const boxes = PLAYABLE_IDS.map((a) => el('input', { type: 'checkbox', value: a, id: `team-${a}`, 'aria-label': `${ACTOR_NAMES[a].seat} is a human team` }));
  const btn = el('button', { id: 'start-class', disabled: true }, 'Start class game');
  const chosen = () => boxes.filter((b) => b.checked).map((b) => b.value as PlayableId);
  const update = () => {
    const n = chosen().length;
    btn.disabled = n === 0;
    btn.textContent = n === 0 ? 'Start class game' : `Start class game (${n} team${n > 1 ? 's' : ''})`;
  };
  for (const b of boxes) b.addEventListener('change', update);
  btn.addEventListener('click', () => { if (chosen().length) start(chosen()); });
  return el('fieldset', { id: 'class-mode' },
    el('legend', {}, 'Class mode: several teams'),
    el('p', { className: 'small muted' }, 'Tick the capitals played by teams in the room. Each team enters its orders in turn behind a hand-over screen; the month then resolves for all together, and the computer agents play the other states.'),
    el('div', { role: 'group', 'aria-label': 'Human teams' }, ...PLAYABLE_IDS.map((a, i) => el('label', {}, boxes[i], ` ${ACTOR_NAMES[a].seat} (${ACTOR_NAMES[a].state})`))),
    btn,
  );
}
