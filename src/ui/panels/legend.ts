/**
 * The map legend: what the colours, lines, badges and markers mean.
 */
import { ACTOR_IDS, ACTOR_NAMES } from '../../shared/ids.js';
import { el, mount } from '../dom.js';
import { ACTOR_COLOURS, corridorColour, css, relationColour } from '../map/palette.js';

function sw(colour: number, h = 4): HTMLElement {
  return el('span', { className: 'sw', style: `background:${css(colour)};height:${h}px` });
}

/** A sample and its word, kept together on one line. */
function key(colour: number, word: string): HTMLElement {
  return el('span', { className: 'key' }, sw(colour), word);
}

export function renderLegend(root: HTMLElement): void {
  mount(root,
    el('details', {},
      el('summary', {}, 'Legend: what the colours and lines mean'),
      el('div', { className: 'row' }, ...ACTOR_IDS.map((a) => el('span', {}, sw(ACTOR_COLOURS[a], 10), ` ${ACTOR_NAMES[a].seat} `))),
      // The heading on its own line and each sample kept with its word: "Lines between capitals:" had
      // wrapped into its samples.
      el('div', { className: 'row keys' }, el('span', { className: 'lead' }, 'Lines between capitals (thicker = higher rung):'),
        key(relationColour(-80), 'hostile'), key(relationColour(0), 'neutral'), key(relationColour(80), 'friendly')),
      el('div', { className: 'row' }, 'Badge on a line: escalation rung (0 normal … 6 clash … 10 regional war)'),
      el('div', { className: 'row keys' }, el('span', { className: 'lead' }, 'Corridors and routes:'),
        key(corridorColour('closed'), 'closed'), key(corridorColour('negotiating'), 'demanded / talks'), key(corridorColour('agreed'), 'agreed / open'), key(corridorColour('seized'), 'seized / suspended')),
      el('div', { className: 'row' }, 'Squares: foreign troops · diamonds: consulates · ring round a capital: alert (amber) or mobilised (red)'),
    ),
  );
}
