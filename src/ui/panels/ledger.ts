/**
 * The commitments ledger (promises between states: kept, broken, open) and pending proposals.
 */
import { ACTOR_NAMES } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { el, mount } from '../dom.js';
import { provinceNames } from '../../shared/reasonWords.js';
import { ledgerOfferText } from '../text/describe.js';

export function renderLedger(root: HTMLElement, state: GameState): void {
  const rows = [...state.commitments].reverse();
  const names = provinceNames(state);
  mount(root,
    el('h2', {}, 'Commitments ledger'),
    el('p', { className: 'small muted' }, 'Promises made between capitals. A broken promise costs credibility; others remember.'),
    rows.length === 0 ? el('p', { className: 'muted' }, 'No commitments recorded yet.') :
      el('table', { className: 'grid', 'aria-label': 'Commitments' },
        el('tr', {}, el('th', {}, 'From → to'), el('th', {}, 'Promise'), el('th', {}, 'Status'), el('th', {}, 'Turn')),
        ...rows.map((c) => el('tr', {},
          el('td', {}, `${ACTOR_NAMES[c.from].seat} → ${ACTOR_NAMES[c.to].seat}`),
          el('td', {}, c.text),
          el('td', {}, `${c.status} (credibility ${Math.round(c.credibility)})`),
          el('td', {}, `${c.madeTurn}${c.dueTurn ? `→${c.dueTurn}` : ''}`),
        ))),
    el('h3', {}, 'Proposals'),
    state.proposals.length === 0 ? el('p', { className: 'muted small' }, 'None pending.') :
      el('ul', { className: 'small' }, ...state.proposals.slice(-12).reverse().map((p) =>
        // With its terms (what is on the table), as the hand-over brief gives an offer.
        el('li', {}, ledgerOfferText(p, names)))),
  );
}
