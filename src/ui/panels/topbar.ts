/**
 * The top bar: turn and date, the regional tension index, your treasury, action points, arms on order,
 * the human cost so far, and your scorecard in one line. Buttons (mute, save, load) are added by the app.
 */
import { ACTOR_IDS, ACTOR_NAMES, ARMS_ITEM_NAMES, SUPPLIER_NAMES, type ActorId } from '../../shared/ids.js';
import type { ArmsOrder, GameState } from '../../sim/state/types.js';
import { turnLabel } from '../../sim/state/selectors.js';
import { el, mount, type Child } from '../dom.js';
import { money, people } from '../text/describe.js';
import { scoreLine, scoreTitle } from '../scoring.js';

function ind(label: string, value: string, title?: string): HTMLElement {
  return el('div', { className: 'ind', title: title ?? label }, el('span', { className: 'muted small' }, label), el('b', {}, value));
}

/**
 * One order as the "Arms due" tooltip reads it: "artillery from India, due Jan 2024 (blocked)". Players had
 * read "artillery from IND, turn 4": supplier codes and turn numbers are for the record, not for people.
 */
export function armsDueWords(state: GameState, o: Pick<ArmsOrder, 'item' | 'supplier' | 'arrivalTurn' | 'blocked'>): string {
  return `${ARMS_ITEM_NAMES[o.item] ?? o.item} from ${SUPPLIER_NAMES[o.supplier] ?? o.supplier}, due ${turnLabel(state, o.arrivalTurn)}${o.blocked ? ' (blocked in transit)' : ''}`;
}

/** Renders the indicators for the human `actor`; `tools` are the buttons kept on the right. */
export function renderTopbar(root: HTMLElement, state: GameState, actor: ActorId, apLeft: number, tools: Child[]): void {
  const me = state.actors[actor];
  const casualties = ACTOR_IDS.reduce((s, a) => s + state.actors[a].casualties, 0);
  const displaced = ACTOR_IDS.reduce((s, a) => s + state.actors[a].displaced, 0);
  const arriving = me.armsOnOrder.map((o) => armsDueWords(state, o)).join('; ');
  mount(root,
    el('div', { className: 'turn', 'data-turn': String(state.turn) }, `${ACTOR_NAMES[actor].seat} · Turn ${state.turn}/${state.scenario.turns} · ${turnLabel(state)}`),
        ind('Tension', `${Math.round(state.global.tension)}/100`, 'Regional tension index, from the escalation rungs and incidents'),
    ind('Treasury', money(me.treasuryBn), 'Money available for actions this month'),
    ind('AP left', `${apLeft} / ${me.actionPoints}`),
    ind('Arms due', String(me.armsOnOrder.length), arriving || 'none'),
    ind('Stability', String(Math.round(me.stability))),
    // The human cost in the words the news and the scorecards use, as two short indicators: one line
    // "540 killed or wounded · 100,600 displaced" had pushed the bar's buttons onto a second row.
    ind('Killed or wounded', people(casualties), 'Human cost: people killed or wounded in the whole region since the start'),
    ind('Displaced', people(displaced), 'Human cost: people displaced in the whole region since the start'),
    ind('Score', scoreLine(state, actor), `${scoreTitle(state, actor)} (see the Score tab)`),
    el('div', { className: 'spacer' }),
    ...tools,
  );
}
