/**
 * The after-action review page: turning points, debrief questions, charts, scorecards with the human
 * cost, White Cell acts and the full timeline; export JSON and CSV; print. It is an overlay section
 * (#review) so the game underneath keeps its state; everything comes from runtime/debrief.ts.
 */
import type { Chart } from 'chart.js';
import { ACTOR_IDS, ACTOR_NAMES, isActorId } from '../../shared/ids.js';
import type { GameSession } from '../../runtime/session.js';
import { buildDebrief, chartPairs, debriefCsv, debriefJson, actorLabel, type Debrief, type PairChoice, type TimelineItem } from '../../runtime/debrief.js';
import { el, mount } from '../dom.js';
import { drawCharts, drawPairCharts } from './charts.js';
import { downloadText } from './download.js';
import { sourceNoteFor } from '../../shared/sourceNotes.js';
import { chanceWords, labelOf } from '../../runtime/debrief/timeline.js';

let charts: Chart[] = [];

function section(): HTMLElement {
  let s = document.getElementById('review');
  if (!s) {
    s = el('section', { id: 'review', className: 'screen classroom-review', 'aria-labelledby': 'review-title' });
    (document.getElementById('app') ?? document.body).append(s);
  }
  return s;
}

function item(i: TimelineItem): HTMLElement {
  // A summit's note by its pair; a reaction to talks (Yerevan wary of Tehran's talks with Baku) is not that pair's meeting.
  const note = sourceNoteFor(i.type, i.kind === 'order' ? [i.actor, i.target] : undefined);
  const chance = chanceWords(i);
  return el('li', { className: `tl-item${i.facilitator ? ' white-cell' : ''}`, 'data-event': i.eventId, 'data-actor': i.actor ?? '' },
    el('span', { className: 'tl-text' }, i.text),
    i.seat ? el('span', { className: 'tag' }, i.seat === 'human' ? 'team' : 'agent') : null,
    chance ? el('span', { className: 'small muted' }, ` ${chance}`) : null,
    i.facilitator ? el('div', { className: 'small white-cell-note' }, `White Cell: ${i.facilitator}`) : null,
    i.reasons.length ? el('div', { className: 'small' }, `Why: ${i.reasons.map((r) => r.text).join('; ')}`) : null,
    i.consequences.length ? el('div', { className: 'small muted' }, `Consequences: ${i.consequences.slice(0, 6).join('; ')}`) : null,
    i.casualties || i.displaced ? el('div', { className: 'small human-cost' }, `Human cost: ${i.casualties.toLocaleString('en-GB')} killed or wounded, ${i.displaced.toLocaleString('en-GB')} displaced`) : null,
    note ? el('div', { className: 'small muted' }, `Source (${note.sections.join(', ')}): ${note.claim}`) : null,
  );
}

function scorecards(d: Debrief): HTMLElement {
  return el('table', { className: 'scorecards' },
    el('thead', {}, el('tr', {}, el('th', {}, 'State'), el('th', {}, 'Score'), el('th', {}, 'Objectives met'), el('th', {}, 'Killed or wounded'), el('th', {}, 'Displaced'))),
    el('tbody', {}, ...d.scorecards.map((c) => el('tr', {},
      el('td', {}, actorLabel(c.actor)), el('td', {}, String(Math.round(c.total))),
      el('td', {}, c.objectives.filter((o) => o.met).map((o) => o.label).join('; ') || '—'),
      el('td', {}, c.humanCost.casualties.toLocaleString('en-GB')), el('td', {}, c.humanCost.displaced.toLocaleString('en-GB')),
    ))),
  );
}

/** Shows the review of `session`; `close` returns to the game. */
export function showReview(session: GameSession, close: () => void): Debrief {
  // The seats at the start (the state's controllers follow seat changes), and the teams at the screen:
  // while the game runs, covert acts stay out of their review and its exports (runtime/debrief/audience.ts).
  const seatsNow = session.seats;
  const d = buildDebrief({
    state: session.state, events: session.events, log: session.log,
    startSeats: session.starts[0]?.seats,
    viewers: ACTOR_IDS.filter((a) => seatsNow[a] === 'human'),
  });
  const s = section();
  s.hidden = false;
  for (const c of charts) c.destroy();
  const canvas = (id: string) => el('canvas', { id, 'aria-label': id.replace('chart-', '') + ' chart' });
  const rel = canvas('chart-relations');
  const rungs = canvas('chart-rungs');
  const tension = canvas('chart-tension');
  const route = canvas('chart-route');
  const stamp = `${d.scenario.id}-turn${session.state.turn}`;
  // Which pairs the relations and rungs charts show: the liveliest five, or one state's five (a team
  // looks for its own state's relations first).
  const pairChoice = el('select', { id: 'chart-pairs', 'aria-label': 'Pairs shown in the relations and rungs charts' },
    el('option', { value: 'liveliest' }, 'the five pairs that moved most'),
    ...ACTOR_IDS.map((a) => el('option', { value: a }, `${ACTOR_NAMES[a].seat}'s five pairs`)),
  ) as HTMLSelectElement;
  pairChoice.onchange = () => {
    const choice = pairChoice.value as PairChoice;
    for (const c of charts.splice(0, 2)) c.destroy();
    charts.unshift(...drawPairCharts(d.series, { relations: rel, rungs }, chartPairs(d.series, choice)));
  };
  mount(s,
    el('header', { className: 'review-head' },
      el('h1', { id: 'review-title' }, 'After-action review'),
      el('p', {}, `${d.scenario.title}: ${d.turnsPlayed} turns played${d.ending ? `; ended: ${d.ending.text}` : ''}`),
      el('p', { id: 'review-scope', className: `small scope-${d.scope}`, 'data-scope': d.scope }, d.scopeNote),
      el('p', { className: 'human-cost' }, `Human cost: ${d.humanCost.casualties.toLocaleString('en-GB')} killed or wounded, ${d.humanCost.displaced.toLocaleString('en-GB')} displaced.`),
      el('div', { className: 'no-print review-actions' },
        el('button', { id: 'export-json', onclick: () => downloadText(`debrief-${stamp}.json`, debriefJson(d), 'application/json') }, 'Export JSON'),
        el('button', { id: 'export-csv', onclick: () => downloadText(`debrief-${stamp}.csv`, debriefCsv(d), 'text/csv') }, 'Export CSV'),
        el('button', { id: 'print-review', onclick: () => window.print() }, 'Print'),
        el('button', { id: 'close-review', className: 'primary', onclick: () => { s.hidden = true; close(); } }, 'Back to the game'),
      ),
    ),
    el('h2', {}, 'Turning points'),
    el('p', { className: 'small muted' }, 'The turns where the war-risk index (60% tension, 40% the highest rung) moved most, with the move that shifted the ladder most.'),
    d.turningPoints.length
      ? el('ol', { id: 'turning-points' }, ...d.turningPoints.map((p) => el('li', {}, p.text)))
      : el('p', { id: 'turning-points' }, 'No turn moved the war-risk index by 3 points or more: a quiet game so far.'),
    el('h2', {}, 'Questions for the debrief'),
    el('ol', { id: 'questions' }, ...d.questions.map((q) => el('li', {}, q.text, q.claim ? el('span', { className: 'small muted' }, ` (${q.claim})`) : null))),
    el('h2', {}, 'Over time'),
    el('label', { className: 'no-print chart-pairs' }, 'Relations and rungs of ', pairChoice),
    el('div', { className: 'charts' }, el('div', { className: 'chart' }, rel), el('div', { className: 'chart' }, rungs), el('div', { className: 'chart' }, tension), el('div', { className: 'chart' }, route)),
    el('h2', {}, 'Scorecards'),
    scorecards(d),
    d.facilitatorActs.length ? el('h2', {}, 'White Cell acts') : null,
    d.facilitatorActs.length ? el('ul', { id: 'white-cell-acts' }, ...d.facilitatorActs.map((a) => el('li', {}, a))) : null,
    el('h2', {}, 'Timeline'),
    el('div', { id: 'timeline' }, ...d.timeline.map((t) => el('section', { className: 'tl-turn' },
      el('h3', {}, `Turn ${t.turn}: ${t.month}`),
      t.facilitator.length ? el('p', { className: 'white-cell-note' }, ...t.facilitator.map((f) => `${f}. `)) : null,
      el('ul', {}, ...t.decisions.map(item)),
      t.refused.length ? el('p', { className: 'small muted' }, `Refused: ${t.refused.map((r) => `${isActorId(r.actor) ? actorLabel(r.actor) : r.actor}: ${labelOf(r.type)} (${r.reason})`).join('; ')}`) : null,
      el('details', {}, el('summary', {}, `Other events (${t.happenings.length})`), el('ul', {}, ...t.happenings.map(item))),
    ))),
    el('p', { className: 'small muted' }, `Seats now: ${ACTOR_IDS.map((a) => `${ACTOR_NAMES[a].seat} ${seatsNow[a] === 'human' ? 'team' : 'agent'}`).join(', ')}. State hash ${d.stateHash}.`),
  );
  charts = drawCharts(d.series, { relations: rel, rungs, tension, route });
  return d;
}
