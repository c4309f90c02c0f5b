/**
 * White Cell sections added for workshops: raise the stakes in one act (CRISIS_RECIPE), adjust a
 * scenario value (an actor's stability or treasury, a pair's relation or rung, the Gaza war's
 * intensity...) before the next turn resolves, and preview the agents' orders of the coming turn to
 * force the outcome of an uncertain one before it is applied. All go through the session, so the turn
 * log and the review keep them.
 */
import { ACTOR_IDS, ACTOR_NAMES, PAIR_KEYS } from '../../shared/ids.js';
import { ADJUST_ACTOR_FIELDS, ADJUST_GLOBAL_FIELDS, ADJUST_PAIR_FIELDS, adjustableRange, adjustableValue } from '../../sim/adjust.js';
import { adjustAmount, adjustInputHint, adjustLabelTitle, adjustScaleText, adjustValueText } from '../../shared/adjustLabels.js';
import { provinceNames } from '../../shared/reasonWords.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import type { GameState } from '../../sim/state/types.js';
import type { DroppedForce, GameSession } from '../../runtime/session.js';
import type { Order } from '../../shared/actions.js';
import { CRISIS_RECIPE } from '../../runtime/facilitator.js';
import { el, toast } from '../dom.js';
import { describeOrder, describeOrderOf, provinceCities, seatName } from '../text/describe.js';
import { isUncertain } from './uncertain.js';

/** One group of the "Value" select: the world, one state, or the pairs of states. */
export interface AdjustGroup {
  title: string;
  items: { path: string; label: string }[];
}

/**
 * Every adjustable path with its plain name (shared/adjustLabels: the same words the news uses),
 * grouped for the select: the world, each state, then the relations between states. Given a state,
 * each name is followed by the current value on its scale ("... between Tehran and Israel: 6 of 10").
 */
export function adjustablePaths(state?: GameState): AdjustGroup[] {
  const item = (path: string) => {
    const v = state ? adjustableValue(state, path) : null;
    const range = state ? adjustableRange(state, path) : null;
    const now = v !== null && range ? `: ${adjustScaleText(path, v, range)}` : '';
    return { path, label: `${adjustLabelTitle(path)}${now}` };
  };
  return [
    { title: 'The world', items: Object.keys(ADJUST_GLOBAL_FIELDS).map((f) => item(`global.${f}`)) },
    ...ACTOR_IDS.map((a) => ({ title: ACTOR_NAMES[a].state, items: Object.keys(ADJUST_ACTOR_FIELDS).map((f) => item(`${a}.${f}`)) })),
    { title: 'Between two states', items: PAIR_KEYS.flatMap((k) => Object.keys(ADJUST_PAIR_FIELDS).map((f) => item(`${k}.${f}`))) },
  ];
}

/** The current value at `path` with its scale ("rung 6 of 10 (border clash)"), or '' if there is none. */
export function currentValueText(state: GameState, path: string): string {
  const v = adjustableValue(state, path);
  const range = adjustableRange(state, path);
  return v === null || !range ? '' : `now ${adjustValueText(path, v, range)} · enter ${adjustInputHint(path, range)}`;
}

/** The adjustments queued this turn in words ("The escalation rung between Yerevan and Baku → 6"). */
export function queuedAdjustText(adjust: readonly { path: string; value: number }[]): string {
  return adjust.map((q) => `${adjustLabelTitle(q.path)} → ${adjustAmount(q.path, q.value)}`).join('; ');
}

/**
 * A forced outcome the agents' new decision left without its order, in words: "Israel no longer plans
 * 'Covert influence: → Tehran': the forced failure was dropped" (this turn), or "Turn 3: Israel did not
 * play ..." for the turn just resolved. `label` names an order's type.
 */
export function droppedForceText(d: DroppedForce, turn: number, label: (o: Order) => string, provinceNames: Record<string, string> = {}, cities: Record<string, string> = {}): string {
  const what = `'${describeOrder(d.order, label(d.order), provinceNames, cities)}'`;
  const who = seatName(d.order.actor);
  return d.turn >= turn
    ? `${who} no longer plans ${what}: the forced outcome (${d.outcome}) was dropped`
    : `Turn ${d.turn}: ${who} did not play ${what} after all: the forced outcome (${d.outcome}) was dropped`;
}

/**
 * The forced outcomes dropped this turn and the turn just resolved (older ones are in the past), for
 * the White Cell's preview section.
 */
export function recentDroppedForces(dropped: readonly DroppedForce[], turn: number): DroppedForce[] {
  return dropped.filter((d) => d.turn >= turn - 1);
}

export interface WhiteCellExtras {
  /** The sections for the current session; `note` reads the dialog's note field; `rerender` redraws it. */
  sections(s: GameSession, note: () => string, rerender: () => void): HTMLElement[];
  /** The "Raise the stakes" section (shown right after Pause). */
  crisis(s: GameSession, rerender: () => void): HTMLElement;
}

export function createWhiteCellExtras(): WhiteCellExtras {
  let previewTurn = -1;
  /** The value last chosen in "Adjust a scenario value": the dialog redraws after every act. */
  let chosenPath = '';

  const adjustSection = (s: GameSession, note: () => string, rerender: () => void): HTMLElement => {
    const groups = adjustablePaths(s.state);
    const pathSel = el('select', { id: 'wc-adjust-path', 'aria-label': 'Value to adjust', style: 'max-width: 100%' },
      ...groups.map((g) => el('optgroup', { label: g.title }, ...g.items.map((p) => el('option', { value: p.path }, p.label)))));
    const valueIn = el('input', { id: 'wc-adjust-value', type: 'number', step: 'any', 'aria-label': 'New value' });
    const current = el('span', { className: 'small muted', id: 'wc-adjust-now' });
    // The dialog is drawn anew after each adjustment: keep the value chosen (it had gone back to the first).
    if (chosenPath && groups.some((g) => g.items.some((i) => i.path === chosenPath))) pathSel.value = chosenPath;
    const showCurrent = () => {
      chosenPath = pathSel.value;
      const v = adjustableValue(s.state, pathSel.value);
      const range = adjustableRange(s.state, pathSel.value);
      current.textContent = currentValueText(s.state, pathSel.value);
      valueIn.value = v === null ? '' : String(v);
      if (range) { valueIn.min = String(range[0]); if (range[1] < 1e6) valueIn.max = String(range[1]); else valueIn.removeAttribute('max'); }
    };
    pathSel.addEventListener('change', showCurrent);
    showCurrent();
    const queued = s.facilitator.adjust ?? [];
    return el('section', {}, el('h3', {}, 'Adjust a scenario value'),
      el('p', { className: 'small muted' }, 'Set before this turn\'s orders resolve, clamped to the value\'s range, and marked in the record.'),
      el('label', {}, 'Value', pathSel, current), el('label', {}, 'Set to', valueIn),
      el('button', { id: 'wc-adjust', onclick: () => {
        const value = Number(valueIn.value);
        if (valueIn.value.trim() === '' || !Number.isFinite(value)) { toast('Enter a number.', 'error'); return; }
        s.facilitate({ adjust: [{ path: pathSel.value, value, note: note() || 'White Cell adjustment' }] });
        rerender();
      } }, 'Adjust'),
      queued.length ? el('p', { className: 'small', id: 'wc-adjusted' }, `This turn: ${queuedAdjustText(queued)}`) : null,
    );
  };

  /** One act for a tense game from the first month (CRISIS_RECIPE), near the top of the dialog. */
  const crisisSection = (s: GameSession, rerender: () => void): HTMLElement => el('section', {}, el('h3', {}, 'Raise the stakes'),
    el('p', { className: 'small muted' }, 'Start a tenser game in one act: clashes on the Armenian-Azerbaijani border, Tehran and Baku at the brink, Baku\'s nationalism high, and a border clash this month (each value from the article; the teacher\'s guide says what it changes).'),
    el('button', { id: 'wc-crisis', onclick: () => {
      if (!window.confirm(`${CRISIS_RECIPE.title}: apply ${CRISIS_RECIPE.adjust.length} adjustments and a border clash this turn?`)) return;
      s.facilitate({ adjust: CRISIS_RECIPE.adjust.map((a) => ({ ...a })), injects: CRISIS_RECIPE.injects.map((i) => ({ ...i })) });
      toast('Crisis start applied: it takes effect when this turn resolves.');
      rerender();
    } }, CRISIS_RECIPE.title),
  );

  const previewSection = (s: GameSession, note: () => string, rerender: () => void): HTMLElement => {
    const showing = previewTurn === s.state.turn;
    const head = el('section', {}, el('h3', {}, 'The agents\' coming orders'),
      el('button', { id: 'wc-preview', onclick: () => { previewTurn = s.state.turn; rerender(); } }, showing ? 'Refresh the preview' : 'Preview the agents\' orders'),
      el('p', { className: 'small muted' }, 'The agents decide now; ending the turn plays exactly these orders unless a team changes its queue or a seat changes hands. Then they decide again: a forced outcome stays on its order if they still plan it, and is dropped, with a note here, if they do not.'),
    );
    const names = provinceNames(s.state);
    const cities = provinceCities(s.state.provinces);
    const droppedList = () => {
      const dropped = recentDroppedForces(s.droppedForces, s.state.turn);
      const label = (o: Order) => ACTION_SPECS[o.type]?.label ?? o.type;
      return dropped.length
        ? el('ul', { id: 'wc-dropped-forces', className: 'small' }, ...dropped.map((d) => el('li', {}, droppedForceText(d, s.state.turn, label, names, cities))))
        : null;
    };
    if (!showing) {
      // A force dropped when the turn was resolved (the agents decided again at End turn) still says so.
      const list = droppedList();
      if (list) head.append(list);
      return head;
    }
    const p = s.previewAgentOrders();
    const forced = s.agentOverrides;
    const force = (i: number, outcome: 'success' | 'failure') => {
      s.forceAgentOutcome(i, { outcome, note: note() || `White Cell forced ${outcome}` });
      rerender();
    };
    head.append(p.orders.length
      ? el('ul', { id: 'wc-agent-orders' }, ...p.orders.map((o, i) => el('li', { 'data-type': o.type },
        describeOrderOf(o, ACTION_SPECS[o.type].label, s.state.proposals, names, cities),
        isUncertain(o) ? el('span', {}, ' ',
          el('button', { className: 'wc-force-success', onclick: () => force(i, 'success') }, 'force success'),
          el('button', { className: 'wc-force-failure', onclick: () => force(i, 'failure') }, 'force failure'),
          forced[i] ? el('b', {}, ` forced: ${forced[i].outcome}`) : null) : null)))
      : el('p', { className: 'small muted' }, 'The agents plan no orders this turn.'));
    // Read after previewing: deciding again is what finds a force without its order.
    const list = droppedList();
    if (list) head.append(list);
    return head;
  };

  return {
    sections: (s, note, rerender) => [adjustSection(s, note, rerender), previewSection(s, note, rerender)],
    crisis: crisisSection,
  };
}
