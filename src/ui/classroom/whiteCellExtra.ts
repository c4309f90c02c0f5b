/**
 * White Cell sections added for workshops: raise the stakes in one act (CRISIS_RECIPE), adjust a
 * scenario value (an actor's stability or treasury, a pair's relation or rung, the Gaza war's
 * intensity...) before the next turn resolves, and preview the agents' orders of the coming turn to
 * force the outcome of an uncertain one before it is applied. All go through the session, so the turn
 * log and the review keep them.
 */
import { ACTOR_IDS, ACTOR_NAMES, PAIR_KEYS } from '../../shared/ids.js';
import { ADJUST_ACTOR_FIELDS, ADJUST_GLOBAL_FIELDS, ADJUST_PAIR_FIELDS, adjustableValue } from '../../sim/adjust.js';
import { ACTION_SPECS } from '../../sim/actions/index.js';
import type { GameSession } from '../../runtime/session.js';
import { CRISIS_RECIPE } from '../../runtime/facilitator.js';
import { el, toast } from '../dom.js';
import { isUncertain } from './uncertain.js';

/** Every adjustable path with a readable label, for the select. */
function adjustablePaths(): { path: string; label: string }[] {
  const out: { path: string; label: string }[] = [];
  for (const f of Object.keys(ADJUST_GLOBAL_FIELDS)) out.push({ path: `global.${f}`, label: `World: ${f}` });
  for (const a of ACTOR_IDS) for (const f of Object.keys(ADJUST_ACTOR_FIELDS)) out.push({ path: `${a}.${f}`, label: `${ACTOR_NAMES[a].state}: ${f}` });
  for (const k of PAIR_KEYS) for (const f of Object.keys(ADJUST_PAIR_FIELDS)) out.push({ path: `${k}.${f}`, label: `${k}: ${f}` });
  return out;
}

export interface WhiteCellExtras {
  /** The sections for the current session; `note` reads the dialog's note field; `rerender` redraws it. */
  sections(s: GameSession, note: () => string, rerender: () => void): HTMLElement[];
  /** The "Raise the stakes" section (shown right after Pause). */
  crisis(s: GameSession, rerender: () => void): HTMLElement;
}

export function createWhiteCellExtras(): WhiteCellExtras {
  let previewTurn = -1;

  const adjustSection = (s: GameSession, note: () => string, rerender: () => void): HTMLElement => {
    const paths = adjustablePaths();
    const pathSel = el('select', { id: 'wc-adjust-path', 'aria-label': 'Value to adjust' }, ...paths.map((p) => el('option', { value: p.path }, p.label)));
    const valueIn = el('input', { id: 'wc-adjust-value', type: 'number', step: 'any', 'aria-label': 'New value' });
    const current = el('span', { className: 'small muted' });
    const showCurrent = () => {
      const v = adjustableValue(s.state, pathSel.value);
      current.textContent = v === null ? '' : `now ${v}`;
      valueIn.value = v === null ? '' : String(v);
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
      queued.length ? el('p', { className: 'small', id: 'wc-adjusted' }, `This turn: ${queued.map((q) => `${q.path} → ${q.value}`).join(', ')}`) : null,
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
      el('p', { className: 'small muted' }, 'The agents decide now; ending the turn plays exactly these orders unless a team changes its queue or a seat changes hands (then they decide again and forced outcomes are dropped).'),
    );
    if (!showing) return head;
    const p = s.previewAgentOrders();
    const forced = s.agentOverrides;
    const force = (i: number, outcome: 'success' | 'failure') => {
      s.forceAgentOutcome(i, { outcome, note: note() || `White Cell forced ${outcome}` });
      rerender();
    };
    head.append(p.orders.length
      ? el('ul', { id: 'wc-agent-orders' }, ...p.orders.map((o, i) => el('li', { 'data-type': o.type },
        `${ACTOR_NAMES[o.actor].seat}: ${ACTION_SPECS[o.type].label}${o.params.target ? ` → ${String(o.params.target)}` : ''}`,
        isUncertain(o) ? el('span', {}, ' ',
          el('button', { className: 'wc-force-success', onclick: () => force(i, 'success') }, 'force success'),
          el('button', { className: 'wc-force-failure', onclick: () => force(i, 'failure') }, 'force failure'),
          forced[i] ? el('b', {}, ` forced: ${forced[i].outcome}`) : null) : null)))
      : el('p', { className: 'small muted' }, 'The agents plan no orders this turn.'));
    return head;
  };

  return {
    sections: (s, note, rerender) => [adjustSection(s, note, rerender), previewSection(s, note, rerender)],
    crisis: crisisSection,
  };
}
