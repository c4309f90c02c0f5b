/**
 * Hot-seat play: several human teams share one screen. Each team enters its orders in turn behind a
 * hand-over screen that covers the whole page, so the next team does not see what the previous one
 * queued; after the last team the turn resolves for all together. This module only decides whose
 * turn it is and draws the hand-over screen; the game controller switches the active team.
 */
import { ACTOR_NAMES, PLAYABLE_IDS, type ActorId } from '../../shared/ids.js';
import type { Seats } from '../../runtime/types.js';
import { el } from '../dom.js';

/** The human teams of a game, in the fixed order they enter orders (Baku, Yerevan, Tehran, Ankara). */
export function humanTeams(seats: Seats): ActorId[] {
  return PLAYABLE_IDS.filter((a) => seats[a] === 'human');
}

/** Whether the game is a class game (two or more human teams take turns at the screen). */
export function isHotSeat(seats: Seats): boolean {
  return humanTeams(seats).length > 1;
}

/**
 * Covers the page with the hand-over screen for `team`; `reveal` runs when the team presses the
 * button. Returns a function that removes the screen without revealing.
 */
export function showHandover(team: ActorId, lead: string, reveal: () => void): () => void {
  document.getElementById('handover')?.remove();
  const seat = ACTOR_NAMES[team].seat;
  const btn = el('button', { className: 'primary', id: 'handover-reveal' }, `We are ${seat}'s team: show our screen`);
  const box = el('section', { id: 'handover', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': 'handover-title', 'data-team': team },
    el('div', { className: 'handover-card' },
      el('p', { className: 'muted' }, lead),
      el('h1', { id: 'handover-title' }, `Pass the screen to ${seat}'s team`),
      el('p', {}, `${ACTOR_NAMES[team].state}'s team enters its orders now. The other teams look away: each team's orders stay hidden until the month resolves for all together.`),
      btn,
    ),
  );
  const remove = () => box.remove();
  btn.addEventListener('click', () => { remove(); reveal(); });
  (document.getElementById('app') ?? document.body).append(box);
  btn.focus();
  return remove;
}
