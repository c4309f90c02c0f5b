/**
 * The hand-over brief shown when a state changes hands (an agent's seat given to a team): where the
 * state stands — stability, treasury, relations and escalation rungs with every other state, arms on
 * order, offers awaiting its answer, open commitments, its scorecard, last month's key events for it (those it
 * may see) and, for Baku, Yerevan, Tehran and Ankara (whose objectives turn on it), where the route to
 * Nakhchivan stands.
 */
import { ACTOR_IDS, ACTOR_NAMES, SUPPLIER_NAMES, pairKey, type ActorId } from '../../shared/ids.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { el } from '../dom.js';
import { commitmentText, describeOffer, money, stateAndSeat } from '../text/describe.js';
import { talksRound } from '../../sim/state/selectors.js';
import { routeMatters, routeSection } from '../panels/route.js';
import { scoreCard } from '../panels/end.js';
import { visibleTo } from '../panels/news.js';

/** Last turn's events that concern `actor` and that it may see, most harmful first, at most `max`. */
export function keyEventsFor(actor: ActorId, state: GameState, events: readonly GameEvent[], max = 5): GameEvent[] {
  const last = state.turn - 1;
  return events
    .filter((e) => e.turn === last && visibleTo(e, actor) && (e.actor === actor || e.target === actor || e.effects.some((f) => f.path.includes(actor))))
    .sort((a, b) => (b.casualties ?? 0) + (b.displaced ?? 0) - ((a.casualties ?? 0) + (a.displaced ?? 0)))
    .slice(0, max);
}

/** The brief as an element (id `seat-brief-<actor>`). */
export function seatBrief(actor: ActorId, state: GameState, events: readonly GameEvent[]): HTMLElement {
  const a = state.actors[actor];
  const others = ACTOR_IDS.filter((o) => o !== actor);
  const commitments = state.commitments.filter((c) => c.status === 'open' && (c.from === actor || c.to === actor));
  const key = keyEventsFor(actor, state, events);
  const offers = state.proposals.filter((p) => p.status === 'pending' && p.to === actor && p.turn < state.turn);
  return el('section', { className: 'seat-brief', id: `seat-brief-${actor}`, 'aria-label': `Hand-over brief: ${ACTOR_NAMES[actor].state}` },
    el('h3', {}, `Hand-over brief: ${stateAndSeat(actor)}, turn ${state.turn}`),
    el('p', {}, `Stability ${Math.round(a.stability)}/100 · treasury ${money(a.treasuryBn)} · credibility ${Math.round(a.credibility)} · readiness ${a.readiness}`),
    el('h4', {}, 'Relations and escalation rungs'),
    el('ul', { className: 'brief-relations' }, ...others.map((o) => {
      const p = state.pairs[pairKey(actor, o)];
      return el('li', {}, `${ACTOR_NAMES[o].seat}: relation ${Math.round(p.relation)}, rung ${p.rung}/10${p.atWar ? ', fighting' : ''}`);
    })),
    el('h4', {}, 'Arms on order'),
    a.armsOnOrder.length
      ? el('ul', {}, ...a.armsOnOrder.map((o) => el('li', {}, `${o.item} from ${SUPPLIER_NAMES[o.supplier]}, due turn ${o.arrivalTurn}${o.blocked ? ' (transit blocked)' : ''}`)))
      : el('p', { className: 'small muted' }, 'None.'),
    // Offers to a team lapse after a month without an answer: the new team must see them first.
    el('h4', {}, 'Offers awaiting its answer this month'),
    offers.length
      ? el('ul', {}, ...offers.map((p) => el('li', {}, `${describeOffer(p)}${p.kind === 'corridorDeal' && talksRound(state, p) > 1 ? ` (round ${talksRound(state, p)} of talks)` : ''}`)))
      : el('p', { className: 'small muted' }, 'None.'),
    el('h4', {}, 'Open commitments'),
    commitments.length
      ? el('ul', {}, ...commitments.map((c) => el('li', {}, commitmentText(c))))
      : el('p', { className: 'small muted' }, 'None.'),
    el('h4', {}, 'Last month, for this state'),
    key.length ? el('ul', {}, ...key.map((e) => el('li', {}, e.text))) : el('p', { className: 'small muted' }, state.turn > 1 ? 'Nothing that concerned it directly.' : 'The game has just begun.'),
    // Where the route stands, as in the country panel, for the states whose objectives depend on it.
    routeMatters(actor) ? routeSection(state) : null,
    scoreCard(state, actor, false),
  );
}
