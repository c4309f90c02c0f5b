/**
 * The map legend: what the colours, lines, badges and markers mean.
 */
import { ACTOR_IDS, ACTOR_NAMES } from '../../shared/ids.js';
import { el, mount } from '../dom.js';
import { ACTOR_COLOURS, corridorColour, css, relationColour } from '../map/palette.js';

function sw(colour: number, h = 4): HTMLElement {
  return el('span', { className: 'sw', style: `background:${css(colour)};height:${h}px` });
}

export function renderLegend(root: HTMLElement): void {
  mount(root,
    el('details', {},
      el('summary', {}, 'Legend: what the colours and lines mean'),
      el('div', { className: 'row' }, ...ACTOR_IDS.map((a) => el('span', {}, sw(ACTOR_COLOURS[a], 10), ` ${ACTOR_NAMES[a].seat} `))),
      el('div', { className: 'row' }, 'Lines between capitals: ', sw(relationColour(-80)), ' hostile ', sw(relationColour(0)), ' neutral ', sw(relationColour(80)), ' friendly; thicker = higher rung'),
      el('div', { className: 'row' }, 'Badge on a line: escalation rung (0 normal … 6 clash … 10 regional war)'),
      el('div', { className: 'row' }, 'Corridors: ', sw(corridorColour('closed')), ' closed ', sw(corridorColour('negotiating')), ' demanded / talks ', sw(corridorColour('agreed')), ' agreed / open ', sw(corridorColour('seized')), ' seized / suspended'),
      el('div', { className: 'row' }, 'Squares: foreign troops · diamonds: consulates · ring round a capital: alert (amber) or mobilised (red)'),
    ),
  );
}
