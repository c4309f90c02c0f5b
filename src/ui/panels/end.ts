/**
 * The end screen: how the game ended, every actor's scorecard, and the human cost beside the scores.
 */
import { ACTOR_IDS, type ActorId } from '../../shared/ids.js';
import type { GameState } from '../../sim/state/types.js';
import { clearToast, el, mount } from '../dom.js';
import { people, stateAndSeat } from '../text/describe.js';
import { scorecard } from '../scoring.js';

/**
 * "met: 29 of 100 points" (at peace, but close to war), "not met: 40 of 100 points": the objective's
 * test and the points it earns. Players had read "met, 29% of its credit" and "not met, 100% of its
 * credit for progress" as contradictions; the status line under it says why (scores.ts `status`).
 */
export function objectiveWords(met: boolean, value: number): string {
  // Met with under half the points is met only just (at peace, but a dispute near war): a tick beside
  // "met: 29 of 100 points" had read as full marks.
  return `${met ? (value < 50 ? 'only just met' : 'met') : 'not met'}: ${value} of 100 points`;
}

/**
 * The mark beside a state's name on the end screen: "you" for the one team of a single-team game, "team"
 * for every human seat when several teams played (hot seat: "you" had named whichever team played last).
 */
export function seatMarks(state: GameState, human: ActorId): Partial<Record<ActorId, 'you' | 'team'>> {
  const humans = ACTOR_IDS.filter((a) => state.actors[a].controller === 'human');
  if (humans.length > 1) return Object.fromEntries(humans.map((a) => [a, 'team' as const]));
  return { [humans[0] ?? human]: 'you' };
}

/** A scorecard as a definition list; `you` (true: "you", or "team") marks the state's name. */
export function scoreCard(state: GameState, actor: ActorId, you: boolean | 'you' | 'team'): HTMLElement {
  const mark = you === true ? 'you' : you || null;
  const card = scorecard(state, actor);
  const a = state.actors[actor];
  return el('div', { className: 'card', 'data-actor': actor },
    el('h3', {}, `${stateAndSeat(actor)}${mark ? ` · ${mark}` : ''}: ${card.total}`),
    // "Met" is the objective's test; the credit is how much of its weight it earns (a pair can be at
    // peace, so met, yet tense, so less than full credit).
    // Each item starts with its own ✔/✘: the list has no bullets of its own (styles.css ul.objectives).
    el('ul', { className: 'objectives' }, ...card.items.map((i) => el('li', { title: i.detail ?? '' },
      `${i.label}: ${objectiveWords(i.met, i.value)}`,
      el('div', { className: 'small muted objective-status' }, `Now: ${i.status}`)))),
    card.note ? el('p', { className: 'small muted' }, card.note) : null,
    el('p', { className: 'cost-human' }, `Human cost: ${people(a.casualties)} killed or wounded, ${people(a.displaced)} displaced`),
  );
}

export function renderEnd(root: HTMLElement, state: GameState, human: ActorId, onRestart: () => void, onExport: () => void): void {
  const casualties = ACTOR_IDS.reduce((s, a) => s + state.actors[a].casualties, 0);
  const displaced = ACTOR_IDS.reduce((s, a) => s + state.actors[a].displaced, 0);
  const ending = state.ending;
  const marks = seatMarks(state, human);
  // A toast of the last month ("Tehran is now played by an agent.") does not belong over the ending.
  clearToast();
  mount(root,
    el('h1', { id: 'end-title' }, 'The game has ended'),
    el('p', { 'data-ending': ending?.kind ?? 'none' }, ending ? `${ending.text} (turn ${ending.turn})` : 'The game stopped.'),
    el('p', { className: 'cost-human' }, `Across the region: ${people(casualties)} killed or wounded and ${people(displaced)} people displaced. Behind every number are people.`),
    el('div', { className: 'cards' }, ...ACTOR_IDS.map((a) => scoreCard(state, a, marks[a] ?? false))),
    el('p', { className: 'small muted' }, 'Scores measure each capital\'s own objectives as the source article reads them (Souleimanov 2024); they are not a judgement of who was right. Each objective earns up to 100 points and counts by its weight (how much that capital cares about it): met narrowly earns less than met outright (no war, but a dispute close to one), and progress earns points before the objective is met. The line under each says where it stands.'),
    el('div', { className: 'actions' },
      el('button', { className: 'primary', onclick: onRestart }, 'New game'),
      el('button', { onclick: onExport }, 'Export the record (save file)'),
    ),
  );
}
