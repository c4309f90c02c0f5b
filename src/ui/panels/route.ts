/**
 * "The route to Nakhchivan": where the corridor question stands, shown with Syunik's card and in the
 * country panels of the four states whose objectives turn on it (routeMatters). The Zangezur track (status, mode and its point on the 0-100 sovereignty
 * scale), the treaty talks under way (each side's last offer and the round), the Aras route through Iran,
 * and the settlement Bueno de Mesquita's expected-utility model predicts from where the six capitals stand
 * and how much each can bring to bear (MODELS.md; agents/models/expectedUtility.ts). Names both ways:
 * Baku's "Zangezur corridor" runs through the province Yerevan calls Syunik.
 */
import { ACTOR_IDS, ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { GameState, Proposal } from '../../sim/state/types.js';
import { counteredOffer, offerPoint, talksRound } from '../../sim/state/selectors.js';
import { predictedSettlement } from '../../agents/models/expectedUtility.js';
import { el } from '../dom.js';

const ZANGEZUR_WORDS: Record<GameState['global']['zangezur']['status'], string> = {
  closed: 'no talks', demanded: 'demanded', negotiating: 'under negotiation', agreed: 'agreed', rejected: 'rejected', seized: 'seized by force',
};
const ARAS_WORDS: Record<GameState['global']['aras']['status'], string> = {
  none: 'not proposed', proposed: 'proposed by Tehran', agreed: 'agreed', building: 'being built', open: 'open', suspended: 'suspended',
};

/**
 * The states whose objectives turn on the route: Baku and Yerevan negotiate it, Tehran's objectives are
 * its border with Armenia through Syunik and the Aras route's revenue, Ankara's the route to Nakhchivan.
 */
export const ROUTE_STATES: readonly ActorId[] = ['AZE', 'ARM', 'IRN', 'TUR'];

/** Whether `actor`'s country panel and hand-over brief show the route (ROUTE_STATES). */
export function routeMatters(actor: ActorId | null): boolean {
  return !!actor && ROUTE_STATES.includes(actor);
}

/** A point of the sovereignty scale in words: "45 (transit with guarantees for Baku's traffic)". */
export function scalePoint(x: number): string {
  const v = Math.round(x);
  const words = v <= 0 ? 'ordinary transit under Armenian control' : v < 70 ? "transit under Armenian control with guarantees for Baku's traffic" : 'an extraterritorial corridor';
  return `${v} (${words})`;
}

/** The corridor-deal talks under way: the pending offer and the round it is, or null. */
export function talksUnderWay(state: GameState): { offer: Proposal; round: number; previous: Proposal | null } | null {
  let offer: Proposal | null = null;
  for (const p of state.proposals) if (p.kind === 'corridorDeal' && p.status === 'pending') offer = p;
  return offer ? { offer, round: talksRound(state, offer), previous: counteredOffer(state, offer) } : null;
}

/** The section's elements. */
export function routeSection(state: GameState): HTMLElement {
  const z = state.global.zangezur;
  const a = state.global.aras;
  const talks = talksUnderWay(state);
  const predicted = predictedSettlement(state);
  const talkText = talks
    ? `round ${talks.round}: ${ACTOR_NAMES[talks.offer.from].seat} offers ${scalePoint(offerPoint(talks.offer))}` +
      (talks.previous ? `; ${ACTOR_NAMES[talks.previous.from].seat}'s last offer was ${Math.round(offerPoint(talks.previous))}` : '') +
      `; ${ACTOR_NAMES[talks.offer.to].seat} answers next month`
    : 'none under way';
  const positions = [...ACTOR_IDS].sort((x, y) => predicted.positions[y] - predicted.positions[x])
    .map((k) => `${ACTOR_NAMES[k].seat} ${predicted.positions[k]}`).join(', ');
  return el('section', { className: 'route', 'aria-label': 'The route to Nakhchivan' },
    el('h3', {}, 'The route to Nakhchivan'),
    el('table', { className: 'grid' },
      el('tr', {}, el('th', {}, 'Zangezur corridor (Syunik)'), el('td', {},
        `${ZANGEZUR_WORDS[z.status]}${z.mode ? `, ${z.mode === 'transit' ? 'transit under Armenian control' : 'extraterritorial'}` : ''}` +
        // Settled, the point is the deal's; otherwise it is where the talks on the track stand.
        // Two numbers a player had found unexplained: the track's position (moved by demands and talks on
        // the track, corridor.zangezur) and the treaty offers below (diplomacy.proposeTreaty).
        (z.status === 'agreed' || z.status === 'seized' ? ` at ${scalePoint(z.sovereignty)}` : `; demands and talks on this track have moved it to ${Math.round(z.sovereignty)} on the sovereignty scale`))),
      el('tr', {}, el('th', {}, 'Corridor-deal offers (treaty talks)'), el('td', {}, talkText)),
      el('tr', {}, el('th', {}, 'Aras route (via Iran)'), el('td', {},
        // Building moves only in a month someone pushes it (corridor.aras build): steps, not calendar months.
        `${ARAS_WORDS[a.status]}${a.status === 'building' ? ` (${a.progress} of ${a.buildTurnsNeeded} building steps; a step is a month in which Tehran or Baku pushes the works)` : ''}`)),
      el('tr', {}, el('th', {}, 'Predicted settlement'), el('td', {},
        `${scalePoint(predicted.median)}: the weighted median of where the six capitals stand after three rounds of challenges (${positions}), each weighted by its power and how much the route matters to it (Bueno de Mesquita's expected-utility model)`)),
    ),
    el('p', { className: 'small muted' }, 'The sovereignty scale: 0 is ordinary transit under Armenian control (Yerevan\'s "Crossroads of Peace"), 40 about what the Aras route through Iran gives Baku, 100 an extraterritorial corridor (Baku\'s demand). Tehran calls an extraterritorial corridor a red line.'),
  );
}
