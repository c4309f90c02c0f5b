/**
 * The news feed of the last turn. Every agent move carries a "Why?" card: the event that triggered it,
 * its reasons with their weights, the agent's posture, the probability and its factors, and the claim
 * from the source article behind the rule.
 */
import { ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { GameEvent, GameState } from '../../sim/state/types.js';
import { el, mount, signed } from '../dom.js';
import { people } from '../text/describe.js';
import { labelOf } from '../../runtime/debrief/timeline.js';
import { provinceNames, reasonInWords } from '../../shared/reasonWords.js';

/** Whether `viewer` may see the event (covert acts not exposed stay hidden from others). */
export function visibleTo(ev: GameEvent, viewer: ActorId): boolean {
  return ev.visibility === 'public' || ev.visibility.includes(viewer);
}

/** An agent's move: an order event by a computer-controlled actor, or any event carrying reasons. */
export function isAgentMove(ev: GameEvent, state: GameState): boolean {
  if (ev.reasons && ev.reasons.length > 0) return true;
  return ev.kind === 'order' && !!ev.actor && state.actors[ev.actor]?.controller === 'agent';
}

/** An agent's trigger reads "t1-17: Baku exposes ..."; the id is for machines, the turn for people. */
export function triggerWords(trigger: string): string {
  return trigger.replace(/^t(\d+)-\d+:\s*/, (_m, turn: string) => `on turn ${turn}, `);
}

/**
 * A move's "Why?" card. Its body is built when the card is first opened (the summary's click comes
 * before the card opens, so it shows at once): a turn's news has a card per move, and their bodies were
 * most of the elements the panel built for every turn while few are ever opened.
 */
function whyCard(ev: GameEvent): HTMLElement {
  const summary = el('summary', { 'aria-label': `Why? ${ev.text}` }, 'Why?');
  const card = el('details', { className: 'why-wrap' }, summary);
  const fill = (): void => {
    if (!card.querySelector('.why')) card.append(whyBody(ev));
  };
  summary.addEventListener('click', fill);
  // Opened otherwise (by a script): filled a moment later.
  card.addEventListener('toggle', fill);
  return card;
}

function whyBody(ev: GameEvent): HTMLElement {
  const reasons = ev.reasons ?? [];
  return el('div', { className: 'why' },
    el('div', {}, el('strong', {}, 'Trigger: '), ev.trigger ? triggerWords(ev.trigger) : 'its own assessment of the situation this month'),
    ev.posture ? el('div', {}, el('strong', {}, 'Posture: '), ev.posture) : null,
    el('div', {}, el('strong', {}, 'Reasons (weight in the decision):')),
    reasons.length
      // A reason of weight 0 is the agent's note on its answer (e.g. what it would accept instead), not a factor.
      ? el('ul', {}, ...reasons.map((r) => (r.weight === 0
        ? el('li', { className: 'note' }, r.text)
        : el('li', { className: r.weight > 0 ? 'pos' : 'neg' }, `${r.text} (${signed(r.weight, 2)})`))))
      : el('p', { className: 'muted' }, 'No reasons were recorded for this move.'),
    ev.probability !== undefined
      ? el('div', {}, el('strong', {}, 'Chance of success: '), `${Math.round(ev.probability * 100)}% → ${ev.outcome}`)
      : null,
    ev.factors?.length
      ? el('ul', { 'aria-label': 'Factors' }, ...ev.factors.map((f) => el('li', {}, `${f.label} (${signed(f.weight, 1)})`)))
      : null,
    ev.claim ? el('div', { className: 'muted' }, `Source: Souleimanov 2024, ${ev.claim}`) : null,
    ev.overridden ? el('div', { className: 'muted' }, `Outcome set by the facilitator: ${ev.overridden.note}`) : null,
  );
}

function item(ev: GameEvent, state: GameState): HTMLElement {
  const agent = isAgentMove(ev, state);
  const harm = (ev.casualties ?? 0) + (ev.displaced ?? 0) > 0;
  const cls = `news-item ${harm || ev.outcome === 'failure' ? 'bad' : agent ? 'agent' : ev.kind === 'world' || ev.kind === 'random' || ev.kind === 'scripted' ? 'world' : ''}`;
  const who = ev.actor ? ACTOR_NAMES[ev.actor].seat : 'World';
  return el('article', { className: cls, 'data-event': ev.id, 'data-agent': agent ? 'true' : 'false' },
    el('div', { className: 'meta' }, `${who} · ${labelOf(ev.type)}${ev.probability !== undefined ? ` · ${Math.round(ev.probability * 100)}%` : ''}`),
    el('div', {}, ev.text),
    harm ? el('div', { className: 'cost-human' }, `Human cost: ${people(ev.casualties ?? 0)} killed or wounded, ${people(ev.displaced ?? 0)} displaced`) : null,
    agent || ev.probability !== undefined ? whyCard(ev) : null,
  );
}

/** Renders the events of the last resolved turn (newest turn first, agents' moves marked). */
export function renderNews(root: HTMLElement, state: GameState, events: readonly GameEvent[], viewer: ActorId, rejected: string[] = []): void {
  const shown = events.filter((e) => visibleTo(e, viewer));
  const agentMoves = shown.filter((e) => isAgentMove(e, state));
  mount(root,
    el('h2', {}, shown.length ? `News of turn ${shown[0].turn}` : 'News'),
    rejected.length ? el('div', { className: 'error-box', role: 'alert' }, el('strong', {}, 'Refused orders: '), rejected.map((r) => reasonInWords(r, provinceNames(state))).join('; ')) : null,
    shown.length === 0 ? el('p', { className: 'muted' }, 'Nothing has happened yet. Queue your orders and end the turn: the other capitals will answer here, each with its reasons.') : null,
    agentMoves.length ? el('h3', {}, `The other capitals answered (${agentMoves.length} moves)`) : null,
    ...agentMoves.map((e) => item(e, state)),
    shown.length > agentMoves.length ? el('h3', {}, 'Your moves and the world') : null,
    ...shown.filter((e) => !agentMoves.includes(e)).map((e) => item(e, state)),
  );
}
