/**
 * The news feed of the last turn. Every agent move carries a "Why?" card: the event that triggered it,
 * its reasons with their weights, the agent's posture, the probability and its factors, and the claim
 * from the source article behind the rule. Drawn outcomes, world events from the timeline and the
 * teams' own uncertain moves carry one too, saying where they came from instead of an agent's reasons.
 */
import { ACTOR_IDS, ACTOR_NAMES, type ActorId } from '../../shared/ids.js';
import type { Order } from '../../shared/actions.js';
import type { GameEvent, GameState, Rejection } from '../../sim/state/types.js';
import { el, mount, signed } from '../dom.js';
import { describeOrder, people, provinceCities } from '../text/describe.js';
import { labelOf } from '../../runtime/debrief/timeline.js';
import { postureWords } from '../../agents/types.js';
import { provinceNames, reasonInWords, triggerEventId, triggerWords, withArticles } from '../../shared/reasonWords.js';
import { chanceView, originWords } from '../text/chance.js';
import { LAPSES } from '../../sim/actions/index.js';

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
/**
 * The note under a rules-made reaction of the player's own state. An offer left unanswered lapses: that
 * is not a reaction of the player's government (a lapsed offer had been labelled one).
 */
export function ownReactionNote(ev: GameEvent): string {
  return ev.text.endsWith(LAPSES)
    ? 'An offer to your state lapses when it is not answered in the month it was made.'
    : 'Your government\'s reaction, applied by the rules (it is not one of your orders).';
}

/** Kept here for the news's callers; one copy lives in shared/reasonWords.ts (the review's CSV uses it). */
export { triggerWords };

const NONE_HIDDEN: ReadonlySet<string> = new Set();

/** Ids of the events of the whole game that `viewer` was not shown (covert acts of others). */
export function hiddenFrom(events: readonly GameEvent[], viewer: ActorId): Set<string> {
  const out = new Set<string>();
  for (const e of events) if (!visibleTo(e, viewer)) out.add(e.id);
  return out;
}

/**
 * An agent's trigger as the viewer may read it: a covert act the viewer was not shown stays hidden (a
 * Why? card had named Baku's covert work in Iran to a Yerevan player who never saw it in the news).
 */
export function shownTrigger(trigger: string, hidden: ReadonlySet<string>): string {
  const id = triggerEventId(trigger);
  return id && hidden.has(id) ? 'something it learned that you were not shown (an act kept secret)' : triggerWords(trigger);
}

/** The state a seat's name stands for ("Tehran" → IRN), or null. */
function actorBySeat(name: string): ActorId | null {
  return ACTOR_IDS.find((a) => ACTOR_NAMES[a].seat === name) ?? null;
}

/**
 * The agent's main rival as its reasons for the move name it ("Israel sees Tehran as its main threat",
 * "Eases the threat Baku feels from Yerevan, its main threat"), or null when they do not.
 */
export function mainRivalOf(ev: Pick<GameEvent, 'reasons'>): ActorId | null {
  for (const r of ev.reasons ?? []) {
    const m = /\bsees (.+?) as its main threat\b/.exec(r.text) ?? /\bfeels from (.+?), its main threat\b/.exec(r.text);
    const rival = m ? actorBySeat(m[1]) : null;
    if (rival) return rival;
  }
  return null;
}

/**
 * The agent's posture on a Why? card. It is the agent's overall stance this month, set by the threat it
 * feels from its main rival, not a judgement of the move: "Posture: hostile" on Israel's friendly talks
 * with Baku had read as if the talks were hostile. "Its overall stance this month: hostile (towards its
 * main rival, Tehran)"; when the event does not say who the main rival is, the overall stance alone.
 */
export function postureText(ev: Pick<GameEvent, 'posture' | 'reasons'>): string | null {
  if (!ev.posture) return null;
  const rival = mainRivalOf(ev);
  return `Its overall stance this month: ${postureWords(ev.posture)}${rival ? ` (towards its main rival, ${ACTOR_NAMES[rival].seat})` : ''}`;
}

/**
 * The viewer's own orders the rules refused when the turn resolved, in words: "Hold military drills:
 * → Baku · with Moscow — refused: Moscow will not drill against Baku: relation 34.1 (needs < 30)". Given
 * refusals with their orders, only the viewer's are kept (in hot seat, the team whose screen it is);
 * a bare reason is shown as it is, in words.
 */
export function refusedLines(state: GameState, rejected: readonly (string | Rejection)[], viewer: ActorId): string[] {
  const names = provinceNames(state);
  const cities = provinceCities(state.provinces);
  const out: string[] = [];
  for (const r of rejected) {
    if (typeof r === 'string') { out.push(reasonInWords(r, names)); continue; }
    if (r.order?.actor !== viewer) continue;
    const order = r.order as Order;
    const what = describeOrder({ ...order, params: order.params ?? {} }, labelOf(order.type), names, cities);
    out.push(`${what} — refused: ${reasonInWords(r.reason, names)}`);
  }
  return out;
}

/**
 * A move's "Why?" card. Its body is built when the card is first opened (the summary's click comes
 * before the card opens, so it shows at once): a turn's news has a card per move, and their bodies were
 * most of the elements the panel built for every turn while few are ever opened.
 */
function whyCard(ev: GameEvent, state: GameState, viewer: ActorId, hidden: ReadonlySet<string>): HTMLElement {
  const summary = el('summary', { 'aria-label': `Why? ${ev.text}` }, 'Why?');
  const card = el('details', { className: 'why-wrap' }, summary);
  const fill = (): void => {
    if (!card.querySelector('.why')) card.append(whyBody(ev, state, viewer, hidden));
  };
  summary.addEventListener('click', fill);
  // Opened otherwise (by a script): filled a moment later.
  card.addEventListener('toggle', fill);
  return card;
}

/**
 * The card's body: where the move or event came from (an agent's trigger, posture and reasons, weighted
 * in its decision; a team's decision; an event of the world), then the chance drawn, if any, with its
 * factors in their own unit (chanceView), then the source.
 */
export function whyBody(ev: GameEvent, state: GameState, viewer: ActorId, hidden: ReadonlySet<string> = NONE_HIDDEN): HTMLElement {
  const reasons = ev.reasons ?? [];
  const agent = isAgentMove(ev, state);
  const origin = agent ? null : originWords(ev, state, viewer);
  const chance = chanceView(ev);
  return el('div', { className: 'why' },
    ...(agent
      ? [
          el('div', {}, el('strong', {}, 'Trigger: '), ev.trigger ? shownTrigger(ev.trigger, hidden) : 'its own assessment of the situation this month'),
          ev.posture ? el('div', { className: 'posture' }, postureText(ev)) : null,
          el('div', {}, el('strong', {}, 'Reasons (their weight in the agent\'s decision, not a chance):')),
          reasons.length
            // A reason of weight 0 is the agent's note on its answer (e.g. what it would accept instead), not a factor.
            ? el('ul', { 'aria-label': 'Reasons' }, ...reasons.map((r) => (r.weight === 0
              ? el('li', { className: 'note' }, r.text)
              : el('li', { className: r.weight > 0 ? 'pos' : 'neg' }, `${r.text} (${signed(r.weight, 2)})`))))
            : el('p', { className: 'muted' }, 'The agent recorded no reasons for this move.'),
        ]
      : [
          origin ? el('div', { className: 'origin' }, origin.text) : null,
          origin?.note ? el('div', { className: 'muted' }, `Timeline note: ${origin.note}`) : null,
        ]),
    chance ? el('div', { className: 'chance' }, el('strong', {}, `${chance.title}: `), `${chance.percent}% → ${chance.outcome}`) : null,
    chance?.how ? el('div', { className: 'small' }, chance.how) : null,
    chance?.factors.length
      ? el('div', {}, el('div', { className: 'small muted' }, `${chance.unit ?? 'Factors'}:`),
        el('ul', { 'aria-label': 'Factors' }, ...chance.factors.map((f) => el('li', { className: f.tone === 'info' ? 'note' : f.tone }, f.text))))
      : null,
    ev.claim ? el('div', { className: 'muted' }, `Source: Souleimanov 2024, ${ev.claim}`) : null,
    ev.overridden && ev.kind !== 'facilitator' ? el('div', { className: 'muted' }, `Outcome set by the facilitator: ${ev.overridden.note}`) : null,
  );
}

function item(ev: GameEvent, state: GameState, viewer: ActorId, hidden: ReadonlySet<string>, times = 1): HTMLElement {
  const agent = isAgentMove(ev, state);
  const harm = (ev.casualties ?? 0) + (ev.displaced ?? 0) > 0;
  // Turning an offer down is a choice, not a failed move: its event's 'failure' is the offer's.
  const declined = ev.type === 'diplomacy.proposeTreaty' && ev.params?.answer === 'refuse';
  const cls = `news-item ${harm || (ev.outcome === 'failure' && !declined) ? 'bad' : agent ? 'agent' : ev.kind === 'world' || ev.kind === 'random' || ev.kind === 'scripted' ? 'world' : ev.kind === 'reaction' ? 'reaction' : ''}`;
  const who = ev.actor ? ACTOR_NAMES[ev.actor].seat : 'World';
  // A reaction carries the type of the move it answers: "Yerevan · Propose a treaty" over "Yerevan condemns
  // Israeli arms deliveries" read as if Yerevan had proposed something. It is a reaction to that move.
  const what = ev.kind === 'reaction' ? `reaction to: ${labelOf(ev.type)}` : labelOf(ev.type);
  return el('article', { className: cls, 'data-event': ev.id, 'data-agent': agent ? 'true' : 'false', 'data-kind': ev.kind },
    el('div', { className: 'meta' }, `${who} · ${what}${ev.probability !== undefined ? ` · ${chanceView(ev)?.short ?? ''}` : ''}`),
    el('div', {}, withArticles(ev.text), times > 1 ? el('span', { className: 'muted' }, ` (${times} times this month)`) : null),
    ev.kind === 'reaction' && ev.actor === viewer && state.actors[viewer]?.controller !== 'agent'
      ? el('div', { className: 'muted' }, ownReactionNote(ev))
      : null,
    harm ? el('div', { className: 'cost-human' }, `Human cost: ${people(ev.casualties ?? 0)} killed or wounded, ${people(ev.displaced ?? 0)} displaced`) : null,
    agent || ev.probability !== undefined || ev.kind === 'scripted' || ev.kind === 'facilitator' ? whyCard(ev, state, viewer, hidden) : null,
  );
}

/**
 * Reactions (Yerevan condemning each Israeli arms delivery to Baku) and world events (two deliveries of
 * drones) with the same actor and words in one month, shown once with their count; each keeps its own
 * event in the record and the review.
 */
export function groupRepeats(events: readonly GameEvent[]): { ev: GameEvent; times: number }[] {
  const out: { ev: GameEvent; times: number }[] = [];
  const seen = new Map<string, { ev: GameEvent; times: number }>();
  for (const ev of events) {
    const harm = (ev.casualties ?? 0) + (ev.displaced ?? 0) > 0;
    // Reactions, and world events of the rules without a chance drawn (two packages of drones delivered in
    // one month had read as a duplicate line).
    const key = (ev.kind === 'reaction' || (ev.kind === 'world' && ev.probability === undefined)) && !harm ? `${ev.kind}|${ev.actor ?? ''}|${ev.text}` : null;
    const prior = key ? seen.get(key) : undefined;
    if (prior) { prior.times++; continue; }
    const row = { ev, times: 1 };
    if (key) seen.set(key, row);
    out.push(row);
  }
  return out;
}

/** The sections of a turn's news, in the order shown: what the agents did, then the rest by kind. */
export function newsSections(state: GameState, shown: readonly GameEvent[], viewer: ActorId): { agents: GameEvent[]; mine: GameEvent[]; teams: GameEvent[]; reactions: GameEvent[]; world: GameEvent[] } {
  const agents: GameEvent[] = [];
  const mine: GameEvent[] = [];
  const teams: GameEvent[] = [];
  const reactions: GameEvent[] = [];
  const world: GameEvent[] = [];
  for (const e of shown) {
    if (isAgentMove(e, state)) agents.push(e);
    else if (e.kind === 'order' && e.actor === viewer) mine.push(e);
    // Another human team's move (hot seat).
    else if (e.kind === 'order' && e.actor) teams.push(e);
    else if (e.kind === 'reaction') reactions.push(e);
    else world.push(e);
  }
  return { agents, mine, teams, reactions, world };
}

/**
 * Renders the events of the last resolved turn (newest turn first, agents' moves marked), under the
 * viewer's own orders the rules refused last month (refusals with their orders are kept to the viewer's;
 * bare reasons are taken as already the viewer's).
 */
export function renderNews(root: HTMLElement, state: GameState, events: readonly GameEvent[], viewer: ActorId, rejected: readonly (string | Rejection)[] = [], hidden: ReadonlySet<string> = NONE_HIDDEN): void {
  const shown = events.filter((e) => visibleTo(e, viewer));
  const { agents, mine, teams, reactions, world } = newsSections(state, shown, viewer);
  const refused = refusedLines(state, rejected, viewer);
  const section = (title: string, list: GameEvent[]): HTMLElement[] => {
    if (!list.length) return [];
    const rows = groupRepeats(list);
    return [el('h3', {}, title), ...rows.map((r) => item(r.ev, state, viewer, hidden, r.times))];
  };
  mount(root,
    el('h2', {}, shown.length ? `News of turn ${shown[0].turn}` : 'News'),
    refused.length
      ? el('div', { className: 'error-box', role: 'alert', id: 'news-refused' },
        el('strong', {}, `Your orders refused by the rules last month (${refused.length}): they changed nothing and cost nothing.`),
        el('ul', {}, ...refused.map((r) => el('li', {}, r))))
      : null,
    shown.length === 0 ? el('p', { className: 'muted' }, 'Nothing has happened yet. Queue your orders and end the turn: the other capitals will answer here, each with its reasons.') : null,
    ...section(`The other capitals answered (${agents.length} moves)`, agents),
    ...section('Your moves', mine),
    ...section('The other teams\' moves', teams),
    ...section(`How capitals reacted (${reactions.length})`, reactions),
    ...section('The world', world),
  );
}
